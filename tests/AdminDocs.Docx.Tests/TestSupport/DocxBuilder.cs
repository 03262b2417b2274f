using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security;
using AdminDocs.Reading;
using AdminDocs.Sources;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace AdminDocs.Docx.Tests.TestSupport;

/// <summary>
/// Builds small .docx files in memory with the Open XML SDK, for tests.
/// <code>
/// var source = new DocxBuilder()
///     .DocDefaults(new RunProps { Font = "Times New Roman", Size = 14 })
///     .Paragraph("UBND TỈNH BÌNH ĐỊNH", new ParaProps { Align = "center" }, new RunProps { Bold = true })
///     .Table(t => t.Borderless().Grid(70, 100).Row("SỞ GTVT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
///     .Section(s => s.PageSize(210, 297).Margins(20, 20, 30, 15).Footer(f => f.Paragraph(p => p.PageField(), new ParaProps { Align = "center" })))
///     .Read();
/// </code>
/// Content methods (<c>Paragraph</c>, <c>Empty</c>, <c>Table</c>, <c>Raw</c>) work the same in the body, in table
/// cells, in headers and footers and in text boxes. Lengths are in mm or cm as named, sizes in points.
/// Everything else can be reached with <c>Raw</c>/<c>RawXml</c> (any element) and <see cref="Configure"/>.
/// </summary>
public sealed class DocxBuilder : ContentBuilder<DocxBuilder>
{
    private readonly List<Func<BuildContext, OpenXmlElement>> _styles = new();
    private readonly List<NumberingDefinition> _abstractNums = new();
    private readonly List<(int NumId, int AbstractId, (int Level, int Start)[] Overrides)> _nums = new();
    private readonly List<Action<WordprocessingDocument>> _configure = new();
    private RunProps? _defaultRun;
    private ParaProps? _defaultPara;
    private (string Minor, string Major)? _theme;
    private bool _evenAndOdd;
    private readonly SectionBuilder _finalSection = new();

    /// <summary>Sets the document defaults (w:docDefaults: rPrDefault and pPrDefault).</summary>
    public DocxBuilder DocDefaults(RunProps? run = null, ParaProps? para = null)
    {
        _defaultRun = run;
        _defaultPara = para;
        return this;
    }

    /// <summary>Adds a theme part whose minor (body) and major (headings) Latin fonts are given.</summary>
    public DocxBuilder Theme(string minorFont, string majorFont)
    {
        _theme = (minorFont, majorFont);
        return this;
    }

    /// <summary>Adds a paragraph style (w:style w:type="paragraph").</summary>
    /// <param name="id">The style id used in <see cref="ParaProps.Style"/>.</param>
    /// <param name="name">The display name.</param>
    /// <param name="basedOn">The id of the style it is based on, or <see langword="null"/>.</param>
    /// <param name="para">Its paragraph properties.</param>
    /// <param name="run">Its run properties.</param>
    /// <param name="isDefault">Whether it is the default paragraph style.</param>
    public DocxBuilder ParagraphStyle(string id, string name, string? basedOn = null, ParaProps? para = null, RunProps? run = null, bool isDefault = false)
    {
        _styles.Add(_ =>
        {
            var s = new W.Style { Type = W.StyleValues.Paragraph, StyleId = id };
            if (isDefault)
            {
                s.Default = true;
            }

            s.Append(new W.StyleName { Val = name });
            if (basedOn is not null)
            {
                s.Append(new W.BasedOn { Val = basedOn });
            }

            if (para is not null)
            {
                s.Append(para.ToStyleParagraphProperties());
            }

            if (run is not null)
            {
                s.Append(run.ToStyleRunProperties());
            }

            return s;
        });
        return this;
    }

    /// <summary>Adds a character style (w:style w:type="character").</summary>
    public DocxBuilder CharacterStyle(string id, string name, string? basedOn = null, RunProps? run = null)
    {
        _styles.Add(_ =>
        {
            var s = new W.Style { Type = W.StyleValues.Character, StyleId = id };
            s.Append(new W.StyleName { Val = name });
            if (basedOn is not null)
            {
                s.Append(new W.BasedOn { Val = basedOn });
            }

            if (run is not null)
            {
                s.Append(run.ToStyleRunProperties());
            }

            return s;
        });
        return this;
    }

    /// <summary>Adds a table style with all borders single (like Word's "Table Grid").</summary>
    public DocxBuilder TableGridStyle(string id = "TableGrid", string name = "Table Grid")
    {
        _styles.Add(_ =>
        {
            var s = new W.Style { Type = W.StyleValues.Table, StyleId = id };
            s.Append(new W.StyleName { Val = name });
            s.Append(new W.StyleTableProperties(TableBuilder.AllBorders(W.BorderValues.Single)));
            return s;
        });
        return this;
    }

    /// <summary>
    /// Adds an abstract numbering definition <paramref name="numId"/> and a num instance with the same id
    /// (use <see cref="ParaProps.NumId"/> and <see cref="ParaProps.Level"/> on paragraphs).
    /// </summary>
    public DocxBuilder Numbering(int numId, params NumberingLevel[] levels)
    {
        _abstractNums.Add(new NumberingDefinition(numId, levels));
        _nums.Add((numId, numId, Array.Empty<(int, int)>()));
        return this;
    }

    /// <summary>Adds a num instance <paramref name="numId"/> of the abstract numbering <paramref name="abstractId"/>,
    /// with start overrides (w:lvlOverride/w:startOverride) per level.</summary>
    public DocxBuilder NumberingInstance(int numId, int abstractId, params (int Level, int Start)[] startOverrides)
    {
        _nums.Add((numId, abstractId, startOverrides));
        return this;
    }

    /// <summary>Configures the last (or only) section: the body's final w:sectPr.</summary>
    public DocxBuilder Section(Action<SectionBuilder> configure)
    {
        configure(_finalSection);
        return this;
    }

    /// <summary>Ends the current section here (a paragraph holding a w:sectPr) with the given setup.</summary>
    public DocxBuilder SectionBreak(Action<SectionBuilder> configure)
    {
        var s = new SectionBuilder();
        configure(s);
        Items.Add(ctx => new W.Paragraph(new W.ParagraphProperties(s.ToSectionProperties(ctx))));
        return this;
    }

    /// <summary>Turns on "different odd and even pages" (w:evenAndOddHeaders in the settings).</summary>
    public DocxBuilder EvenAndOddHeaders()
    {
        _evenAndOdd = true;
        return this;
    }

    /// <summary>Runs an action on the package after everything else is built (for anything the builder lacks).</summary>
    public DocxBuilder Configure(Action<WordprocessingDocument> configure)
    {
        _configure.Add(configure);
        return this;
    }

    /// <summary>Builds the .docx file.</summary>
    public byte[] Build()
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var ctx = new BuildContext(main);
            var stylesPart = main.AddNewPart<StyleDefinitionsPart>();
            var styles = new W.Styles();
            if (_defaultRun is not null || _defaultPara is not null)
            {
                var defaults = new W.DocDefaults();
                if (_defaultRun is not null)
                {
                    defaults.Append(new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(_defaultRun.ToRunProperties().ChildElements.Select(c => c.CloneNode(true)))));
                }

                if (_defaultPara is not null)
                {
                    defaults.Append(new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle(_defaultPara.ToParagraphProperties().ChildElements.Select(c => c.CloneNode(true)))));
                }

                styles.Append(defaults);
            }

            foreach (var s in _styles)
            {
                styles.Append(s(ctx));
            }

            stylesPart.Styles = styles;

            if (_theme is { } theme)
            {
                var themePart = main.AddNewPart<ThemePart>();
                using var writer = new StreamWriter(themePart.GetStream(FileMode.Create));
                writer.Write(ThemeXml(theme.Minor, theme.Major));
            }

            if (_abstractNums.Count > 0 || _nums.Count > 0)
            {
                var numberingPart = main.AddNewPart<NumberingDefinitionsPart>();
                var numbering = new W.Numbering();
                foreach (var a in _abstractNums)
                {
                    numbering.Append(a.ToAbstractNum());
                }

                foreach (var (numId, abstractId, overrides) in _nums)
                {
                    var num = new W.NumberingInstance(new W.AbstractNumId { Val = abstractId }) { NumberID = numId };
                    foreach (var (level, start) in overrides)
                    {
                        num.Append(new W.LevelOverride(new W.StartOverrideNumberingValue { Val = start }) { LevelIndex = level });
                    }

                    numbering.Append(num);
                }

                numberingPart.Numbering = numbering;
            }

            var body = new W.Body();
            foreach (var item in Items)
            {
                body.Append(item(ctx));
            }

            body.Append(_finalSection.ToSectionProperties(ctx));
            main.Document = new W.Document(body);

            if (ctx.Comments.Count > 0)
            {
                var commentsPart = main.AddNewPart<WordprocessingCommentsPart>();
                commentsPart.Comments = new W.Comments(ctx.Comments);
            }

            if (_evenAndOdd)
            {
                var settings = main.AddNewPart<DocumentSettingsPart>();
                settings.Settings = new W.Settings(new W.EvenAndOddHeaders());
            }

            foreach (var c in _configure)
            {
                c(doc);
            }
        }

        return ms.ToArray();
    }

    /// <summary>Builds the file and reads it with <see cref="DocxReader"/>.</summary>
    public SourceDocument Read(ReaderLimits? limits = null)
    {
        using var stream = new MemoryStream(Build());
        return new DocxReader().Read(stream, "test.docx", limits ?? ReaderLimits.Default, default);
    }

    /// <summary>Writes the file to <paramref name="path"/> (handy to open a failing case in Word).</summary>
    public string Save(string path)
    {
        File.WriteAllBytes(path, Build());
        return path;
    }

    private static string ThemeXml(string minor, string major) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Office Theme\"><a:themeElements>"
        + "<a:clrScheme name=\"Office\"><a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1><a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1>"
        + "<a:dk2><a:srgbClr val=\"44546A\"/></a:dk2><a:lt2><a:srgbClr val=\"E7E6E6\"/></a:lt2><a:accent1><a:srgbClr val=\"4472C4\"/></a:accent1><a:accent2><a:srgbClr val=\"ED7D31\"/></a:accent2>"
        + "<a:accent3><a:srgbClr val=\"A5A5A5\"/></a:accent3><a:accent4><a:srgbClr val=\"FFC000\"/></a:accent4><a:accent5><a:srgbClr val=\"5B9BD5\"/></a:accent5><a:accent6><a:srgbClr val=\"70AD47\"/></a:accent6>"
        + "<a:hlink><a:srgbClr val=\"0563C1\"/></a:hlink><a:folHlink><a:srgbClr val=\"954F72\"/></a:folHlink></a:clrScheme>"
        + "<a:fontScheme name=\"Office\"><a:majorFont><a:latin typeface=\"" + SecurityElement.Escape(major) + "\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:majorFont>"
        + "<a:minorFont><a:latin typeface=\"" + SecurityElement.Escape(minor) + "\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:minorFont></a:fontScheme>"
        + "<a:fmtScheme name=\"Office\"><a:fillStyleLst><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:fillStyleLst>"
        + "<a:lnStyleLst><a:ln w=\"6350\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln><a:ln w=\"12700\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln><a:ln w=\"19050\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln></a:lnStyleLst>"
        + "<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>"
        + "<a:bgFillStyleLst><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme>"
        + "</a:themeElements></a:theme>";
}

/// <summary>Shared state while a document is built (the main part, id counters, comments).</summary>
public sealed class BuildContext
{
    internal BuildContext(MainDocumentPart main) => Main = main;

    /// <summary>The main document part.</summary>
    public MainDocumentPart Main { get; }

    /// <summary>The comments added so far.</summary>
    public List<W.Comment> Comments { get; } = new();

    private int _nextId = 1;

    /// <summary>A fresh id for drawings, revisions and comments.</summary>
    public int NextId() => _nextId++;
}

/// <summary>Block content (paragraphs, tables) of the body, a table cell, a header or footer, or a text box.</summary>
public abstract class ContentBuilder<TSelf>
    where TSelf : ContentBuilder<TSelf>
{
    /// <summary>The block elements, built when the document is built.</summary>
    internal List<Func<BuildContext, OpenXmlElement>> Items { get; } = new();

    private TSelf Self => (TSelf)this;

    /// <summary>A paragraph of one run. '\n' in <paramref name="text"/> becomes a soft line break (w:br), '\t' a tab.</summary>
    public TSelf Paragraph(string text, ParaProps? para = null, RunProps? run = null) =>
        Paragraph(p => p.Text(text, run), para);

    /// <summary>A paragraph built run by run.</summary>
    public TSelf Paragraph(Action<ParagraphBuilder> build, ParaProps? para = null)
    {
        var p = new ParagraphBuilder();
        build(p);
        Items.Add(ctx => p.ToParagraph(ctx, para));
        return Self;
    }

    /// <summary>Empty paragraphs (blank lines).</summary>
    public TSelf Empty(int count = 1)
    {
        for (var i = 0; i < count; i++)
        {
            Items.Add(_ => new W.Paragraph());
        }

        return Self;
    }

    /// <summary>A table.</summary>
    public TSelf Table(Action<TableBuilder> build)
    {
        var t = new TableBuilder();
        build(t);
        Items.Add(t.ToTable);
        return Self;
    }

    /// <summary>Any block element (a clone is appended).</summary>
    public TSelf Raw(OpenXmlElement element)
    {
        Items.Add(_ => element.CloneNode(true));
        return Self;
    }

    /// <summary>A block element parsed from WordprocessingML, e.g. <c>&lt;w:p&gt;...&lt;/w:p&gt;</c>; the usual prefixes
    /// (w, r, wp, a, pic, wps, mc, v, w10) are declared for you.</summary>
    public TSelf RawXml(string xml)
    {
        Items.Add(_ => Xml.Parse(xml));
        return Self;
    }

    internal IEnumerable<OpenXmlElement> BuildItems(BuildContext ctx)
    {
        var any = false;
        foreach (var i in Items)
        {
            any = true;
            yield return i(ctx);
        }

        if (!any)
        {
            yield return new W.Paragraph();
        }
    }
}

/// <summary>Content of a table cell, a header or footer, or a text box.</summary>
public sealed class Content : ContentBuilder<Content>
{
}

/// <summary>Character formatting for a run or a style (null = not set).</summary>
public sealed record RunProps
{
    /// <summary>The font (w:rFonts ascii and hAnsi).</summary>
    public string? Font { get; init; }

    /// <summary>A theme font (w:rFonts asciiTheme/hAnsiTheme), e.g. "minorHAnsi", "majorHAnsi".</summary>
    public string? ThemeFont { get; init; }

    /// <summary>The size in points (written in half-points).</summary>
    public double? Size { get; init; }

    /// <summary>Bold (w:b; false writes w:val="0").</summary>
    public bool? Bold { get; init; }

    /// <summary>Italic.</summary>
    public bool? Italic { get; init; }

    /// <summary>All caps (w:caps).</summary>
    public bool? Caps { get; init; }

    /// <summary>Single underline (false writes "none").</summary>
    public bool? Underline { get; init; }

    /// <summary>Hidden text (w:vanish).</summary>
    public bool? Hidden { get; init; }

    /// <summary>Colour, "auto" or RRGGBB.</summary>
    public string? Color { get; init; }

    /// <summary>A character style id (w:rStyle).</summary>
    public string? CharStyle { get; init; }

    internal W.RunProperties ToRunProperties()
    {
        var r = new W.RunProperties();
        if (CharStyle is not null)
        {
            r.Append(new W.RunStyle { Val = CharStyle });
        }

        Fill(r);
        return r;
    }

    internal W.StyleRunProperties ToStyleRunProperties()
    {
        var r = new W.StyleRunProperties();
        Fill(r);
        return r;
    }

    private void Fill(OpenXmlCompositeElement r)
    {
        if (Font is not null || ThemeFont is not null)
        {
            var f = new W.RunFonts();
            if (Font is not null)
            {
                f.Ascii = Font;
                f.HighAnsi = Font;
            }

            if (ThemeFont is not null)
            {
                var t = new EnumValue<W.ThemeFontValues>(new W.ThemeFontValues(ThemeFont));
                f.AsciiTheme = t;
                f.HighAnsiTheme = new EnumValue<W.ThemeFontValues>(new W.ThemeFontValues(ThemeFont));
            }

            r.Append(f);
        }

        if (Bold is { } b)
        {
            r.Append(new W.Bold { Val = b ? null : OnOffValue.FromBoolean(false) });
        }

        if (Italic is { } i)
        {
            r.Append(new W.Italic { Val = i ? null : OnOffValue.FromBoolean(false) });
        }

        if (Caps is { } c)
        {
            r.Append(new W.Caps { Val = c ? null : OnOffValue.FromBoolean(false) });
        }

        if (Hidden is { } h)
        {
            r.Append(new W.Vanish { Val = h ? null : OnOffValue.FromBoolean(false) });
        }

        if (Color is not null)
        {
            r.Append(new W.Color { Val = Color });
        }

        if (Size is { } s)
        {
            r.Append(new W.FontSize { Val = ((int)Math.Round(s * 2)).ToString(CultureInfo.InvariantCulture) });
        }

        if (Underline is { } u)
        {
            r.Append(new W.Underline { Val = u ? W.UnderlineValues.Single : W.UnderlineValues.None });
        }
    }
}

/// <summary>Paragraph formatting for a paragraph or a style (null = not set).</summary>
public sealed record ParaProps
{
    /// <summary>The paragraph style id (w:pStyle).</summary>
    public string? Style { get; init; }

    /// <summary>The alignment as WordprocessingML names it: "left", "center", "right", "both", "distribute", "start", "end".</summary>
    public string? Align { get; init; }

    /// <summary>First-line indent in cm.</summary>
    public double? FirstLineCm { get; init; }

    /// <summary>Hanging indent in cm.</summary>
    public double? HangingCm { get; init; }

    /// <summary>Left indent in cm.</summary>
    public double? LeftCm { get; init; }

    /// <summary>Space before in points.</summary>
    public double? BeforePt { get; init; }

    /// <summary>Space after in points.</summary>
    public double? AfterPt { get; init; }

    /// <summary>Space before in hundredths of a line (w:beforeLines).</summary>
    public int? BeforeLines { get; init; }

    /// <summary>Automatic space before (w:beforeAutospacing).</summary>
    public bool? BeforeAuto { get; init; }

    /// <summary>Proportional line spacing (1.0, 1.15, 1.5...).</summary>
    public double? LineMultiple { get; init; }

    /// <summary>Exact line spacing in points (or at least, with <see cref="AtLeast"/>).</summary>
    public double? LinePt { get; init; }

    /// <summary>Whether <see cref="LinePt"/> is a minimum.</summary>
    public bool AtLeast { get; init; }

    /// <summary>A single bottom border.</summary>
    public bool BottomBorder { get; init; }

    /// <summary>A single top border.</summary>
    public bool TopBorder { get; init; }

    /// <summary>The num id (w:numPr/w:numId); 0 removes numbering.</summary>
    public int? NumId { get; init; }

    /// <summary>The list level (w:ilvl), 0-based.</summary>
    public int Level { get; init; }

    /// <summary>Tab stops: alignment ("left", "center", "right") and position in cm.</summary>
    public (string Align, double Cm)[]? Tabs { get; init; }

    internal W.ParagraphProperties ToParagraphProperties()
    {
        var p = new W.ParagraphProperties();
        if (Style is not null)
        {
            p.Append(new W.ParagraphStyleId { Val = Style });
        }

        Fill(p);
        return p;
    }

    internal W.StyleParagraphProperties ToStyleParagraphProperties()
    {
        var p = new W.StyleParagraphProperties();
        Fill(p);
        return p;
    }

    private static string Tw(double v) => ((int)Math.Round(v)).ToString(CultureInfo.InvariantCulture);

    private void Fill(OpenXmlCompositeElement p)
    {
        // Schema order: pStyle, keepNext..., numPr, ..., pBdr, shd, tabs, ..., spacing, ind, ..., jc
        if (NumId is { } numId)
        {
            p.Append(new W.NumberingProperties(new W.NumberingLevelReference { Val = Level }, new W.NumberingId { Val = numId }));
        }

        if (TopBorder || BottomBorder)
        {
            var b = new W.ParagraphBorders();
            if (TopBorder)
            {
                b.Append(new W.TopBorder { Val = W.BorderValues.Single, Size = 6, Space = 1, Color = "auto" });
            }

            if (BottomBorder)
            {
                b.Append(new W.BottomBorder { Val = W.BorderValues.Single, Size = 6, Space = 1, Color = "auto" });
            }

            p.Append(b);
        }

        if (Tabs is { Length: > 0 })
        {
            var tabs = new W.Tabs();
            foreach (var (align, cm) in Tabs)
            {
                tabs.Append(new W.TabStop { Val = new W.TabStopValues(align), Position = (int)Math.Round(cm * 567) });
            }

            p.Append(tabs);
        }

        if (BeforePt is not null || AfterPt is not null || LineMultiple is not null || LinePt is not null || BeforeLines is not null || BeforeAuto is not null)
        {
            var s = new W.SpacingBetweenLines();
            if (BeforePt is { } before)
            {
                s.Before = Tw(before * 20);
            }

            if (BeforeLines is { } lines)
            {
                s.BeforeLines = lines;
            }

            if (BeforeAuto is { } auto)
            {
                s.BeforeAutoSpacing = auto;
            }

            if (AfterPt is { } after)
            {
                s.After = Tw(after * 20);
            }

            if (LineMultiple is { } m)
            {
                s.Line = Tw(m * 240);
                s.LineRule = W.LineSpacingRuleValues.Auto;
            }
            else if (LinePt is { } pt)
            {
                s.Line = Tw(pt * 20);
                s.LineRule = AtLeast ? W.LineSpacingRuleValues.AtLeast : W.LineSpacingRuleValues.Exact;
            }

            p.Append(s);
        }

        if (FirstLineCm is not null || HangingCm is not null || LeftCm is not null)
        {
            var ind = new W.Indentation();
            if (LeftCm is { } l)
            {
                ind.Left = Tw(l * 567);
            }

            if (FirstLineCm is { } f)
            {
                ind.FirstLine = Tw(f * 567);
            }

            if (HangingCm is { } h)
            {
                ind.Hanging = Tw(h * 567);
            }

            p.Append(ind);
        }

        if (Align is not null)
        {
            p.Append(new W.Justification { Val = new W.JustificationValues(Align) });
        }
    }
}

/// <summary>One level of a numbering definition.</summary>
/// <param name="Format">The w:numFmt value: "decimal", "upperRoman", "lowerLetter", "bullet"...</param>
/// <param name="Text">The w:lvlText, e.g. "%1.", "%1.%2.", "%1)", "-".</param>
/// <param name="Start">The start value.</param>
/// <param name="RestartAfter">The w:lvlRestart value (null = default restart).</param>
/// <param name="IsLegal">w:isLgl.</param>
/// <param name="Para">Paragraph properties of the level (indents).</param>
/// <param name="Run">Run properties of the level (the label's formatting).</param>
public sealed record NumberingLevel(string Format, string Text, int Start = 1, int? RestartAfter = null, bool IsLegal = false, ParaProps? Para = null, RunProps? Run = null);

internal sealed record NumberingDefinition(int AbstractId, NumberingLevel[] Levels)
{
    public W.AbstractNum ToAbstractNum()
    {
        var a = new W.AbstractNum { AbstractNumberId = AbstractId };
        for (var i = 0; i < Levels.Length; i++)
        {
            var l = Levels[i];
            var level = new W.Level { LevelIndex = i };
            level.Append(new W.StartNumberingValue { Val = l.Start });
            level.Append(new W.NumberingFormat { Val = new W.NumberFormatValues(l.Format) });
            if (l.RestartAfter is { } r)
            {
                level.Append(new W.LevelRestart { Val = r });
            }

            if (l.IsLegal)
            {
                level.Append(new W.IsLegalNumberingStyle());
            }

            level.Append(new W.LevelText { Val = l.Text });
            level.Append(new W.LevelJustification { Val = W.LevelJustificationValues.Left });
            if (l.Para is not null)
            {
                level.Append(new W.PreviousParagraphProperties(l.Para.ToStyleParagraphProperties().ChildElements.Select(c => c.CloneNode(true))));
            }

            if (l.Run is not null)
            {
                level.Append(new W.NumberingSymbolRunProperties(l.Run.ToStyleRunProperties().ChildElements.Select(c => c.CloneNode(true))));
            }

            a.Append(level);
        }

        return a;
    }
}

/// <summary>Builds the runs of a paragraph.</summary>
public sealed class ParagraphBuilder
{
    private readonly List<Func<BuildContext, IEnumerable<OpenXmlElement>>> _items = new();

    /// <summary>A run of text; '\n' becomes w:br, '\t' becomes w:tab.</summary>
    public ParagraphBuilder Text(string text, RunProps? run = null)
    {
        _items.Add(_ => new[] { MakeRun(text, run) });
        return this;
    }

    /// <summary>A soft line break (w:br), or a carriage return (w:cr).</summary>
    public ParagraphBuilder Break(bool carriageReturn = false)
    {
        _items.Add(_ => new[] { new W.Run(carriageReturn ? new W.CarriageReturn() : new W.Break()) });
        return this;
    }

    /// <summary>A tab character.</summary>
    public ParagraphBuilder Tab()
    {
        _items.Add(_ => new[] { new W.Run(new W.TabChar()) });
        return this;
    }

    /// <summary>A tracked insertion (w:ins).</summary>
    public ParagraphBuilder Inserted(string text, RunProps? run = null)
    {
        _items.Add(ctx => new[] { new W.InsertedRun(MakeRun(text, run)) { Id = Id(ctx), Author = "Test", Date = new DateTime(2024, 1, 1) } });
        return this;
    }

    /// <summary>A tracked deletion (w:del with w:delText).</summary>
    public ParagraphBuilder Deleted(string text, RunProps? run = null)
    {
        _items.Add(ctx =>
        {
            var r = new W.Run();
            if (run is not null)
            {
                r.Append(run.ToRunProperties());
            }

            r.Append(new W.DeletedText(text) { Space = SpaceProcessingModeValues.Preserve });
            return new[] { new W.DeletedRun(r) { Id = Id(ctx), Author = "Test", Date = new DateTime(2024, 1, 1) } };
        });
        return this;
    }

    /// <summary>A run whose formatting change is tracked (w:rPrChange: it was not bold before).</summary>
    public ParagraphBuilder FormatChanged(string text)
    {
        _items.Add(ctx =>
        {
            var rPr = new W.RunProperties(new W.Bold(), new W.RunPropertiesChange(new W.PreviousRunProperties()) { Id = Id(ctx), Author = "Test" });
            return new[] { new W.Run(rPr, new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }) };
        });
        return this;
    }

    /// <summary>Text with a comment anchored on it.</summary>
    public ParagraphBuilder Comment(string anchoredText, string comment)
    {
        _items.Add(ctx =>
        {
            var id = Id(ctx);
            ctx.Comments.Add(new W.Comment(new W.Paragraph(new W.Run(new W.Text(comment)))) { Id = id, Author = "Test", Initials = "T" });
            return new OpenXmlElement[]
            {
                new W.CommentRangeStart { Id = id },
                MakeRun(anchoredText, null),
                new W.CommentRangeEnd { Id = id },
                new W.Run(new W.CommentReference { Id = id }),
            };
        });
        return this;
    }

    /// <summary>A PAGE field showing "1": a complex field (fldChar) or, with <paramref name="simple"/>, a w:fldSimple.</summary>
    public ParagraphBuilder PageField(RunProps? run = null, bool simple = false) => Field(" PAGE ", "1", run, simple);

    /// <summary>A field with an instruction and a shown result.</summary>
    public ParagraphBuilder Field(string instruction, string result, RunProps? run = null, bool simple = false)
    {
        _items.Add(_ =>
        {
            if (simple)
            {
                return new OpenXmlElement[] { new W.SimpleField(MakeRun(result, run)) { Instruction = instruction } };
            }

            W.Run R(OpenXmlElement e)
            {
                var r = new W.Run();
                if (run is not null)
                {
                    r.Append(run.ToRunProperties());
                }

                r.Append(e);
                return r;
            }

            return new OpenXmlElement[]
            {
                R(new W.FieldChar { FieldCharType = W.FieldCharValues.Begin }),
                R(new W.FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve }),
                R(new W.FieldChar { FieldCharType = W.FieldCharValues.Separate }),
                MakeRun(result, run),
                R(new W.FieldChar { FieldCharType = W.FieldCharValues.End }),
            };
        });
        return this;
    }

    /// <summary>A hyperlink to an external address.</summary>
    public ParagraphBuilder Hyperlink(string text, string url, RunProps? run = null)
    {
        _items.Add(ctx =>
        {
            var rel = ctx.Main.AddHyperlinkRelationship(new Uri(url), true);
            return new[] { new W.Hyperlink(MakeRun(text, run)) { Id = rel.Id } };
        });
        return this;
    }

    /// <summary>An inline content control (w:sdt) holding text.</summary>
    public ParagraphBuilder ContentControl(string text, RunProps? run = null)
    {
        _items.Add(_ => new[] { new W.SdtRun(new W.SdtProperties(new W.SdtAlias { Val = "Field" }), new W.SdtContentRun(MakeRun(text, run))) });
        return this;
    }

    /// <summary>A symbol character (w:sym) of a font, e.g. Wingdings F0FC.</summary>
    public ParagraphBuilder Symbol(string font, string hexChar)
    {
        _items.Add(_ => new[] { new W.Run(new W.SymbolChar { Font = font, Char = hexChar }) });
        return this;
    }

    /// <summary>A non-breaking hyphen (w:noBreakHyphen) or an optional hyphen (w:softHyphen).</summary>
    public ParagraphBuilder Hyphen(bool soft = false)
    {
        _items.Add(_ => new[] { new W.Run(soft ? new W.SoftHyphen() : new W.NoBreakHyphen()) });
        return this;
    }

    /// <summary>A PNG picture (w:drawing), inline or floating, with a displayed size in mm.</summary>
    public ParagraphBuilder Image(double widthMm, double heightMm, string name = "Picture 1", string? description = null, bool floating = false)
    {
        _items.Add(ctx =>
        {
            var part = ctx.Main.AddImagePart(ImagePartType.Png);
            using (var s = new MemoryStream(Png1x1))
            {
                part.FeedData(s);
            }

            var rid = ctx.Main.GetIdOfPart(part);
            var id = Id(ctx);
            var cx = (long)Math.Round(widthMm * 36000);
            var cy = (long)Math.Round(heightMm * 36000);
            var graphic = $"<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:nvPicPr><pic:cNvPr id=\"{id}\" name=\"{Esc(name)}\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"{rid}\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>";
            var docPr = $"<wp:docPr id=\"{id}\" name=\"{Esc(name)}\"{(description is null ? string.Empty : $" descr=\"{Esc(description)}\"")}/>";
            var inner = floating
                ? $"<wp:anchor distT=\"0\" distB=\"0\" distL=\"114300\" distR=\"114300\" simplePos=\"0\" relativeHeight=\"1\" behindDoc=\"1\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx=\"{cx}\" cy=\"{cy}\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapNone/>{docPr}<wp:cNvGraphicFramePr/>{graphic}</wp:anchor>"
                : $"<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"{cx}\" cy=\"{cy}\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>{docPr}<wp:cNvGraphicFramePr/>{graphic}</wp:inline>";
            return new[] { Xml.Parse($"<w:r><w:drawing>{inner}</w:drawing></w:r>") };
        });
        return this;
    }

    /// <summary>A VML picture (w:pict/v:shape/v:imagedata) with a size in points, as older Word versions write.</summary>
    public ParagraphBuilder VmlImage(double widthPt, double heightPt)
    {
        _items.Add(ctx =>
        {
            var part = ctx.Main.AddImagePart(ImagePartType.Png);
            using (var s = new MemoryStream(Png1x1))
            {
                part.FeedData(s);
            }

            var rid = ctx.Main.GetIdOfPart(part);
            var w = widthPt.ToString(CultureInfo.InvariantCulture);
            var h = heightPt.ToString(CultureInfo.InvariantCulture);
            return new[] { Xml.Parse($"<w:r><w:pict><v:shape id=\"s{Id(ctx)}\" style=\"width:{w}pt;height:{h}pt\"><v:imagedata r:id=\"{rid}\" o:title=\"\"/></v:shape></w:pict></w:r>") };
        });
        return this;
    }

    /// <summary>A floating text box (wps in mc:AlternateContent with a VML fallback, as Word writes it).</summary>
    public ParagraphBuilder TextBox(Action<Content> build, bool withFallback = true)
    {
        var content = new Content();
        build(content);
        _items.Add(ctx =>
        {
            var id = Id(ctx);
            var txbx = new W.TextBoxContent(content.BuildItems(ctx));
            var inner = txbx.InnerXml;
            var choice = $"<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"114300\" distR=\"114300\" simplePos=\"0\" relativeHeight=\"2\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx=\"1800000\" cy=\"540000\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapNone/><wp:docPr id=\"{id}\" name=\"Text Box {id}\"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"1800000\" cy=\"540000\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>";
            var fallback = withFallback ? $"<mc:Fallback><w:pict><v:shape id=\"tb{id}\" style=\"width:141.75pt;height:42.5pt\" type=\"#_x0000_t202\"><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>" : string.Empty;
            return new[] { Xml.Parse($"<w:r><mc:AlternateContent>{choice}{fallback}</mc:AlternateContent></w:r>") };
        });
        return this;
    }

    /// <summary>A text box written only in VML (w:pict/v:shape/v:textbox), as older Word versions do.</summary>
    public ParagraphBuilder VmlTextBox(Action<Content> build)
    {
        var content = new Content();
        build(content);
        _items.Add(ctx =>
        {
            var inner = new W.TextBoxContent(content.BuildItems(ctx)).InnerXml;
            return new[] { Xml.Parse($"<w:r><w:pict><v:shape id=\"tb{Id(ctx)}\" style=\"width:141.75pt;height:42.5pt\" type=\"#_x0000_t202\"><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>") };
        });
        return this;
    }

    /// <summary>A horizontal line drawn as a shape (wps line in mc:AlternateContent with a v:line fallback), <paramref name="lengthMm"/> long.</summary>
    public ParagraphBuilder Line(double lengthMm, bool vmlOnly = false)
    {
        _items.Add(ctx =>
        {
            var id = Id(ctx);
            var cx = (long)Math.Round(lengthMm * 36000);
            var pt = (lengthMm / 25.4 * 72).ToString("0.##", CultureInfo.InvariantCulture);
            var vml = $"<w:pict><v:line id=\"l{id}\" from=\"0,0\" to=\"{pt}pt,0\" strokeweight=\"1pt\"/></w:pict>";
            if (vmlOnly)
            {
                return new[] { Xml.Parse($"<w:r>{vml}</w:r>") };
            }

            var choice = $"<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"114300\" distR=\"114300\" simplePos=\"0\" relativeHeight=\"3\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx=\"{cx}\" cy=\"0\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapNone/><wp:docPr id=\"{id}\" name=\"Straight Connector {id}\"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" cy=\"0\"/></a:xfrm><a:prstGeom prst=\"line\"><a:avLst/></a:prstGeom></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>";
            return new[] { Xml.Parse($"<w:r><mc:AlternateContent>{choice}<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>") };
        });
        return this;
    }

    /// <summary>Any inline element (a clone is appended).</summary>
    public ParagraphBuilder Raw(OpenXmlElement element)
    {
        _items.Add(_ => new[] { element.CloneNode(true) });
        return this;
    }

    /// <summary>An inline element parsed from WordprocessingML (prefixes declared for you).</summary>
    public ParagraphBuilder RawXml(string xml)
    {
        _items.Add(_ => new[] { Xml.Parse(xml) });
        return this;
    }

    internal W.Paragraph ToParagraph(BuildContext ctx, ParaProps? para)
    {
        var p = new W.Paragraph();
        if (para is not null)
        {
            p.Append(para.ToParagraphProperties());
        }

        foreach (var i in _items)
        {
            p.Append(i(ctx));
        }

        return p;
    }

    internal static W.Run MakeRun(string text, RunProps? run)
    {
        var r = new W.Run();
        if (run is not null)
        {
            r.Append(run.ToRunProperties());
        }

        var parts = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                r.Append(new W.Break());
            }

            var tabs = parts[i].Split('\t');
            for (var j = 0; j < tabs.Length; j++)
            {
                if (j > 0)
                {
                    r.Append(new W.TabChar());
                }

                if (tabs[j].Length > 0)
                {
                    r.Append(new W.Text(tabs[j]) { Space = SpaceProcessingModeValues.Preserve });
                }
            }
        }

        return r;
    }

    private static string Id(BuildContext ctx) => ctx.NextId().ToString(CultureInfo.InvariantCulture);

    private static string Esc(string s) => SecurityElement.Escape(s) ?? string.Empty;

    private static readonly byte[] Png1x1 = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
}

/// <summary>Builds a table.</summary>
public sealed class TableBuilder
{
    private readonly List<Action<W.TableRow, BuildContext>> _rows = new();
    private double[]? _grid;
    private W.BorderValues? _borders;
    private string? _style;

    /// <summary>No borders at all (the layout tables of a header or a signature block).</summary>
    public TableBuilder Borderless()
    {
        _borders = W.BorderValues.None;
        return this;
    }

    /// <summary>Single borders everywhere.</summary>
    public TableBuilder Bordered()
    {
        _borders = W.BorderValues.Single;
        return this;
    }

    /// <summary>Uses a table style (e.g. one added by <see cref="DocxBuilder.TableGridStyle"/>).</summary>
    public TableBuilder Style(string styleId)
    {
        _style = styleId;
        return this;
    }

    /// <summary>The grid columns' widths in mm.</summary>
    public TableBuilder Grid(params double[] widthsMm)
    {
        _grid = widthsMm;
        return this;
    }

    /// <summary>A row of single-paragraph cells; '\n' in a text becomes a soft break.</summary>
    public TableBuilder Row(params string[] cells) => Row(r =>
    {
        foreach (var c in cells)
        {
            r.Cell(c);
        }
    });

    /// <summary>A row built cell by cell.</summary>
    public TableBuilder Row(Action<RowBuilder> build)
    {
        var r = new RowBuilder();
        build(r);
        _rows.Add(r.Fill);
        return this;
    }

    internal static W.TableBorders AllBorders(W.BorderValues v) => new(
        new W.TopBorder { Val = v, Size = 4 },
        new W.LeftBorder { Val = v, Size = 4 },
        new W.BottomBorder { Val = v, Size = 4 },
        new W.RightBorder { Val = v, Size = 4 },
        new W.InsideHorizontalBorder { Val = v, Size = 4 },
        new W.InsideVerticalBorder { Val = v, Size = 4 });

    internal OpenXmlElement ToTable(BuildContext ctx)
    {
        var t = new W.Table();
        var pr = new W.TableProperties();
        if (_style is not null)
        {
            pr.Append(new W.TableStyle { Val = _style });
        }

        pr.Append(new W.TableWidth { Type = W.TableWidthUnitValues.Auto, Width = "0" });
        if (_borders is { } b)
        {
            pr.Append(AllBorders(b));
        }

        t.Append(pr);
        var grid = new W.TableGrid();
        foreach (var w in _grid ?? Array.Empty<double>())
        {
            grid.Append(new W.GridColumn { Width = ((int)Math.Round(w / 25.4 * 1440)).ToString(CultureInfo.InvariantCulture) });
        }

        t.Append(grid);
        foreach (var fill in _rows)
        {
            var row = new W.TableRow();
            fill(row, ctx);
            t.Append(row);
        }

        return t;
    }
}

/// <summary>Builds a table row.</summary>
public sealed class RowBuilder
{
    private readonly List<Action<W.TableRow, BuildContext>> _cells = new();

    /// <summary>A cell with one paragraph.</summary>
    public RowBuilder Cell(string text, ParaProps? para = null, RunProps? run = null, int span = 1) =>
        Cell(c => c.Paragraph(text, para, run), span);

    /// <summary>A cell built from content (paragraphs, nested tables), spanning <paramref name="span"/> grid columns;
    /// <paramref name="verticalMerge"/> is "restart", "continue" or null; <paramref name="widthMm"/> sets w:tcW.</summary>
    public RowBuilder Cell(Action<Content> build, int span = 1, string? verticalMerge = null, double? widthMm = null, bool noBorders = false)
    {
        var content = new Content();
        build(content);
        _cells.Add((row, ctx) =>
        {
            var pr = new W.TableCellProperties();
            if (widthMm is { } w)
            {
                pr.Append(new W.TableCellWidth { Type = W.TableWidthUnitValues.Dxa, Width = ((int)Math.Round(w / 25.4 * 1440)).ToString(CultureInfo.InvariantCulture) });
            }

            if (span > 1)
            {
                pr.Append(new W.GridSpan { Val = span });
            }

            if (verticalMerge is not null)
            {
                pr.Append(new W.VerticalMerge { Val = verticalMerge == "restart" ? W.MergedCellValues.Restart : null });
            }

            if (noBorders)
            {
                pr.Append(new W.TableCellBorders(new W.TopBorder { Val = W.BorderValues.Nil }, new W.LeftBorder { Val = W.BorderValues.Nil }, new W.BottomBorder { Val = W.BorderValues.Nil }, new W.RightBorder { Val = W.BorderValues.Nil }));
            }

            var cell = new W.TableCell(pr);
            cell.Append(content.BuildItems(ctx));
            row.Append(cell);
        });
        return this;
    }

    /// <summary>A vertically merged continuation cell (empty, w:vMerge without a value).</summary>
    public RowBuilder MergedCell(int span = 1) => Cell(_ => { }, span, "continue");

    internal void Fill(W.TableRow row, BuildContext ctx)
    {
        foreach (var c in _cells)
        {
            c(row, ctx);
        }
    }
}

/// <summary>Builds a section: page setup, headers and footers.</summary>
public sealed class SectionBuilder
{
    private double? _w = 210;
    private double? _h = 297;
    private bool _landscape;
    private double[]? _margins = { 20, 20, 30, 15 };
    private bool _titlePage;
    private int? _pageStart;
    private string? _pageFormat;
    private readonly List<(bool Header, W.HeaderFooterValues Type, Content Content)> _parts = new();

    /// <summary>The paper size in mm as w:pgSz w and h (swap them yourself for landscape) and the orientation.</summary>
    public SectionBuilder PageSize(double widthMm, double heightMm, bool landscape = false)
    {
        _w = widthMm;
        _h = heightMm;
        _landscape = landscape;
        return this;
    }

    /// <summary>Writes no w:pgSz and no w:pgMar.</summary>
    public SectionBuilder NoPageSetup()
    {
        _w = _h = null;
        _margins = null;
        return this;
    }

    /// <summary>The margins in mm.</summary>
    public SectionBuilder Margins(double top, double bottom, double left, double right)
    {
        _margins = new[] { top, bottom, left, right };
        return this;
    }

    /// <summary>"Different first page" (w:titlePg).</summary>
    public SectionBuilder TitlePage()
    {
        _titlePage = true;
        return this;
    }

    /// <summary>Page numbering restart and format (w:pgNumType).</summary>
    public SectionBuilder PageNumbers(int? start, string? format = null)
    {
        _pageStart = start;
        _pageFormat = format;
        return this;
    }

    /// <summary>A header part referenced by this section.</summary>
    public SectionBuilder Header(Action<Content> build, string type = "default")
    {
        var c = new Content();
        build(c);
        _parts.Add((true, new W.HeaderFooterValues(type), c));
        return this;
    }

    /// <summary>A footer part referenced by this section.</summary>
    public SectionBuilder Footer(Action<Content> build, string type = "default")
    {
        var c = new Content();
        build(c);
        _parts.Add((false, new W.HeaderFooterValues(type), c));
        return this;
    }

    internal W.SectionProperties ToSectionProperties(BuildContext ctx)
    {
        var s = new W.SectionProperties();
        foreach (var (header, type, content) in _parts.Where(p => p.Header).Concat(_parts.Where(p => !p.Header)))
        {
            if (header)
            {
                var part = ctx.Main.AddNewPart<HeaderPart>();
                part.Header = new W.Header(content.BuildItems(ctx));
                s.Append(new W.HeaderReference { Type = type, Id = ctx.Main.GetIdOfPart(part) });
            }
            else
            {
                var part = ctx.Main.AddNewPart<FooterPart>();
                part.Footer = new W.Footer(content.BuildItems(ctx));
                s.Append(new W.FooterReference { Type = type, Id = ctx.Main.GetIdOfPart(part) });
            }
        }

        static uint Tw(double mm) => (uint)Math.Round(mm / 25.4 * 1440);
        if (_w is { } w && _h is { } h)
        {
            var size = new W.PageSize { Width = Tw(w), Height = Tw(h) };
            if (_landscape)
            {
                size.Orient = W.PageOrientationValues.Landscape;
            }

            s.Append(size);
        }

        if (_margins is { } m)
        {
            s.Append(new W.PageMargin { Top = (int)Tw(m[0]), Bottom = (int)Tw(m[1]), Left = Tw(m[2]), Right = Tw(m[3]), Header = 720, Footer = 720, Gutter = 0 });
        }

        if (_pageStart is not null || _pageFormat is not null)
        {
            var n = new W.PageNumberType();
            if (_pageStart is { } start)
            {
                n.Start = start;
            }

            if (_pageFormat is not null)
            {
                n.Format = new W.NumberFormatValues(_pageFormat);
            }

            s.Append(n);
        }

        if (_titlePage)
        {
            s.Append(new W.TitlePage());
        }

        return s;
    }
}

/// <summary>Parses WordprocessingML fragments with the usual namespace prefixes declared.</summary>
public static class Xml
{
    private const string Namespaces =
        " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
        + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
        + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
        + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\""
        + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
        + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
        + " xmlns:v=\"urn:schemas-microsoft-com:vml\""
        + " xmlns:o=\"urn:schemas-microsoft-com:office:office\""
        + " xmlns:w10=\"urn:schemas-microsoft-com:office:word\"";

    /// <summary>Parses one element such as <c>&lt;w:p&gt;...&lt;/w:p&gt;</c> or <c>&lt;w:r&gt;...&lt;/w:r&gt;</c>.</summary>
    public static OpenXmlElement Parse(string xml)
    {
        var end = xml.IndexOfAny(new[] { ' ', '>', '/' }, 1);
        var withNs = xml.Substring(0, end) + Namespaces + xml.Substring(end);
        var name = xml.Substring(1, end - 1);
        return name switch
        {
            "w:p" => new W.Paragraph(withNs),
            "w:r" => new W.Run(withNs),
            "w:tbl" => new W.Table(withNs),
            "w:sdt" => new W.SdtBlock(withNs),
            "w:ins" => new W.InsertedRun(withNs),
            "w:del" => new W.DeletedRun(withNs),
            "w:fldSimple" => new W.SimpleField(withNs),
            "w:hyperlink" => new W.Hyperlink(withNs),
            _ => throw new ArgumentException($"Xml.Parse does not know the element {name}.", nameof(xml)),
        };
    }
}

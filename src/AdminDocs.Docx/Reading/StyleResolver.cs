using System;
using System.Collections.Generic;
using System.Globalization;
using AdminDocs.Decree;
using AdminDocs.Sources;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace AdminDocs.Docx.Reading;

/// <summary>
/// Run properties as one layer of the hierarchy states them (docDefaults, a style, a numbering level, direct
/// formatting); <see langword="null"/> = not stated at this layer.
/// </summary>
internal readonly record struct RunLayer(
    string? Font,
    string? ThemeFont,
    int? HalfPoints,
    bool? Bold,
    bool? Italic,
    bool? Caps,
    bool? Vanish,
    bool? Underline,
    string? Color)
{
    public static RunLayer Empty => default;

    /// <summary>Overrides every property this layer does not state with <paramref name="basis"/>'s (a derived style over its base).</summary>
    public RunLayer Over(RunLayer basis) => new(
        Font ?? (ThemeFont is null ? basis.Font : null),
        ThemeFont ?? (Font is null ? basis.ThemeFont : null),
        HalfPoints ?? basis.HalfPoints,
        Bold ?? basis.Bold,
        Italic ?? basis.Italic,
        Caps ?? basis.Caps,
        Vanish ?? basis.Vanish,
        Underline ?? basis.Underline,
        Color ?? basis.Color);
}

/// <summary>A fully resolved run format before theme fonts are turned into names.</summary>
internal readonly record struct ResolvedRun(string? Font, string? ThemeFont, int? HalfPoints, bool Bold, bool Italic, bool Caps, bool Vanish, bool Underline, string? Color)
{
    /// <summary>Applies a style layer: non-toggle properties override, toggle properties set to true flip (ECMA-376 17.7.3).</summary>
    public ResolvedRun ToggleWith(RunLayer style) => new(
        style.Font ?? (style.ThemeFont is null ? Font : null),
        style.ThemeFont ?? (style.Font is null ? ThemeFont : null),
        style.HalfPoints ?? HalfPoints,
        Bold ^ (style.Bold == true),
        Italic ^ (style.Italic == true),
        Caps ^ (style.Caps == true),
        Vanish ^ (style.Vanish == true),
        style.Underline ?? Underline,
        style.Color ?? Color);

    /// <summary>Applies direct formatting: every stated property is absolute.</summary>
    public ResolvedRun DirectWith(RunLayer direct) => new(
        direct.Font ?? (direct.ThemeFont is null ? Font : null),
        direct.ThemeFont ?? (direct.Font is null ? ThemeFont : null),
        direct.HalfPoints ?? HalfPoints,
        direct.Bold ?? Bold,
        direct.Italic ?? Italic,
        direct.Caps ?? Caps,
        direct.Vanish ?? Vanish,
        direct.Underline ?? Underline,
        direct.Color ?? Color);
}

/// <summary>A tab stop: alignment and position in twips.</summary>
internal readonly record struct TabStopInfo(int Position, TextAlignment Alignment);

/// <summary>Paragraph properties as one layer states them.</summary>
internal sealed record ParaLayer
{
    public static ParaLayer Empty { get; } = new();

    public string? StyleId { get; init; }
    public TextAlignment? Alignment { get; init; }
    public int? FirstLineTwips { get; init; }
    public int? LeftTwips { get; init; }
    public int? BeforeTwips { get; init; }
    public int? AfterTwips { get; init; }
    public int? BeforeLines { get; init; }
    public int? AfterLines { get; init; }
    public bool? BeforeAuto { get; init; }
    public bool? AfterAuto { get; init; }
    public int? Line { get; init; }
    public string? LineRule { get; init; }
    public bool? TopBorder { get; init; }
    public bool? BottomBorder { get; init; }
    public int? NumId { get; init; }
    public int? Level { get; init; }
    public IReadOnlyList<(int Position, TextAlignment? Alignment)>? Tabs { get; init; }

    /// <summary>This layer over <paramref name="basis"/>: stated properties win; tab stops accumulate (a "clear" removes one).</summary>
    public ParaLayer Over(ParaLayer basis)
    {
        if (ReferenceEquals(this, Empty))
        {
            return basis;
        }

        if (ReferenceEquals(basis, Empty))
        {
            return this;
        }

        return new ParaLayer
        {
            StyleId = StyleId ?? basis.StyleId,
            Alignment = Alignment ?? basis.Alignment,
            FirstLineTwips = FirstLineTwips ?? basis.FirstLineTwips,
            LeftTwips = LeftTwips ?? basis.LeftTwips,
            BeforeTwips = BeforeTwips ?? basis.BeforeTwips,
            AfterTwips = AfterTwips ?? basis.AfterTwips,
            BeforeLines = BeforeLines ?? (BeforeTwips is null ? basis.BeforeLines : null),
            AfterLines = AfterLines ?? (AfterTwips is null ? basis.AfterLines : null),
            BeforeAuto = BeforeAuto ?? basis.BeforeAuto,
            AfterAuto = AfterAuto ?? basis.AfterAuto,
            Line = Line ?? basis.Line,
            LineRule = Line is null ? basis.LineRule : LineRule,
            TopBorder = TopBorder ?? basis.TopBorder,
            BottomBorder = BottomBorder ?? basis.BottomBorder,
            NumId = NumId ?? basis.NumId,
            Level = Level ?? basis.Level,
            Tabs = MergeTabs(basis.Tabs, Tabs),
        };
    }

    private static IReadOnlyList<(int, TextAlignment?)>? MergeTabs(IReadOnlyList<(int Position, TextAlignment? Alignment)>? basis, IReadOnlyList<(int Position, TextAlignment? Alignment)>? mine)
    {
        if (mine is null)
        {
            return basis;
        }

        var result = new List<(int Position, TextAlignment? Alignment)>();
        if (basis is not null)
        {
            result.AddRange(basis);
        }

        foreach (var t in mine)
        {
            result.RemoveAll(x => x.Position == t.Position);
            if (t.Alignment is not null)
            {
                result.Add(t);
            }
        }

        result.Sort((a, b) => a.Position.CompareTo(b.Position));
        return result;
    }
}

/// <summary>
/// Resolves paragraph and run formatting the way Word does: document defaults, then the paragraph style chain
/// (basedOn, cycle-safe), the numbering level's paragraph properties, the character style chain and direct
/// formatting. Toggle properties (bold, italic, caps, hidden) flip along the style types and are absolute in direct
/// formatting. Theme fonts are resolved through the theme part. Every chain is resolved once and cached.
/// </summary>
internal sealed class StyleResolver
{
    /// <summary>The font Word uses when no layer names one.</summary>
    public const string DefaultFont = Fonts.TimesNewRoman;

    private readonly Dictionary<string, W.Style> _paragraphStyles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, W.Style> _characterStyles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (RunLayer Run, ParaLayer Para)> _paragraphChains = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RunLayer> _characterChains = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ResolvedRun> _paragraphBases = new(StringComparer.Ordinal);
    private readonly Dictionary<ResolvedRun, RunFormat> _formats = new();
    private readonly Dictionary<string, string?> _styleNames = new(StringComparer.Ordinal);
    private readonly RunLayer _defaultRun;
    private readonly ParaLayer _defaultPara = ParaLayer.Empty;
    private readonly string? _defaultParagraphStyle;
    private readonly string? _defaultCharacterStyle;
    private readonly string? _minorFont;
    private readonly string? _majorFont;

    /// <summary>Creates a resolver for a document's styles and theme.</summary>
    public StyleResolver(W.Styles? styles, string? minorFont, string? majorFont)
    {
        _minorFont = minorFont;
        _majorFont = majorFont;
        if (styles is null)
        {
            return;
        }

        foreach (var s in styles.Elements<W.Style>())
        {
            var id = s.StyleId?.Value;
            if (id is null)
            {
                continue;
            }

            var type = s.Type?.Value;
            if (type is null || type == W.StyleValues.Paragraph)
            {
                _paragraphStyles[id] = s;
                if (s.Default?.Value == true)
                {
                    _defaultParagraphStyle ??= id;
                }
            }
            else if (type == W.StyleValues.Character)
            {
                _characterStyles[id] = s;
                if (s.Default?.Value == true)
                {
                    _defaultCharacterStyle ??= id;
                }
            }
        }

        var defaults = styles.DocDefaults;
        _defaultRun = ReadRun(defaults?.RunPropertiesDefault?.RunPropertiesBaseStyle);
        _defaultPara = ReadPara(defaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle) ?? ParaLayer.Empty;
    }

    /// <summary>Creates a resolver from a main document part (its styles and theme parts).</summary>
    public static StyleResolver For(MainDocumentPart main)
    {
        string? minor = null, major = null;
        var fonts = main.ThemePart?.Theme?.ThemeElements?.FontScheme;
        if (fonts is not null)
        {
            minor = NonEmpty(fonts.MinorFont?.LatinFont?.Typeface?.Value);
            major = NonEmpty(fonts.MajorFont?.LatinFont?.Typeface?.Value);
        }

        return new StyleResolver(main.StyleDefinitionsPart?.Styles, minor, major);
    }

    /// <summary>The id of the default paragraph style, used when a paragraph names none.</summary>
    public string? DefaultParagraphStyle => _defaultParagraphStyle;

    /// <summary>The display name of a paragraph style.</summary>
    public string? StyleName(string? styleId)
    {
        styleId ??= _defaultParagraphStyle;
        if (styleId is null)
        {
            return null;
        }

        if (!_styleNames.TryGetValue(styleId, out var name))
        {
            name = _paragraphStyles.TryGetValue(styleId, out var s) ? s.StyleName?.Val?.Value ?? styleId : null;
            _styleNames[styleId] = name;
        }

        return name;
    }

    /// <summary>The paragraph properties of a paragraph style chain merged over the document defaults (numbering not applied).</summary>
    public ParaLayer ParagraphStyleLayer(string? styleId) => ParagraphChain(styleId ?? _defaultParagraphStyle).Para.Over(_defaultPara);

    /// <summary>The run format a paragraph's text starts from: docDefaults toggled with the paragraph style chain.</summary>
    public ResolvedRun ParagraphBase(string? styleId)
    {
        styleId ??= _defaultParagraphStyle;
        var key = styleId ?? string.Empty;
        if (!_paragraphBases.TryGetValue(key, out var result))
        {
            var d = _defaultRun;
            var basis = new ResolvedRun(d.Font, d.ThemeFont, d.HalfPoints, d.Bold == true, d.Italic == true, d.Caps == true, d.Vanish == true, d.Underline == true, d.Color);
            result = basis.ToggleWith(ParagraphChain(styleId).Run);
            _paragraphBases[key] = result;
        }

        return result;
    }

    /// <summary>Resolves a run: the paragraph base, the character style chain, then direct formatting.</summary>
    public ResolvedRun Resolve(ResolvedRun paragraphBase, W.RunProperties? direct)
    {
        if (direct is null)
        {
            return _defaultCharacterStyle is null ? paragraphBase : paragraphBase.ToggleWith(CharacterChain(_defaultCharacterStyle));
        }

        var run = paragraphBase;
        var charStyle = direct.RunStyle?.Val?.Value ?? _defaultCharacterStyle;
        if (charStyle is not null)
        {
            run = run.ToggleWith(CharacterChain(charStyle));
        }

        return run.DirectWith(ReadRun(direct));
    }

    /// <summary>The public format of a resolved run (deduplicated: equal formats are the same instance).</summary>
    public RunFormat Format(ResolvedRun run)
    {
        if (!_formats.TryGetValue(run, out var f))
        {
            f = new RunFormat
            {
                FontFamily = FontName(run),
                FontSizePoints = (run.HalfPoints ?? 20) / 2.0,
                Bold = run.Bold,
                Italic = run.Italic,
                Underline = run.Underline,
                AllCaps = run.Caps,
                Color = run.Color ?? "auto",
            };
            _formats[run] = f;
        }

        return f;
    }

    /// <summary>The font name of a resolved run, theme fonts resolved.</summary>
    public string FontName(ResolvedRun run)
    {
        if (run.ThemeFont is { } theme)
        {
            var font = theme.StartsWith("major", StringComparison.Ordinal) ? _majorFont : theme.StartsWith("minor", StringComparison.Ordinal) ? _minorFont : null;
            if (font is not null)
            {
                return font;
            }
        }

        return run.Font ?? DefaultFont;
    }

    /// <summary>Turns merged paragraph layers into the public paragraph format.</summary>
    public static ParagraphFormat ToFormat(ParaLayer p, string? styleName)
    {
        double? before = p.BeforeAuto == true ? 14 : p.BeforeLines is { } bl ? bl * 12 / 100.0 : (p.BeforeTwips ?? 0) / 20.0;
        double? after = p.AfterAuto == true ? 14 : p.AfterLines is { } al ? al * 12 / 100.0 : (p.AfterTwips ?? 0) / 20.0;
        double? multiple = null, points = null;
        bool? minimum = null;
        if (p.Line is { } line)
        {
            if (p.LineRule is null or "auto")
            {
                multiple = Math.Round(line / 240.0, 2);
            }
            else
            {
                points = line / 20.0;
                minimum = p.LineRule == "atLeast";
            }
        }
        else
        {
            multiple = 1;
        }

        return new ParagraphFormat
        {
            Alignment = p.Alignment ?? TextAlignment.Left,
            FirstLineIndentCm = Math.Round((p.FirstLineTwips ?? 0) / 567.0, 2),
            LeftIndentCm = Math.Round((p.LeftTwips ?? 0) / 567.0, 2),
            SpacingBeforePoints = before,
            SpacingAfterPoints = after,
            LineSpacingMultiple = multiple,
            LineSpacingPoints = points,
            LineSpacingIsMinimum = minimum,
            StyleName = styleName,
            TopBorder = p.TopBorder ?? false,
            BottomBorder = p.BottomBorder ?? false,
        };
    }

    private (RunLayer Run, ParaLayer Para) ParagraphChain(string? styleId)
    {
        if (styleId is null)
        {
            return (RunLayer.Empty, ParaLayer.Empty);
        }

        if (_paragraphChains.TryGetValue(styleId, out var cached))
        {
            return cached;
        }

        // Walk basedOn from the style to its root, guarding against cycles, then merge root-first.
        var chain = new List<W.Style>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var id = styleId;
        while (id is not null && seen.Add(id) && _paragraphStyles.TryGetValue(id, out var s))
        {
            chain.Add(s);
            id = s.BasedOn?.Val?.Value;
        }

        var run = RunLayer.Empty;
        var para = ParaLayer.Empty;
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            run = ReadRun(chain[i].StyleRunProperties).Over(run);
            para = (ReadPara(chain[i].StyleParagraphProperties) ?? ParaLayer.Empty).Over(para);
        }

        var result = (run, para);
        _paragraphChains[styleId] = result;
        return result;
    }

    private RunLayer CharacterChain(string styleId)
    {
        if (_characterChains.TryGetValue(styleId, out var cached))
        {
            return cached;
        }

        var chain = new List<W.Style>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? id = styleId;
        while (id is not null && seen.Add(id) && _characterStyles.TryGetValue(id, out var s))
        {
            chain.Add(s);
            id = s.BasedOn?.Val?.Value;
        }

        var run = RunLayer.Empty;
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            run = ReadRun(chain[i].StyleRunProperties).Over(run);
        }

        _characterChains[styleId] = run;
        return run;
    }

    /// <summary>Reads the run properties one element states (rPr, rPrDefault's rPr, a style's rPr, a level's rPr).</summary>
    public static RunLayer ReadRun(OpenXmlElement? rPr)
    {
        if (rPr is null)
        {
            return RunLayer.Empty;
        }

        string? font = null, theme = null, color = null;
        int? size = null;
        bool? bold = null, italic = null, caps = null, vanish = null, underline = null;
        foreach (var c in rPr.ChildElements)
        {
            switch (c)
            {
                case W.RunFonts f:
                    // Latin text uses the ascii font (0-127) and hAnsi (the rest, which holds Vietnamese letters);
                    // eastAsia and cs are for other scripts.
                    theme = ThemeName(f.HighAnsiTheme) ?? ThemeName(f.AsciiTheme);
                    font = NonEmpty(f.HighAnsi?.Value) ?? NonEmpty(f.Ascii?.Value);
                    if (theme is not null)
                    {
                        font = null;
                    }

                    break;
                case W.FontSize s:
                    size = ParseInt(s.Val?.Value) is { } hp && hp > 0 ? hp : size;
                    break;
                case W.Bold b:
                    bold = OnOff(b);
                    break;
                case W.Italic i:
                    italic = OnOff(i);
                    break;
                case W.Caps cp:
                    caps = OnOff(cp);
                    break;
                case W.Vanish v:
                    vanish = OnOff(v);
                    break;
                case W.Underline u:
                    underline = u.Val is null || u.Val.Value != W.UnderlineValues.None;
                    break;
                case W.Color col:
                    color = NormalizeColor(col.Val?.Value);
                    break;
            }
        }

        return new RunLayer(font, theme, size, bold, italic, caps, vanish, underline, color);
    }

    /// <summary>Reads the paragraph properties one element states; <see langword="null"/> for no element.</summary>
    public static ParaLayer? ReadPara(OpenXmlElement? pPr)
    {
        if (pPr is null)
        {
            return null;
        }

        var p = new ParaLayer();
        List<(int, TextAlignment?)>? tabs = null;
        foreach (var c in pPr.ChildElements)
        {
            switch (c)
            {
                case W.ParagraphStyleId s:
                    p = p with { StyleId = s.Val?.Value };
                    break;
                case W.Justification j when j.Val is not null:
                    p = p with { Alignment = Alignment(j.Val.InnerText) };
                    break;
                case W.Indentation ind:
                    var left = ParseInt(ind.Left?.Value) ?? ParseInt(ind.Start?.Value);
                    int? first = ParseInt(ind.Hanging?.Value) is { } h ? -h : ParseInt(ind.FirstLine?.Value);
                    p = p with { LeftTwips = left ?? p.LeftTwips, FirstLineTwips = first ?? p.FirstLineTwips };
                    break;
                case W.SpacingBetweenLines sp:
                    p = p with
                    {
                        BeforeTwips = ParseInt(sp.Before?.Value) ?? p.BeforeTwips,
                        AfterTwips = ParseInt(sp.After?.Value) ?? p.AfterTwips,
                        BeforeLines = sp.BeforeLines?.Value ?? p.BeforeLines,
                        AfterLines = sp.AfterLines?.Value ?? p.AfterLines,
                        BeforeAuto = sp.BeforeAutoSpacing is null ? p.BeforeAuto : sp.BeforeAutoSpacing.Value,
                        AfterAuto = sp.AfterAutoSpacing is null ? p.AfterAuto : sp.AfterAutoSpacing.Value,
                        Line = ParseInt(sp.Line?.Value) ?? p.Line,
                        LineRule = sp.Line is null ? p.LineRule : sp.LineRule?.InnerText,
                    };
                    break;
                case W.ParagraphBorders borders:
                    p = p with { TopBorder = Visible(borders.TopBorder), BottomBorder = Visible(borders.BottomBorder) };
                    break;
                case W.NumberingProperties num:
                    p = p with { NumId = num.NumberingId?.Val?.Value ?? p.NumId, Level = num.NumberingLevelReference?.Val?.Value ?? p.Level };
                    break;
                case W.Tabs t:
                    tabs ??= new List<(int, TextAlignment?)>();
                    foreach (var stop in t.Elements<W.TabStop>())
                    {
                        var pos = stop.Position?.Value ?? 0;
                        var val = stop.Val?.InnerText;
                        tabs.Add((pos, val switch
                        {
                            "clear" => null,
                            "center" => TextAlignment.Center,
                            "right" or "end" or "decimal" => TextAlignment.Right,
                            "bar" or "num" => null,
                            _ => TextAlignment.Left,
                        }));
                    }

                    break;
            }
        }

        return tabs is null ? p : p with { Tabs = tabs };
    }

    /// <summary>Whether a border element draws a line.</summary>
    public static bool Visible(W.BorderType? border)
    {
        if (border is null)
        {
            return false;
        }

        var v = border.Val?.InnerText;
        return v is not null and not "none" and not "nil";
    }

    /// <summary>Maps a w:jc value to an alignment.</summary>
    public static TextAlignment Alignment(string? value) =>
        value switch
        {
            "both" or "distribute" or "highKashida" or "lowKashida" or "mediumKashida" or "thaiDistribute" => TextAlignment.Justify,
            "center" => TextAlignment.Center,
            "right" or "end" => TextAlignment.Right,
            _ => TextAlignment.Left,
        };

    private static string? ThemeName(EnumValue<W.ThemeFontValues>? value) => value is null || !value.HasValue ? null : value.InnerText;

    internal static bool OnOff(W.OnOffType t) => t.Val is null || t.Val.Value;

    internal static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s!.Trim();

    internal static int? ParseInt(string? s) =>
        s is not null && int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v
        : s is not null && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !double.IsNaN(d) && Math.Abs(d) < int.MaxValue ? (int)Math.Round(d)
        : null;

    private static string? NormalizeColor(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return string.Equals(value, "auto", StringComparison.OrdinalIgnoreCase) ? "auto" : value!.ToUpperInvariant();
    }
}

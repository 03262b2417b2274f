using System.Linq;
using AdminDocs.Docx.Reading;
using AdminDocs.Docx.Tests.TestSupport;
using AdminDocs.Sources;
using FluentAssertions;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace AdminDocs.Docx.Tests.Reading;

public class FormattingTests
{
    private static RunFormat Format(SourceDocument doc, int block = 0, int run = 0) => doc.Blocks[block].Runs[run].Format;

    [Fact]
    public void Direct_run_formatting_is_read()
    {
        var doc = new DocxBuilder().Paragraph("CỘNG HÒA", run: new RunProps { Font = "Times New Roman", Size = 13, Bold = true, Italic = true, Caps = true, Underline = true, Color = "ff0000" }).Read();
        Format(doc).Should().Be(new RunFormat { FontFamily = "Times New Roman", FontSizePoints = 13, Bold = true, Italic = true, Underline = true, AllCaps = true, Color = "FF0000" });
    }

    [Fact]
    public void Nothing_stated_gives_words_defaults()
    {
        var doc = new DocxBuilder().Paragraph("x").Read();
        Format(doc).Should().Be(new RunFormat { FontFamily = "Times New Roman", FontSizePoints = 10, Bold = false, Italic = false, Underline = false, AllCaps = false, Color = "auto" });
        doc.Blocks[0].Format.Should().Be(new ParagraphFormat
        {
            Alignment = TextAlignment.Left, FirstLineIndentCm = 0, LeftIndentCm = 0, SpacingBeforePoints = 0, SpacingAfterPoints = 0,
            LineSpacingMultiple = 1, StyleName = null, TopBorder = false, BottomBorder = false,
        });
    }

    [Fact]
    public void Doc_defaults_then_style_chain_then_direct()
    {
        var doc = new DocxBuilder()
            .DocDefaults(new RunProps { Font = "Arial", Size = 11 }, new ParaProps { AfterPt = 8, LineMultiple = 1.08 })
            .ParagraphStyle("Normal", "Normal", run: new RunProps { Font = "Times New Roman", Size = 14 }, isDefault: true)
            .ParagraphStyle("Base", "Base", "Normal", new ParaProps { Align = "center" }, new RunProps { Size = 13 })
            .ParagraphStyle("Derived", "Tên loại", "Base", new ParaProps { BeforePt = 6 })
            .Paragraph("styled", new ParaProps { Style = "Derived" })
            .Paragraph("direct", new ParaProps { Style = "Derived", Align = "right" }, new RunProps { Size = 12 })
            .Paragraph("normal")
            .Read();
        Format(doc, 0).Should().Match<RunFormat>(f => f.FontFamily == "Times New Roman" && f.FontSizePoints == 13);
        doc.Blocks[0].Format!.Should().Match<ParagraphFormat>(p => p.Alignment == TextAlignment.Center && p.SpacingBeforePoints == 6 && p.SpacingAfterPoints == 8 && p.StyleName == "Tên loại" && p.LineSpacingMultiple == 1.08);
        Format(doc, 1).FontSizePoints.Should().Be(12);
        doc.Blocks[1].Format!.Alignment.Should().Be(TextAlignment.Right);
        Format(doc, 2).FontSizePoints.Should().Be(14);
        doc.Blocks[2].Format!.StyleName.Should().Be("Normal");
    }

    [Fact]
    public void Bold_in_a_paragraph_style_and_a_character_style_cancel_out_but_direct_formatting_is_absolute()
    {
        var doc = new DocxBuilder()
            .ParagraphStyle("Heading", "heading 1", run: new RunProps { Bold = true })
            .CharacterStyle("Strong", "Strong", run: new RunProps { Bold = true })
            .Paragraph(p => p.Text("a").Text("b", new RunProps { CharStyle = "Strong" }).Text("c", new RunProps { CharStyle = "Strong", Bold = true }).Text("d", new RunProps { Bold = false }), new ParaProps { Style = "Heading" })
            .Read();
        doc.Blocks[0].Runs.Select(r => r.Format.Bold).Should().Equal(true, false, true, false);
    }

    [Fact]
    public void A_derived_style_restating_bold_does_not_toggle_it_off()
    {
        var doc = new DocxBuilder()
            .ParagraphStyle("A", "A", run: new RunProps { Bold = true })
            .ParagraphStyle("B", "B", "A", run: new RunProps { Bold = true })
            .Paragraph("x", new ParaProps { Style = "B" })
            .Read();
        Format(doc).Bold.Should().BeTrue();
    }

    [Fact]
    public void Style_cycles_do_not_hang()
    {
        var doc = new DocxBuilder()
            .ParagraphStyle("A", "A", "B", run: new RunProps { Size = 12 })
            .ParagraphStyle("B", "B", "A", run: new RunProps { Italic = true })
            .Paragraph("x", new ParaProps { Style = "A" })
            .Read();
        Format(doc).Should().Match<RunFormat>(f => f.FontSizePoints == 12 && f.Italic == true);
    }

    [Fact]
    public void Theme_fonts_are_resolved_through_the_theme()
    {
        var doc = new DocxBuilder()
            .Theme("Calibri", "Cambria")
            .DocDefaults(new RunProps { ThemeFont = "minorHAnsi" })
            .Paragraph(p => p.Text("body").Text("head", new RunProps { ThemeFont = "majorHAnsi" }).Text("named", new RunProps { Font = "Times New Roman" }))
            .Read();
        doc.Blocks[0].Runs.Select(r => r.Format.FontFamily).Should().Equal("Calibri", "Cambria", "Times New Roman");
    }

    [Fact]
    public void East_asian_fonts_are_ignored_for_latin_text()
    {
        var doc = new DocxBuilder().Paragraph(p => p.RawXml("<w:r><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"MS Mincho\" w:cs=\"Arial\"/></w:rPr><w:t>Việt</w:t></w:r>")).Read();
        Format(doc).FontFamily.Should().Be("Times New Roman");
    }

    [Theory]
    [InlineData("both", TextAlignment.Justify)]
    [InlineData("distribute", TextAlignment.Justify)]
    [InlineData("center", TextAlignment.Center)]
    [InlineData("right", TextAlignment.Right)]
    [InlineData("end", TextAlignment.Right)]
    [InlineData("start", TextAlignment.Left)]
    [InlineData("left", TextAlignment.Left)]
    public void Alignment_values(string jc, TextAlignment expected)
    {
        new DocxBuilder().Paragraph("x", new ParaProps { Align = jc }).Read().Blocks[0].Format!.Alignment.Should().Be(expected);
    }

    [Fact]
    public void Indents_spacing_and_line_spacing()
    {
        var doc = new DocxBuilder()
            .Paragraph("a", new ParaProps { FirstLineCm = 1.27, LeftCm = 1, BeforePt = 6, AfterPt = 12, LineMultiple = 1.5 })
            .Paragraph("b", new ParaProps { HangingCm = 0.5, LinePt = 18 })
            .Paragraph("c", new ParaProps { LinePt = 15, AtLeast = true, BeforeLines = 100 })
            .Paragraph("d", new ParaProps { BeforeAuto = true })
            .Read();
        doc.Blocks[0].Format!.Should().Match<ParagraphFormat>(p => p.FirstLineIndentCm == 1.27 && p.LeftIndentCm == 1 && p.SpacingBeforePoints == 6 && p.SpacingAfterPoints == 12 && p.LineSpacingMultiple == 1.5 && p.LineSpacingPoints == null);
        doc.Blocks[1].Format!.Should().Match<ParagraphFormat>(p => p.FirstLineIndentCm == -0.5 && p.LineSpacingPoints == 18 && p.LineSpacingIsMinimum == false && p.LineSpacingMultiple == null);
        doc.Blocks[2].Format!.Should().Match<ParagraphFormat>(p => p.LineSpacingPoints == 15 && p.LineSpacingIsMinimum == true && p.SpacingBeforePoints == 12);
        doc.Blocks[3].Format!.SpacingBeforePoints.Should().Be(14);
    }

    [Fact]
    public void Paragraph_borders()
    {
        var doc = new DocxBuilder().Paragraph("a", new ParaProps { BottomBorder = true }).Paragraph("b", new ParaProps { TopBorder = true }).Read();
        doc.Blocks[0].Format!.Should().Match<ParagraphFormat>(p => p.BottomBorder == true && p.TopBorder == false);
        doc.Blocks[1].Format!.Should().Match<ParagraphFormat>(p => p.BottomBorder == false && p.TopBorder == true);
    }

    [Fact]
    public void Equal_formats_are_shared_instances()
    {
        var doc = new DocxBuilder().Paragraph("a", run: new RunProps { Bold = true }).Paragraph("b", run: new RunProps { Bold = true }).Read();
        doc.Blocks[0].Runs[0].Format.Should().BeSameAs(doc.Blocks[1].Runs[0].Format);
        doc.Blocks[0].Format.Should().BeSameAs(doc.Blocks[1].Format);
    }

    [Fact]
    public void The_resolver_works_on_its_own()
    {
        var styles = new W.Styles(
            new W.DocDefaults(new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(new W.RunFonts { AsciiTheme = W.ThemeFontValues.MinorHighAnsi, HighAnsiTheme = W.ThemeFontValues.MinorHighAnsi }, new W.FontSize { Val = "26" }))),
            new W.Style(new W.StyleName { Val = "Normal" }) { Type = W.StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new W.Style(new W.StyleName { Val = "Strong" }, new W.StyleRunProperties(new W.Bold())) { Type = W.StyleValues.Character, StyleId = "Strong" });
        var resolver = new StyleResolver(styles, "Times New Roman", "Arial");
        var basis = resolver.ParagraphBase(null);
        var run = resolver.Format(resolver.Resolve(basis, new W.RunProperties(new W.RunStyle { Val = "Strong" })));
        run.Should().Match<RunFormat>(f => f.FontFamily == "Times New Roman" && f.FontSizePoints == 13 && f.Bold == true);
        resolver.StyleName(null).Should().Be("Normal");
    }
}

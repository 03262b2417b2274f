using System.Linq;
using AdminDocs.Docx.Reading;
using AdminDocs.Docx.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Docx.Tests.Reading;

public class NumberingTests
{
    private static readonly NumberingLevel[] ReportLevels =
    {
        new("upperRoman", "%1."),
        new("decimal", "%2."),
        new("lowerLetter", "%3)"),
    };

    private static ParaProps L(int num, int level) => new() { NumId = num, Level = level };

    [Fact]
    public void Labels_are_rendered_and_not_part_of_the_text()
    {
        var doc = new DocxBuilder().Numbering(1, ReportLevels)
            .Paragraph("Kết quả", L(1, 0))
            .Paragraph("Tình hình", L(1, 1))
            .Paragraph("ý một", L(1, 2))
            .Paragraph("ý hai", L(1, 2))
            .Paragraph("Kết quả khác", L(1, 1))
            .Paragraph("ý ba", L(1, 2))
            .Paragraph("Kế hoạch", L(1, 0))
            .Paragraph("Một", L(1, 1))
            .Read();
        doc.Blocks.Select(b => b.ListLabel).Should().Equal("I.", "1.", "a)", "b)", "2.", "a)", "II.", "1.");
        doc.Blocks[0].Text.Should().Be("Kết quả");
    }

    [Fact]
    public void Multi_level_and_legal_labels()
    {
        var doc = new DocxBuilder()
            .Numbering(1, new NumberingLevel("decimal", "%1."), new NumberingLevel("decimal", "%1.%2."))
            .Numbering(2, new NumberingLevel("upperRoman", "%1."), new NumberingLevel("decimal", "%1.%2.", IsLegal: true))
            .Paragraph("a", L(1, 0)).Paragraph("b", L(1, 1)).Paragraph("c", L(1, 1))
            .Paragraph("d", L(2, 0)).Paragraph("e", L(2, 0)).Paragraph("f", L(2, 1))
            .Read();
        doc.Blocks.Select(b => b.ListLabel).Should().Equal("1.", "1.1.", "1.2.", "I.", "II.", "2.1.");
    }

    [Fact]
    public void Bullets_render_their_character()
    {
        var doc = new DocxBuilder()
            .Numbering(1, new NumberingLevel("bullet", "-"), new NumberingLevel("bullet", "\uF0B7"))
            .Paragraph("gạch", L(1, 0)).Paragraph("chấm", L(1, 1)).Read();
        doc.Blocks.Select(b => b.ListLabel).Should().Equal("-", "•");
    }

    [Fact]
    public void Start_values_overrides_and_shared_definitions()
    {
        var doc = new DocxBuilder()
            .Numbering(1, new NumberingLevel("decimal", "%1.", Start: 3))
            .NumberingInstance(5, 1)
            .NumberingInstance(6, 1, (0, 1))
            .Paragraph("a", L(1, 0)).Paragraph("b", L(1, 0))
            .Paragraph("c", L(5, 0))
            .Paragraph("d", L(6, 0)).Paragraph("e", L(6, 0))
            .Read();
        // A second num of the same definition continues it; a start override restarts it.
        doc.Blocks.Select(b => b.ListLabel).Should().Equal("3.", "4.", "5.", "1.", "2.");
    }

    [Fact]
    public void Level_restart_can_be_switched_off()
    {
        var doc = new DocxBuilder()
            .Numbering(1, new NumberingLevel("upperRoman", "%1."), new NumberingLevel("decimal", "%2.", RestartAfter: 0))
            .Paragraph("A", L(1, 0)).Paragraph("1", L(1, 1)).Paragraph("B", L(1, 0)).Paragraph("2", L(1, 1))
            .Read();
        doc.Blocks.Select(b => b.ListLabel).Should().Equal("I.", "1.", "II.", "2.");
    }

    [Fact]
    public void Numbering_from_a_style_and_numId_zero_removes_it()
    {
        var doc = new DocxBuilder()
            .Numbering(1, new NumberingLevel("decimal", "%1.", Para: new ParaProps { LeftCm = 1, HangingCm = 0.5 }))
            .ParagraphStyle("List", "List Number", para: new ParaProps { NumId = 1 })
            .Paragraph("a", new ParaProps { Style = "List" })
            .Paragraph("b", new ParaProps { Style = "List", NumId = 0 })
            .Paragraph("c", new ParaProps { Style = "List" })
            .Read();
        doc.Blocks.Select(b => b.ListLabel).Should().Equal("1.", null, "2.");
        doc.Blocks[0].Format!.LeftIndentCm.Should().Be(1);
        doc.Blocks[0].Format!.FirstLineIndentCm.Should().Be(-0.5);
    }

    [Fact]
    public void The_label_goes_on_the_first_line_only()
    {
        var doc = new DocxBuilder().Numbering(1, new NumberingLevel("decimal", "%1."))
            .Paragraph("một\nhai", L(1, 0)).Read();
        doc.Blocks.Select(b => b.ListLabel).Should().Equal("1.", null);
    }

    [Theory]
    [InlineData(1, "upperRoman", "I")]
    [InlineData(4, "upperRoman", "IV")]
    [InlineData(14, "lowerRoman", "xiv")]
    [InlineData(4, "lowerLetter", "d")]
    [InlineData(27, "upperLetter", "AA")]
    [InlineData(5, "decimalZero", "05")]
    [InlineData(3, "ordinal", "3")]
    public void Number_formats(int value, string format, string expected) =>
        NumberingRenderer.FormatNumber(value, format).Should().Be(expected);
}

using System.Linq;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Docx.Tests.Rules.Typography;

public class DocxTypographyRuleTests
{
    [Theory]
    [InlineData(DocumentProfile.Nd30)]
    [InlineData(DocumentProfile.Hd36)]
    public void The_correct_docx_has_no_page_or_typography_finding(DocumentProfile profile)
    {
        var result = new DocxLayoutReport().Validate(profile);
        var found = DocxLayoutReport.Layout(result);

        result.NotChecked.Should().NotContain(id => id.StartsWith("AD10"));
        found.Should().BeEmpty(DocxLayoutReport.Describe(found));
    }

    [Fact]
    public void The_correct_Tt01_docx_has_its_page_number_in_the_footer_and_no_finding()
    {
        var found = DocxLayoutReport.Layout(new DocxLayoutReport { PageNumberInHeader = false, PageNumberAlign = "right", Font = "Arial" }.Validate(DocumentProfile.Tt01));

        found.Should().BeEmpty(DocxLayoutReport.Describe(found));
    }

    [Fact]
    public void AD1004_a_font_other_than_Times_New_Roman()
    {
        var found = DocxLayoutReport.Layout(new DocxLayoutReport { Font = "Arial" }.Validate());

        found.Should().ContainSingle(DocxLayoutReport.Describe(found)).Which.Id.Should().Be("AD1004");
        found[0].Arguments[0].Should().Be("Arial");
    }

    [Fact]
    public void AD1004_a_legacy_font_under_Tt01()
    {
        var found = DocxLayoutReport.Layout(new DocxLayoutReport { BodyFont = ".VnTime", PageNumberInHeader = false, PageNumberAlign = "right" }.Validate(DocumentProfile.Tt01));

        found.Should().ContainSingle(DocxLayoutReport.Describe(found)).Which.MessageKey.Should().Be("AD1004.legacy");
        found[0].Arguments.Should().Equal(".VnTime", "5");
    }

    [Fact]
    public void AD1005_coloured_body_text()
    {
        var found = DocxLayoutReport.Layout(new DocxLayoutReport { BodyColor = "1F4E79" }.Validate());

        found.Should().ContainSingle(DocxLayoutReport.Describe(found)).Which.Id.Should().Be("AD1005");
        found[0].Arguments.Should().Equal("#1F4E79", "5");
    }

    [Fact]
    public void AD1009_left_aligned_body()
    {
        var found = DocxLayoutReport.Layout(new DocxLayoutReport { Body = new DocxLayoutReport().Body with { Align = "left" } }.Validate());

        found.Should().ContainSingle(DocxLayoutReport.Describe(found)).Which.MessageKey.Should().Be("AD1009.many");
        found[0].Arguments.Should().Equal("5", "5");
        found[0].Location!.Part.Should().Be("word/document.xml");
    }

    [Fact]
    public void AD1010_no_first_line_indent()
    {
        var found = DocxLayoutReport.Layout(new DocxLayoutReport { Body = new DocxLayoutReport().Body with { FirstLineCm = null } }.Validate());

        found.Should().ContainSingle(DocxLayoutReport.Describe(found)).Which.MessageKey.Should().Be("AD1010.many");
        found[0].Arguments[2].Should().Be("0");
    }

    [Fact]
    public void AD1011_a_13_pt_paragraph_in_a_14_pt_body_and_a_12_pt_body()
    {
        var mixed = DocxLayoutReport.Layout(new DocxLayoutReport { OddBodySize = 13 }.Validate());
        mixed.Should().ContainSingle(DocxLayoutReport.Describe(mixed)).Which.MessageKey.Should().Be("AD1011.mixed");

        var small = DocxLayoutReport.Layout(new DocxLayoutReport { BodySize = 12 }.Validate());
        small.Should().ContainSingle(DocxLayoutReport.Describe(small)).Which.MessageKey.Should().Be("AD1011.many");
    }

    [Fact]
    public void AD1012_no_space_between_paragraphs()
    {
        var found = DocxLayoutReport.Layout(new DocxLayoutReport { Body = new DocxLayoutReport().Body with { BeforePt = 0, AfterPt = 0 } }.Validate());

        found.Should().ContainSingle(DocxLayoutReport.Describe(found)).Which.MessageKey.Should().Be("AD1012.many");
        found[0].Arguments.Should().Equal("4", "4", "0");
    }

    [Fact]
    public void AD1013_double_spacing_and_exactly_15_pt()
    {
        var loose = DocxLayoutReport.Layout(new DocxLayoutReport { Body = new DocxLayoutReport().Body with { LineMultiple = 2 } }.Validate());
        loose.Should().ContainSingle(DocxLayoutReport.Describe(loose)).Which.Arguments.Should().Equal("5", "5", "2", "× 2");

        var exact = new DocxLayoutReport { Body = new DocxLayoutReport().Body with { LineMultiple = null, LinePt = 15 } };
        DocxLayoutReport.Layout(exact.Validate()).Should().ContainSingle().Which.Id.Should().Be("AD1013");
        exact.PageNumberInHeader = false;
        exact.PageNumberAlign = "right";
        DocxLayoutReport.Layout(exact.Validate(DocumentProfile.Tt01)).Should().BeEmpty("Thông tư 01 allows exactly 15 pt");
    }

    [Fact]
    public void AD1014_swapped_header_columns()
    {
        var found = DocxLayoutReport.Layout(new DocxLayoutReport { SwapHeaderColumns = true }.Validate());

        found.Should().OnlyContain(d => d.Id == "AD1014", DocxLayoutReport.Describe(found));
        found.Select(d => d.ModelPath).Should().Contain(new[] { "nationalTitle", "issuingAgency", "number", "placeDate" });
    }
}

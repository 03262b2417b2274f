using AdminDocs.Docx.Tests.Rules.Typography;
using AdminDocs.Docx.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Docx.Tests.Rules.Page;

public class DocxPageRuleTests
{
    private static Diagnostic[] Layout(DocxLayoutReport report, DocumentProfile? profile = null) =>
        DocxLayoutReport.Layout(report.Validate(profile));

    [Fact]
    public void AD1001_good_A4_and_A5_letter_of_introduction_under_Tt01()
    {
        Layout(new DocxLayoutReport()).Should().NotContain(d => d.Id == "AD1001");
        var a5 = new DocxLayoutReport { Title = "GIẤY GIỚI THIỆU", Paper = (148, 210), PageNumberInHeader = false, PageNumberAlign = "right" };
        Layout(a5, DocumentProfile.Tt01).Should().NotContain(d => d.Id == "AD1001");
    }

    [Fact]
    public void AD1001_bad_US_Letter()
    {
        var found = Layout(new DocxLayoutReport { Paper = (215.9, 279.4) });

        found.Should().ContainSingle(DocxLayoutReport.Describe(found)).Which.MessageKey.Should().Be("AD1001.letter");
    }

    [Fact]
    public void AD1002_good_landscape_with_a_wide_table_bad_without()
    {
        Layout(new DocxLayoutReport { Landscape = true, WideTable = true }).Should().NotContain(d => d.Id == "AD1002");
        var found = Layout(new DocxLayoutReport { Landscape = true });
        found.Should().ContainSingle(d => d.Id == "AD1002", DocxLayoutReport.Describe(found));
    }

    [Fact]
    public void AD1003_bad_Word_default_margins()
    {
        var found = Layout(new DocxLayoutReport { Margins = (25.4, 25.4, 31.75, 31.75) });

        found.Should().ContainSingle(DocxLayoutReport.Describe(found)).Which.MessageKey.Should().Be("AD1003.right");
        found[0].Arguments[0].Should().BeOneOf("31.75", "31.8");
    }

    [Fact]
    public void AD1006_bad_footer_under_Nd30_and_header_under_Tt01()
    {
        var nd30 = Layout(new DocxLayoutReport { PageNumberInHeader = false, PageNumberAlign = "right" });
        nd30.Should().ContainSingle(DocxLayoutReport.Describe(nd30)).Which.MessageKey.Should().Be("AD1006");

        var tt01 = Layout(new DocxLayoutReport(), DocumentProfile.Tt01);
        tt01.Should().ContainSingle(DocxLayoutReport.Describe(tt01)).Which.MessageKey.Should().Be("AD1006.tt01-header");
    }

    [Fact]
    public void AD1006_bad_header_not_centered()
    {
        var found = Layout(new DocxLayoutReport { PageNumberAlign = "right" });

        found.Should().ContainSingle(DocxLayoutReport.Describe(found)).Which.MessageKey.Should().Be("AD1006.not-centered");
    }

    [Fact]
    public void AD1007_bad_page_number_on_page_1()
    {
        var found = Layout(new DocxLayoutReport { TitlePage = false });

        found.Should().ContainSingle(DocxLayoutReport.Describe(found)).Which.Id.Should().Be("AD1007");
    }

    [Fact]
    public void AD1008_bad_roman_small_italic_page_numbers()
    {
        var found = Layout(new DocxLayoutReport { PageNumberFormat = "upperRoman", PageNumberRun = new RunProps { Size = 10, Italic = true } });

        found.Should().HaveCount(3, DocxLayoutReport.Describe(found)).And.OnlyContain(d => d.Id == "AD1008");
    }
}

using System.IO;
using System.Linq;
using AdminDocs.Html.Tests.TestSupport;
using AdminDocs.Sources;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Html.Tests.Writing;

/// <summary>What the writer's stylesheet says, read back by the reader, satisfies the layout rules of Phụ lục I.</summary>
public class WrittenLayoutTests
{
    [Fact]
    public void A_correct_report_written_as_html_passes_the_layout_and_page_rules()
    {
        var document = HtmlTest.FromText(File.ReadAllText(HtmlTest.Asset("samples/bao-cao-mau-nd30.txt")));
        var html = HtmlTest.Write(document);
        var validator = Validator.CreateBuilder().AddHtml().Build();

        var result = validator.Validate(new MemoryStream(HtmlTest.Utf8(html)), "bao-cao.html");

        result.NotChecked.Should().BeEmpty("the page states its size, margins and page numbers");
        result.Diagnostics.Select(d => $"{d.Id} {d.GetMessage(MessageLanguage.English)}").Should().BeEmpty();
        var page = result.Document.Source!.Sections.Should().ContainSingle().Subject;
        (page.PaperWidthMm, page.PaperHeightMm, page.MarginTopMm, page.MarginRightMm, page.MarginBottomMm, page.MarginLeftMm)
            .Should().Be((210.0, 297.0, 20.0, 15.0, 20.0, 30.0));
        page.DifferentFirstPage.Should().BeTrue();
        page.PageNumbers.Should().ContainSingle().Which.Should().BeEquivalentTo(new PageNumberField { InHeader = true, Alignment = TextAlignment.Center, Format = new RunFormat { FontFamily = "Times New Roman", FontSizePoints = 14, Bold = false, Italic = false } });
    }
}

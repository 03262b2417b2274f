using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using AdminDocs.Html.Tests.TestSupport;
using AdminDocs.Json;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Html.Tests.Fixtures;

/// <summary>
/// HTML that real producers wrote (tests/AdminDocs.TestAssets/html, see its README): LibreOffice, pandoc, Word's
/// "Web Page, Filtered" dialect and a government portal's table layout. What each recognizes to and every diagnostic
/// it gets are approved in golden files next to this test.
/// </summary>
public class RealProducerFixtureTests
{
    private static readonly Validator Validator = Validator.CreateBuilder().AddHtml().Build();

    private static JsonNode Report(string relativePath)
    {
        var result = Validator.ValidateFile(HtmlTest.Asset(relativePath));
        var json = JsonNode.Parse(ValidationJson.ToJson(new[] { result with { Path = relativePath } }, MessageLanguage.English))!;
        return json["files"]![0]!;
    }

    [Theory]
    [InlineData("libreoffice-mau-nd30")]
    [InlineData("libreoffice-sgtvt-2019")]
    [InlineData("pandoc-docx-mau-nd30")]
    [InlineData("pandoc-markdown-mau-nd30")]
    [InlineData("word-filtered-mau-nd30")]
    [InlineData("portal-table-layout")]
    public void Each_fixture_recognizes_and_validates_as_approved(string name)
    {
        var file = Report("html/" + name + ".html");
        var result = Validator.ValidateFile(HtmlTest.Asset("html/" + name + ".html"));
        GoldenFile.Verify(Dump.Of(result.Document) + "\n" + HtmlTest.Outline(result.Document.Source!) + "\n", name + ".outline");
        GoldenFile.Verify(file.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n", name, "json");
    }

    [Theory]
    [InlineData("html/word-filtered-mau-nd30.html")]
    [InlineData("html/pandoc-docx-mau-nd30.html")]
    public void A_sample_published_as_html_recognizes_exactly_as_its_text_version(string html)
    {
        var fromHtml = Report(html);
        var fromText = Report("samples/bao-cao-mau-nd30.txt");
        fromHtml["document"]!.ToJsonString().Should().Be(fromText["document"]!.ToJsonString());
        fromHtml["profile"]!.GetValue<string>().Should().Be(fromText["profile"]!.GetValue<string>());
    }

    [Fact]
    public void Layout_and_page_facts_come_from_the_page()
    {
        var source = new HtmlReader().Read(File.OpenRead(HtmlTest.Asset("html/word-filtered-mau-nd30.html")), "w.html", AdminDocs.Reading.ReaderLimits.Default, default);
        source.Supplies(Sources.SourceFacts.Layout | Sources.SourceFacts.Page).Should().BeTrue();
        var page = source.Sections.Should().ContainSingle().Subject;
        page.PaperWidthMm.Should().BeApproximately(210, 0.1);
        page.PaperHeightMm.Should().BeApproximately(297, 0.1);
        (page.MarginTopMm, page.MarginRightMm, page.MarginBottomMm, page.MarginLeftMm).Should().Be((20.0, 15.0, 20.0, 30.0));
        var national = source.Blocks.Single(b => b.Text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        national.Runs.Should().ContainSingle().Which.Format.Should().Be(new Sources.RunFormat { FontFamily = "Times New Roman", FontSizePoints = 12, Bold = true, Italic = false, Underline = false, AllCaps = false });
        national.Cell.Should().Be(new Sources.TableCellPosition(0, 0, 1) { ColumnCount = 2, WidthMm = 100, HasBorders = false });
        national.Format!.Alignment.Should().Be(Sources.TextAlignment.Center);
        source.Lines.Select(l => l.LengthMm).Should().Equal(20.1, 60.3, 40);

        var pandoc = Validator.ValidateFile(HtmlTest.Asset("html/pandoc-markdown-mau-nd30.html"));
        pandoc.Document.Source!.Supplies(Sources.SourceFacts.Page).Should().BeFalse("pandoc states no @page size or margins");
        pandoc.NotChecked.Should().Contain("AD1001");
    }
}

using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using AdminDocs.Cli.Tests.Support;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests;

/// <summary>
/// --format html: one self-contained page with a summary, each document rendered from what its reader saw, and
/// every finding shown once — at its paragraph when it has a location, above the sheet when it has none.
/// </summary>
public class HtmlReportTests
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "TestAssets", "samples");
    private static readonly string Docx = Path.Combine(AppContext.BaseDirectory, "TestAssets", "docx");

    private static (IDocument Html, JsonDocument Json) Validate(TempFolder temp, params string[] files)
    {
        var html = InProcess.Run(CommandLineApp.ToolValidator, new[] { "validate", "--format", "html", "-o", Path.Combine(temp.Path, "r.html") }.Concat(files).ToArray());
        html.ExitCode.Should().BeLessThanOrEqualTo(1, html.ToString());
        var json = InProcess.Run(CommandLineApp.ToolValidator, new[] { "validate", "--format", "json" }.Concat(files).ToArray());
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(temp.Path, "r.html")));
        return (page, JsonDocument.Parse(json.Stdout));
    }

    [Fact]
    public void Every_finding_of_every_file_appears_once_and_located_findings_sit_on_their_paragraph()
    {
        using var temp = new TempFolder();
        var files = new[]
        {
            Path.Combine(Samples, "bao-cao-sgtvt-binh-dinh-2019.txt"),
            Path.Combine(Samples, "bao-cao-mau-nd30.txt"),
            Path.Combine(Docx, "sgtvt-2019-office-tables.docx"),
            Path.Combine(Docx, "pandoc-markdown.docx"),
        };
        var (page, json) = Validate(temp, files);

        var sections = page.QuerySelectorAll("section.file");
        sections.Should().HaveCount(files.Length);
        var jsonFiles = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        for (var i = 0; i < files.Length; i++)
        {
            var expected = jsonFiles[i].GetProperty("diagnostics").EnumerateArray()
                .Select(d => d.GetProperty("id").GetString()!).OrderBy(x => x, StringComparer.Ordinal).ToList();
            var shown = sections[i].QuerySelectorAll("li[data-rule]").Select(li => li.GetAttribute("data-rule")!).OrderBy(x => x, StringComparer.Ordinal).ToList();
            shown.Should().Equal(expected, "file {0} shows each of its findings exactly once", files[i]);

            foreach (var d in jsonFiles[i].GetProperty("diagnostics").EnumerateArray())
            {
                var located = d.TryGetProperty("location", out var loc) && loc.ValueKind == JsonValueKind.Object
                    && (loc.TryGetProperty("line", out var l) && l.ValueKind == JsonValueKind.Number
                        || loc.TryGetProperty("paragraph", out var p) && p.ValueKind == JsonValueKind.Number);
                if (located)
                {
                    var id = d.GetProperty("id").GetString();
                    sections[i].QuerySelectorAll(".blk.hit li[data-rule='" + id + "']").Should().NotBeEmpty("{0} in {1} has a location", id, files[i]);
                }
            }
        }

        // The summary table: one row per file with the same counts as the JSON report.
        var rows = page.QuerySelectorAll("table[data-summary='files'] tbody tr");
        rows.Should().HaveCount(files.Length);
        for (var i = 0; i < files.Length; i++)
        {
            var cells = rows[i].QuerySelectorAll("td").Select(c => c.TextContent).ToList();
            var severities = jsonFiles[i].GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("severity").GetString()).ToList();
            cells[3].Should().Be(severities.Count(s => s == "error").ToString(System.Globalization.CultureInfo.InvariantCulture));
            cells[4].Should().Be(severities.Count(s => s == "warning").ToString(System.Globalization.CultureInfo.InvariantCulture));
            cells[5].Should().Be(severities.Count(s => s == "info").ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void The_page_renders_what_the_reader_saw_with_its_formatting_and_keeps_every_character()
    {
        using var temp = new TempFolder();
        var (page, _) = Validate(temp, Path.Combine(Docx, "mau-nd30-layout.docx"));

        var sheet = page.QuerySelector(".sheet")!;
        sheet.GetAttribute("data-format").Should().Be("docx");
        var header = sheet.QuerySelector("table.layout")!;
        header.TextContent.Should().Contain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").And.Contain("Độc lập - Tự do - Hạnh phúc");
        sheet.QuerySelectorAll("p[style*='text-align:center']").Should().NotBeEmpty();
        sheet.QuerySelectorAll("span[style*='font-weight:bold']").Select(s => s.TextContent).Should().Contain(t => t.Contains("BÁO CÁO", StringComparison.Ordinal));

        var source = CommandLineApp.ToolValidator.ValidateFile(Path.Combine(Docx, "mau-nd30-layout.docx")).Source!;
        var shown = string.Concat(sheet.QuerySelectorAll(".blk > p").Select(p => p.TextContent));
        foreach (var block in source.Blocks)
        {
            shown.Should().Contain(block.Text, "block {0} is shown", block.Index);
        }
    }

    [Fact]
    public void Text_from_the_document_is_escaped_everywhere_and_the_page_needs_nothing_from_outside()
    {
        using var temp = new TempFolder();
        var hostile = "<script>alert(1)</script>";
        var attr = "\"><img src=x onerror=alert(2)>";
        var file = temp.Write(
            "x\"><img src=y onerror=alert(3)>.txt",
            $"""
            UBND TỈNH {hostile}
            SỞ {attr}
            Số: 01/BC-{attr}
            Hà Nội, ngày 05 tháng 3 năm 2025

            BÁO CÁO
            {hostile} về {attr}

            Nội dung {hostile} và {attr}.
            """);

        var (page, _) = Validate(temp, file);

        page.QuerySelectorAll("script, img, iframe, object, embed, link, base").Should().BeEmpty();
        page.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Should().BeEmpty();
        page.All.Where(e => e.HasAttribute("src")).Should().BeEmpty();
        page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Should().OnlyContain(h => h.StartsWith('#'));
        page.Body!.TextContent.Should().Contain(hostile).And.Contain(attr);
        page.QuerySelector("section.file")!.GetAttribute("data-path").Should().EndWith("x\"><img src=y onerror=alert(3)>.txt");
    }

    [Fact]
    public void English_labels_with_lang_en_and_no_findings_gives_an_empty_rule_table()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(Samples, "bao-cao-mau-nd30.txt");
        var run = InProcess.Run(CommandLineApp.ToolValidator, "validate", "--format", "html", "--lang", "en", file);
        run.ExitCode.Should().Be(0, run.ToString());
        var page = new HtmlParser().ParseDocument(run.Stdout);

        page.DocumentElement.GetAttribute("lang").Should().Be("en");
        page.QuerySelector("h1")!.TextContent.Should().Be("Validation report");
        page.QuerySelector("table[data-summary='rules']").Should().BeNull();
        page.QuerySelectorAll("li[data-rule]").Should().BeEmpty();
        page.QuerySelectorAll(".sheet .blk").Should().NotBeEmpty();
    }
}

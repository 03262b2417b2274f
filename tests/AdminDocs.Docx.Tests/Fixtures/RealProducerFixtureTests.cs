using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using AdminDocs.Json;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Docx.Tests.Fixtures;

/// <summary>
/// The .docx files real producers wrote (tests/AdminDocs.TestAssets/docx, see its README): what each recognizes
/// to and every diagnostic it gets are approved in a golden file next to this test, and the two samples laid out
/// in .docx recognize exactly as their text versions.
/// </summary>
public class RealProducerFixtureTests
{
    private static readonly Validator Validator = Validator.CreateBuilder().AddDocx().Build();

    private static string Asset(string relative) => Path.Combine(AppContext.BaseDirectory, "TestAssets", relative);

    private static JsonNode Report(string relativePath)
    {
        var result = Validator.ValidateFile(Asset(relativePath));
        var json = JsonNode.Parse(ValidationJson.ToJson(new[] { result with { Path = relativePath } }, MessageLanguage.English))!;
        return json["files"]![0]!;
    }

    [Theory]
    [InlineData("sgtvt-2019-office-tables")]
    [InlineData("mau-nd30-layout")]
    [InlineData("header-tabs")]
    [InlineData("auto-numbered-sections")]
    [InlineData("tracked-changes")]
    [InlineData("legacy-font-vntime")]
    [InlineData("pandoc-markdown")]
    public void Each_fixture_recognizes_and_validates_as_approved(string name)
    {
        var file = Report("docx/" + name + ".docx");
        GoldenFile.Verify(file.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n", name, "json");

        // The body tree too (automatic numbering rendered to labels, tracked changes accepted).
        GoldenFile.Verify(Dump.Of(Validator.ValidateFile(Asset("docx/" + name + ".docx")).Document), name + ".outline");
    }

    [Theory]
    [InlineData("docx/sgtvt-2019-office-tables.docx", "samples/bao-cao-sgtvt-binh-dinh-2019.txt")]
    [InlineData("docx/mau-nd30-layout.docx", "samples/bao-cao-mau-nd30.txt")]
    public void A_sample_laid_out_in_docx_recognizes_exactly_as_its_text_version(string docx, string text)
    {
        var fromDocx = Report(docx);
        var fromText = Report(text);
        fromDocx["document"]!.ToJsonString().Should().Be(fromText["document"]!.ToJsonString());
        fromDocx["profile"]!.GetValue<string>().Should().Be(fromText["profile"]!.GetValue<string>());

        // The text rules find the same defects in both; the .docx adds only layout findings.
        string[] TextRuleIds(JsonNode file) => file["diagnostics"]!.AsArray()
            .Select(d => d!["id"]!.GetValue<string>())
            .Where(id => RuleCatalog.Get(id).Needs == Sources.SourceFacts.Text)
            .OrderBy(id => id, StringComparer.Ordinal).ToArray();
        TextRuleIds(fromDocx).Should().Equal(TextRuleIds(fromText));
    }
}

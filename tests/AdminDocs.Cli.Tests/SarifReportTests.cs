using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using AdminDocs.Cli.Tests.Support;
using AdminDocs.Validation;
using FluentAssertions;
using Json.Schema;
using Xunit;

namespace AdminDocs.Cli.Tests;

/// <summary><c>--format sarif</c>: SARIF 2.1.0 logs checked against the official schema, with the rule catalog as
/// metadata and results that point at their rule and place.</summary>
public class SarifReportTests
{
    private static readonly Lazy<JsonSchema> OfficialSchema = new(() =>
    {
        // The file declares draft-04, which JsonSchema.Net does not implement; its keywords read the same in
        // draft-07 (see TestAssets/schemas/README.md), so only the two header keywords are changed: "$schema" says
        // draft-07 and the draft-04 "id" (the schema's own URL, used by no $ref) is dropped.
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestAssets", "schemas", "sarif-schema-2.1.0.json")))!.AsObject();
        node["$schema"] = "http://json-schema.org/draft-07/schema#";
        node.Remove("id").Should().BeTrue();
        return JsonSchema.FromText(node.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    });

    private static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "TestAssets", "samples", name);

    private static void ShouldBeValidSarif(string text)
    {
        var result = OfficialSchema.Value.Evaluate(JsonDocument.Parse(text).RootElement.Clone(), new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        result.IsValid.Should().BeTrue(string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => d.InstanceLocation + ": " + string.Join("; ", d.Errors!.Values)).Take(20)));
    }

    [Fact]
    public void The_log_of_the_real_samples_is_valid_sarif_2_1_0()
    {
        using var temp = new TempFolder();
        File.Copy(SamplePath("bao-cao-sgtvt-binh-dinh-2019.txt"), Path.Combine(temp.Path, "bao cáo 2019.txt"));
        File.Copy(SamplePath("bao-cao-mau-nd30.txt"), Path.Combine(temp.Path, "mau.txt"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "TestAssets", "docx", "mau-nd30-layout.docx"), Path.Combine(temp.Path, "mau.docx"));

        var run = CliProcess.Run(temp.Path, "validate", "--format", "sarif", ".");

        run.ExitCode.Should().Be(1, run.ToString());
        ShouldBeValidSarif(run.Stdout);
        using var log = JsonDocument.Parse(run.Stdout);
        var sarifRun = log.RootElement.GetProperty("runs")[0];
        var results = sarifRun.GetProperty("results").EnumerateArray().ToList();
        results.Should().NotBeEmpty();
        results.Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString())
            .Distinct().Should().Contain("bao%20c%C3%A1o%202019.txt");
        var baseUri = sarifRun.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString();
        baseUri.Should().Be(new Uri(temp.Path + "/").AbsoluteUri);
    }

    [Fact]
    public void Every_rule_of_the_catalog_is_described_with_its_help_uri_and_default_level()
    {
        var results = new[] { Validator.Default.ValidateFile(SamplePath("bao-cao-mau-nd30.txt")) };

        var text = SarifReportWriter.Format(results, MessageLanguage.English, AppContext.BaseDirectory);

        ShouldBeValidSarif(text);
        using var log = JsonDocument.Parse(text);
        var rules = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var catalog = RuleCatalog.All.ToList();
        rules.Select(r => r.GetProperty("id").GetString()).Should().Equal(catalog.Select(d => d.Id));
        foreach (var (rule, descriptor) in rules.Zip(catalog))
        {
            rule.GetProperty("name").GetString().Should().Be(descriptor.Name);
            rule.GetProperty("helpUri").GetString().Should().Be(SarifReportWriter.HelpBaseUri + "docs/rules/" + descriptor.Id + ".md");
            rule.GetProperty("shortDescription").GetProperty("text").GetString().Should().NotBeNullOrWhiteSpace();
            rule.GetProperty("fullDescription").GetProperty("text").GetString().Should().StartWith(descriptor.Description);
            rule.GetProperty("defaultConfiguration").GetProperty("level").GetString().Should().Be(descriptor.DefaultSeverity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "note",
            });
            rule.GetProperty("properties").GetProperty("component").GetString().Should().Be(descriptor.Component);
            rule.GetProperty("properties").GetProperty("legalSource").GetString().Should().Be(descriptor.LegalSource);
        }
    }

    [Theory]
    [InlineData(MessageLanguage.English)]
    [InlineData(MessageLanguage.Vietnamese)]
    public void Every_rule_carries_help_text_and_markdown_in_the_report_language(MessageLanguage language)
    {
        var text = SarifReportWriter.Format([], language, AppContext.BaseDirectory);

        ShouldBeValidSarif(text);
        using var log = JsonDocument.Parse(text);
        var rules = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        rules.Should().HaveCount(RuleCatalog.All.Count());
        foreach (var rule in rules)
        {
            var id = rule.GetProperty("id").GetString()!;
            var descriptor = RuleCatalog.Get(id);
            var help = rule.GetProperty("help");
            var helpText = help.GetProperty("text").GetString();
            var markdown = help.GetProperty("markdown").GetString();
            helpText.Should().NotBeNullOrWhiteSpace(id);
            markdown.Should().NotBeNullOrWhiteSpace(id);

            // The text is exactly what 'admindocs rules ID --lang ..' prints; the Markdown says the same.
            helpText.Should().Be(RuleDocPages.Explain(descriptor, language));
            markdown.Should().StartWith($"**{id} ").And.Contain("\"" + id + "\": \"off\"").And.Contain("```json");
            markdown.Should().NotContain("](../", "no link into the repository: helpUri points at the page");
            markdown.Should().NotContain("<", "plain text is escaped: '<Place>' must not become an HTML tag");
            var fix = language == MessageLanguage.English ? RuleDocs.Find(id)!.FixEn : RuleDocs.Find(id)!.FixVi;
            helpText.Should().Contain(fix);
            rule.GetProperty("helpUri").GetString().Should().Be(SarifReportWriter.HelpBaseUri + descriptor.HelpPath);
        }

        var ad2208 = rules.Single(r => r.GetProperty("id").GetString() == "AD2208").GetProperty("help");
        if (language == MessageLanguage.English)
        {
            ad2208.GetProperty("markdown").GetString().Should().Contain("**How to fix:**").And.Contain("**Bad:**").And.Contain("**Good:**").And.Contain("```text\nSố: ");
            ad2208.GetProperty("text").GetString().Should().Contain("How to fix:").And.Contain("Bad:").And.NotContain("Cách sửa");
        }
        else
        {
            ad2208.GetProperty("markdown").GetString().Should().Contain("**Cách sửa:**").And.Contain("**Sai:**").And.Contain("**Đúng:**").And.NotContain("How to fix");
        }
    }

    [Fact]
    public void The_help_is_what_the_rules_command_prints()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        CommandLineApp.Run(["rules", "AD3001", "--lang", "en"], stdout, stderr).Should().Be(0);

        var text = SarifReportWriter.Format([], MessageLanguage.English, AppContext.BaseDirectory);
        using var log = JsonDocument.Parse(text);
        var rule = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == "AD3001");
        rule.GetProperty("help").GetProperty("text").GetString().Should().Be(stdout.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
        rule.GetProperty("help").GetProperty("markdown").GetString().Should().Contain("&lt;Place&gt;");
    }

    [Fact]
    public void Results_point_at_their_rule_line_column_and_carry_message_component_and_source()
    {
        var result = Validator.Default.ValidateFile(SamplePath("bao-cao-sgtvt-binh-dinh-2019.txt"));
        var directory = Path.GetDirectoryName(SamplePath("x"))!;

        var vi = SarifReportWriter.Format([result], MessageLanguage.Vietnamese, AppContext.BaseDirectory);
        var en = SarifReportWriter.Format([result], MessageLanguage.English, directory);

        ShouldBeValidSarif(vi);
        ShouldBeValidSarif(en);
        using var log = JsonDocument.Parse(en);
        var run = log.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var sarifResults = run.GetProperty("results").EnumerateArray().ToList();
        sarifResults.Should().HaveCount(result.Diagnostics.Length);
        foreach (var (sarif, diagnostic) in sarifResults.Zip(result.Diagnostics))
        {
            sarif.GetProperty("ruleId").GetString().Should().Be(diagnostic.Id);
            rules[sarif.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString().Should().Be(diagnostic.Id);
            sarif.GetProperty("level").GetString().Should().Be(SarifReportWriter.Level(diagnostic.Severity));
            sarif.GetProperty("message").GetProperty("text").GetString().Should().Be(diagnostic.GetMessage(MessageLanguage.English));
            var physical = sarif.GetProperty("locations")[0].GetProperty("physicalLocation");
            physical.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("bao-cao-sgtvt-binh-dinh-2019.txt");
            physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString().Should().Be("%SRCROOT%");
            if (diagnostic.Location?.Line is { } line)
            {
                physical.GetProperty("region").GetProperty("startLine").GetInt32().Should().Be(line);
                physical.GetProperty("region").GetProperty("startColumn").GetInt32().Should().Be(diagnostic.Location.Column!.Value);
            }
            else
            {
                physical.TryGetProperty("region", out _).Should().BeFalse();
            }

            sarif.GetProperty("properties").GetProperty("component").GetString().Should().Be(diagnostic.Descriptor.Component);
            sarif.GetProperty("properties").GetProperty("legalSource").GetString().Should().Be(diagnostic.LegalSource);
        }

        // AD2208 at 3:6, as in the text report; in Vietnamese by default.
        sarifResults.Should().Contain(r => r.GetProperty("ruleId").GetString() == "AD2208");
        vi.Should().Contain("Ký hiệu \\\"SGTVT-VP\\\" phải bắt đầu bằng chữ viết tắt tên loại").And.Contain("\"language\": \"vi\"");
    }

    [Fact]
    public void Standard_input_and_paths_outside_the_current_folder_are_valid_uri_references()
    {
        var result = Validator.Default.ValidateFile(SamplePath("bao-cao-sgtvt-binh-dinh-2019.txt")) with { Path = "<stdin>" };
        using var temp = new TempFolder();

        SarifReportWriter.RelativeUri("<stdin>", temp.Path).Should().Be("%3Cstdin%3E");
        SarifReportWriter.RelativeUri(Path.Combine(temp.Path, "a", "b c.txt"), temp.Path).Should().Be("a/b%20c.txt");
        SarifReportWriter.RelativeUri(Path.Combine(temp.Path, "..", "x.txt"), Path.Combine(temp.Path, "sub")).Should().Be("../../x.txt");
        ShouldBeValidSarif(SarifReportWriter.Format([result], MessageLanguage.Vietnamese, temp.Path));
    }

    [Fact]
    public void An_empty_run_is_still_a_valid_log_with_every_rule()
    {
        var text = SarifReportWriter.Format([], MessageLanguage.English, AppContext.BaseDirectory);

        ShouldBeValidSarif(text);
        using var log = JsonDocument.Parse(text);
        log.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength().Should().Be(0);
        log.RootElement.GetProperty("version").GetString().Should().Be("2.1.0");
    }

    [Fact]
    public void The_schema_check_catches_a_broken_log()
    {
        // The check is not vacuous: a result without a message, or a bad level, is rejected.
        var text = SarifReportWriter.Format([Validator.Default.ValidateFile(SamplePath("bao-cao-sgtvt-binh-dinh-2019.txt"))], MessageLanguage.English, AppContext.BaseDirectory);
        var broken = JsonNode.Parse(text)!;
        broken["runs"]![0]!["results"]![0]!["level"] = "fatal";

        OfficialSchema.Value.Evaluate(JsonDocument.Parse(broken.ToJsonString()).RootElement.Clone()).IsValid.Should().BeFalse();
    }
}

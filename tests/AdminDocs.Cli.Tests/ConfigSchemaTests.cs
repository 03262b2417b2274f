using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using AdminDocs.Configuration;
using AdminDocs.Validation;
using FluentAssertions;
using Json.Schema;
using Xunit;

namespace AdminDocs.Cli.Tests;

/// <summary>docs/schemas/admindocs.schema.json (draft 2020-12), as shipped: the example configuration satisfies it,
/// it allows every rule id and name of the catalog and nothing else, and the tool reads what it allows.</summary>
public class ConfigSchemaTests
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "Shipped");

    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(Shipped, "admindocs.schema.json")), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private static EvaluationResults Evaluate(string json) =>
        Schema.Value.Evaluate(JsonDocument.Parse(json, Lenient).RootElement.Clone(), new EvaluationOptions { OutputFormat = OutputFormat.List });

    [Fact]
    public void The_schema_is_draft_2020_12_and_the_example_refers_to_it()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Shipped, "admindocs.schema.json")));
        schema.RootElement.GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");
        using var example = JsonDocument.Parse(File.ReadAllText(Path.Combine(Shipped, "admindocs.json")), Lenient);
        example.RootElement.GetProperty("$schema").GetString().Should().Be("../schemas/admindocs.schema.json");
    }

    [Fact]
    public void The_example_configuration_is_valid_against_the_schema_and_for_the_tool()
    {
        var text = File.ReadAllText(Path.Combine(Shipped, "admindocs.json"));

        var result = Evaluate(text);
        var config = AdminDocsConfig.Parse(text, Path.Combine(Shipped, "admindocs.json"));

        result.IsValid.Should().BeTrue(string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => d.InstanceLocation + ": " + string.Join("; ", d.Errors!.Values))));
        config.Stage.Should().Be(ValidationStage.Issued);
        config.Rules.Should().ContainKey("AD3106").WhoseValue.Should().Be(DiagnosticSeverity.Error);
        config.Overrides.Should().ContainSingle().Which.Rules.Should().ContainKey("AD2204");
    }

    [Fact]
    public void The_schema_allows_exactly_every_rule_id_and_name_of_the_catalog()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Shipped, "admindocs.schema.json")));
        var allowed = schema.RootElement.GetProperty("$defs").GetProperty("ruleName").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();
        var catalog = RuleCatalog.All.SelectMany(d => new[] { d.Id, d.Name }).ToList();

        allowed.Should().BeEquivalentTo(catalog, "regenerate the enum of docs/schemas/admindocs.schema.json when the catalog changes");
        foreach (var descriptor in RuleCatalog.All)
        {
            Evaluate($$"""{ "rules": { "{{descriptor.Id}}": "off", "{{descriptor.Name}}": "warning" } }""").IsValid.Should().BeTrue(descriptor.Id);
        }
    }

    [Theory]
    [InlineData("""{ "rules": { "AD9999": "off" } }""")]
    [InlineData("""{ "rules": { "AD2208": "disabled" } }""")]
    [InlineData("""{ "rule": {} }""")]
    [InlineData("""{ "profile": "ND31" }""")]
    [InlineData("""{ "ruleOptions": { "allowAcademicTitles": "yes" } }""")]
    [InlineData("""{ "ruleOptions": { "mixedCaseSymbolGroups": "GDTrH" } }""")]
    [InlineData("""{ "overrides": [ { "rules": {} } ] }""")]
    [InlineData("""{ "ignore": ["old/**", 3] }""")]
    public void What_the_tool_rejects_the_schema_rejects_too(string json)
    {
        Evaluate(json).IsValid.Should().BeFalse();
        var parse = () => AdminDocsConfig.Parse(json, "/x/admindocs.json");
        parse.Should().Throw<ConfigException>();
    }
}

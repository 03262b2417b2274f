using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using AdminDocs.Cli.Tests.Support;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests;

/// <summary><c>admindocs rules</c>: the list (text and JSON), the explanation of one rule, unknown rules, and the
/// pages written by <c>--write-docs</c>.</summary>
public class RulesCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var code = CommandLineApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void The_list_has_one_row_per_rule_with_id_name_severity_component_and_source()
    {
        var (code, output, error) = Run("rules", "--lang", "en");
        code.Should().Be(0, error);
        var lines = output.Split('\n');
        lines[0].Should().MatchRegex(@"^ID\s+NAME\s+SEVERITY\s+COMPONENT\s+SOURCE$");
        var rows = lines.Where(l => l.StartsWith("AD", StringComparison.Ordinal)).ToList();
        rows.Should().HaveCount(RuleCatalog.All.Count());
        rows.Should().ContainSingle(l => l.StartsWith("AD2208 ", StringComparison.Ordinal))
            .Which.Should().MatchRegex(@"^AD2208\s+symbol-type-abbreviation\s+error\s+number\s+ND30 PL I, II\.3\.b; PL III$");
        output.Should().Contain($"{RuleCatalog.All.Count()} rules.");
    }

    [Fact]
    public void The_list_speaks_Vietnamese_by_default()
    {
        var (code, output, _) = Run("rules");
        code.Should().Be(0);
        output.Should().StartWith("MÃ").And.Contain("THÀNH PHẦN").And.Contain("CĂN CỨ").And.Contain("quy tắc");
    }

    [Fact]
    public void The_JSON_list_describes_every_rule()
    {
        var (code, output, _) = Run("rules", "--format", "json", "--lang", "en");
        code.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var rules = json.RootElement.GetProperty("rules").EnumerateArray().ToList();
        rules.Select(r => r.GetProperty("id").GetString()).Should().Equal(RuleCatalog.All.Select(d => d.Id));
        var ad1001 = rules.Single(r => r.GetProperty("id").GetString() == "AD1001");
        ad1001.GetProperty("name").GetString().Should().Be("page-size-a4");
        ad1001.GetProperty("severity").GetString().Should().Be("error");
        ad1001.GetProperty("checkedOn").GetString().Should().Be("docx");
        ad1001.GetProperty("source").GetString().Should().Be("ND30 PL I, I.1");
        ad1001.GetProperty("help").GetString().Should().Be("docs/rules/AD1001.md");
        ad1001.GetProperty("profiles").EnumerateArray().Select(p => p.GetString()).Should().Contain("ND30");
    }

    [Fact]
    public void A_rule_is_explained_with_its_source_fix_examples_and_how_to_turn_it_off()
    {
        var (code, output, error) = Run("rules", "AD2208", "--lang", "en");
        code.Should().Be(0, error);
        output.Should().StartWith("AD2208 symbol-type-abbreviation\n")
            .And.Contain("Source:      ND30 PL I, II.3.b; PL III")
            .And.Contain("must start with the type abbreviation", "the message template is shown")
            .And.Contain("How to fix:")
            .And.Contain("Bad:\n    Số: 215/SGTVT-VP")
            .And.Contain("Good:\n    Số: 215/BC-SGTVT")
            .And.Contain("\"AD2208\": \"off\"")
            .And.Contain("docs/rules/AD2208.md");
    }

    [Fact]
    public void A_rule_is_found_by_name_and_in_any_case_and_explained_in_Vietnamese()
    {
        var byName = Run("rules", "symbol-type-abbreviation");
        var byLowerId = Run("rules", "ad2208");
        byName.Code.Should().Be(0);
        byName.Out.Should().Be(byLowerId.Out);
        byName.Out.Should().Contain("Cách sửa:").And.Contain("Sai:").And.Contain("Đúng:").And.Contain("Căn cứ:");
    }

    [Fact]
    public void The_JSON_explanation_has_the_fix_the_examples_and_the_config_to_turn_it_off()
    {
        var (code, output, _) = Run("rules", "AD5105", "--format", "json", "--lang", "en");
        code.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("id").GetString().Should().Be("AD5105");
        root.GetProperty("fix").GetString().Should().Contain("Lưu: VT, VP.");
        root.GetProperty("example").GetProperty("bad").GetString().Should().Be("- Lưu VT, VP");
        root.GetProperty("turnOff").GetProperty("rules").GetProperty("AD5105").GetString().Should().Be("off");
        root.GetProperty("messages").EnumerateArray().Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("AD2280", "AD2208 (symbol-type-abbreviation)")]
    [InlineData("symbol-type-abreviation", "AD2208 (symbol-type-abbreviation)")]
    [InlineData("page-margin", "AD1003 (page-margins)")]
    public void An_unknown_rule_exits_2_with_suggestions(string typed, string suggestion)
    {
        var (code, output, error) = Run("rules", typed);
        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain($"'{typed}' is not a rule id or name").And.Contain("Did you mean " + suggestion);
    }

    [Fact]
    public void Nonsense_gets_no_suggestion_but_still_the_hint()
    {
        var (code, _, error) = Run("rules", "zzzzzzzzzzzz");
        code.Should().Be(2);
        error.Should().NotContain("Did you mean").And.Contain("Run 'admindocs rules' for the list.");
    }

    [Fact]
    public void Write_docs_writes_the_index_and_one_page_per_rule()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "rules");
        var (code, output, _) = Run("rules", "--write-docs", target);
        code.Should().Be(0);
        output.Should().Contain($"Wrote {RuleCatalog.All.Count() + 1} files");
        File.ReadAllText(Path.Combine(target, "README.md")).Should().Contain("[AD2208](AD2208.md)");
        File.ReadAllText(Path.Combine(target, "AD2208.md")).Should().Contain("# AD2208 symbol-type-abbreviation");
    }

    [Fact]
    public void Write_docs_into_a_file_path_is_an_IO_error()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "a-file");
        File.WriteAllText(file, "x");
        var (code, _, error) = Run("rules", "--write-docs", file);
        code.Should().Be(2);
        error.Should().Contain("cannot write the rule pages");
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var (code, _, error) = Run("rules", "--bogus");
        code.Should().Be(2);
        error.Should().Contain("--bogus");
    }

    [Fact]
    public void The_real_tool_explains_a_rule_from_its_embedded_explanations()
    {
        var run = CliProcess.Run(null, "rules", "AD3003", "--lang", "en");
        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().Contain("AD3003 date-day-leading-zero").And.Contain("Bình Định, ngày 5 tháng 12 năm 2024");
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AdminDocs.Cli.Tests.Support;
using AdminDocs.Configuration;
using AdminDocs.Docx;
using AdminDocs.Html;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests;

/// <summary><c>admindocs.json</c>: found by walking up from each file (or <c>--config</c>), applied to the real
/// rules, and every mistake in it reported with the file, the JSON path and the valid choices (exit 2).</summary>
public class ConfigTests
{
    private static readonly string OldReport =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestAssets", "samples", "bao-cao-sgtvt-binh-dinh-2019.txt"));

    private static readonly string GoodReport =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestAssets", "samples", "bao-cao-mau-nd30.txt"));

    private static string[] Ids(CliRun run) =>
        run.StdoutLines.Where(l => !l.StartsWith("== ", StringComparison.Ordinal) && l.Contains(": ", StringComparison.Ordinal) && l.Contains(" AD", StringComparison.Ordinal))
            .Select(l => l.Split(' ').First(w => w.StartsWith("AD", StringComparison.Ordinal) && w.Length == 6))
            .ToArray();

    [Fact]
    public void Rules_are_turned_off_or_regraded_by_id_or_name()
    {
        using var temp = new TempFolder();
        temp.Write("bao-cao.txt", OldReport);
        temp.Write("admindocs.json", """
            {
              // comments and trailing commas are allowed
              "rules": { "AD2001": "off", "motto-missing": "off", "subject-case": "error", "AD6001": "info", },
            }
            """);

        var run = CliProcess.Run(temp.Path, "validate", "bao-cao.txt");

        run.ExitCode.Should().Be(1, run.ToString());
        Ids(run).Should().NotContain(["AD2001", "AD2004"]);
        run.Stdout.Should().Contain("bao-cao.txt:8:1: error AD3106 subject-case:")
            .And.Contain("bao-cao.txt:71:11: info AD6001 punctuation-spacing:");
        run.StdoutLines.Last().Should().Be("1 file: 3 errors, 0 warnings, 4 infos");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_search_stops_at_the_root_of_the_repository(bool gitFolder)
    {
        using var temp = new TempFolder();
        temp.Write("admindocs.json", "{ not json: this config is outside the repository }");
        if (gitFolder)
        {
            Directory.CreateDirectory(Path.Combine(temp.Path, "repo", ".git"));
        }
        else
        {
            temp.Write("repo/.git", "gitdir: /elsewhere/.git/worktrees/repo"); // a worktree or a submodule
        }

        temp.Write("repo/van-ban/bao-cao.txt", OldReport);

        var outside = CliProcess.Run(Path.Combine(temp.Path, "repo"), "validate", "van-ban/bao-cao.txt");
        outside.ExitCode.Should().Be(1, "the broken config above the repository is never read\n" + outside);
        Ids(outside).Should().Contain("AD2001");

        temp.Write("repo/admindocs.json", """{ "rules": { "AD2001": "off" } }""");
        var atRoot = CliProcess.Run(Path.Combine(temp.Path, "repo"), "validate", "van-ban/bao-cao.txt");
        atRoot.ExitCode.Should().Be(1, atRoot.ToString());
        Ids(atRoot).Should().NotContain("AD2001", "the config at the repository root is found");
    }

    [Fact]
    public void The_nearest_config_walking_up_wins_and_configs_are_not_merged()
    {
        using var temp = new TempFolder();
        temp.Write("admindocs.json", """{ "rules": { "AD2208": "off" } }""");
        temp.Write("top.txt", OldReport);
        temp.Write("a/b/deep.txt", OldReport);
        temp.Write("a/admindocs.json", """{ "rules": { "AD2101": "off" } }""");
        temp.Write("c/other.txt", OldReport);

        var run = CliProcess.Run(temp.Path, "validate", "--format", "json", ".");

        run.ExitCode.Should().Be(1, run.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(run.Stdout);
        var ids = json.RootElement.GetProperty("files").EnumerateArray().ToDictionary(
            f => f.GetProperty("path").GetString()!,
            f => f.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToList());
        ids["./a/b/deep.txt"].Should().Contain("AD2208").And.NotContain("AD2101");
        ids["./c/other.txt"].Should().Contain("AD2101").And.NotContain("AD2208");
        ids["./top.txt"].Should().Contain("AD2101").And.NotContain("AD2208");
    }

    [Fact]
    public void Config_option_is_used_for_every_file_instead_of_the_search()
    {
        using var temp = new TempFolder();
        temp.Write("admindocs.json", """{ "rules": { "AD2208": "off" } }""");
        temp.Write("bao-cao.txt", OldReport);
        temp.Write("ci/strict.json", """{ "rules": { "AD3008": "error" } }""");

        var run = CliProcess.Run(temp.Path, "validate", "--config", "ci/strict.json", "bao-cao.txt");

        run.Stdout.Should().Contain("error AD2208").And.Contain("bao-cao.txt:5:16: error AD3008 date-blank:");
    }

    [Fact]
    public void Profile_stage_and_lang_come_from_the_config_and_the_command_line_wins()
    {
        using var temp = new TempFolder();
        temp.Write("bao-cao.txt", OldReport);
        temp.Write("admindocs.json", """{ "profile": "ND30", "stage": "issued", "lang": "en" }""");

        var fromConfig = CliProcess.Run(temp.Path, "validate", "bao-cao.txt");
        var overridden = CliProcess.Run(temp.Path, "validate", "--profile", "TT01", "--stage", "draft", "--lang", "vi", "bao-cao.txt");

        fromConfig.Stdout.Should().Contain("bao-cao.txt:3:5: error AD2202 number-blank: The number is left blank");
        fromConfig.Stdout.Should().Contain("bao-cao.txt:5:16: error AD3008 date-blank:");
        overridden.Stdout.Should().Contain("bao-cao.txt:3:5: info AD2202 number-blank: Số văn bản còn để trống");
        var json = CliProcess.Run(temp.Path, "validate", "--format", "json", "bao-cao.txt").Stdout;
        json.Should().Contain("\"profile\": \"ND30\"").And.Contain("\"stage\": \"issued\"");
        CliProcess.Run(temp.Path, "validate", "--format", "json", "--profile", "auto", "bao-cao.txt").Stdout.Should().Contain("\"profile\": \"TT01\"");
    }

    [Fact]
    public void Ignore_patterns_skip_files_and_overrides_suppress_rules_per_path()
    {
        using var temp = new TempFolder();
        temp.Write("admindocs.json", """
            {
              "ignore": ["mau/**", "**/*.nhap.txt"],
              "overrides": [
                { "files": ["luu-tru/**"], "rules": { "AD2208": "off", "AD3106": "error" } },
                { "files": ["luu-tru/2019/*.txt"], "rules": { "AD3106": "off" } }
              ]
            }
            """);
        temp.Write("mau/template.txt", OldReport);
        temp.Write("moi/bao-cao.nhap.txt", OldReport);
        temp.Write("moi/bao-cao.txt", OldReport);
        temp.Write("luu-tru/2018/a.txt", OldReport);
        temp.Write("luu-tru/2019/b.txt", OldReport);

        var run = CliProcess.Run(temp.Path, "validate", ".");

        var headers = run.StdoutLines.Where(l => l.StartsWith("== ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1]).ToList();
        headers.Should().Equal("./luu-tru/2018/a.txt", "./luu-tru/2019/b.txt", "./moi/bao-cao.txt");
        run.Stdout.Should().Contain("./moi/bao-cao.txt:3:6: error AD2208")
            .And.NotContain("./luu-tru/2018/a.txt:3:6: error AD2208")
            .And.Contain("./luu-tru/2018/a.txt:8:1: error AD3106")
            .And.NotContain("./luu-tru/2019/b.txt:8:1:")
            .And.Contain("./moi/bao-cao.txt:8:1: warning AD3106");
    }

    [Fact]
    public void Known_abbreviations_feed_AD2210_and_academic_titles_AD5008()
    {
        using var temp = new TempFolder();
        var signed = GoodReport.Replace("**Đỗ Nguyên Đức**", "**TS. Đỗ Nguyên Đức**", StringComparison.Ordinal);
        temp.Write("bao-cao.txt", signed);
        var before = CliProcess.Run(temp.Path, "validate", "--lang", "en", "bao-cao.txt");
        temp.Write("admindocs.json", """{ "ruleOptions": { "knownAbbreviations": ["XYZ"], "allowAcademicTitles": true } }""");

        var after = CliProcess.Run(temp.Path, "validate", "--lang", "en", "bao-cao.txt");

        signed.Should().NotBe(GoodReport, "the sample is signed by Đỗ Nguyên Đức");
        Ids(before).Should().Contain("AD5008").And.NotContain("AD2210");
        Ids(after).Should().Contain("AD2210").And.NotContain("AD5008");
    }

    [Fact]
    public void Mixed_case_symbol_groups_feed_AD2207()
    {
        using var temp = new TempFolder();
        temp.Write("bao-cao.txt", GoodReport.Replace("Số: 215/BC-SGTVT", "Số: 215/BC-SGTVTt", StringComparison.Ordinal));
        var before = CliProcess.Run(temp.Path, "validate", "--lang", "en", "bao-cao.txt");
        temp.Write("admindocs.json", """{ "ruleOptions": { "mixedCaseSymbolGroups": ["SGTVTt"] } }""");

        var after = CliProcess.Run(temp.Path, "validate", "--lang", "en", "bao-cao.txt");

        Ids(before).Should().Contain("AD2207");
        Ids(after).Should().NotContain("AD2207");
    }

    [Theory]
    [InlineData("""{ "rule": {} }""", "$.rule: unknown key \"rule\"; valid keys: $schema, profile, stage, lang, rules, ruleOptions, ignore, overrides.")]
    [InlineData("""{ "rules": { "AD9999": "off" } }""", "$.rules.AD9999: unknown rule \"AD9999\"")]
    [InlineData("""{ "rules": { "subject-caps": "off" } }""", "$.rules.subject-caps: unknown rule \"subject-caps\"")]
    [InlineData("""{ "rules": { "AD2208": "disabled" } }""", "$.rules.AD2208: expected one of \"off\", \"error\", \"warning\", \"info\", found the string \"disabled\".")]
    [InlineData("""{ "rules": { "AD2208": false } }""", "$.rules.AD2208: expected one of \"off\", \"error\", \"warning\", \"info\", found false.")]
    [InlineData("""{ "profile": "ND31" }""", "$.profile: expected one of \"auto\", \"ND30\", \"TT01\", \"HD36\", found the string \"ND31\".")]
    [InlineData("""{ "stage": 1 }""", "$.stage: expected one of \"draft\", \"issued\", found the number 1.")]
    [InlineData("""{ "ignore": "old/**" }""", "$.ignore: expected an array of strings, found the string \"old/**\".")]
    [InlineData("""{ "ignore": ["old/**", 3] }""", "$.ignore[1]: expected a string, found the number 3.")]
    [InlineData("""{ "ruleOptions": { "allowAcademicTitles": "yes" } }""", "$.ruleOptions.allowAcademicTitles: expected true or false, found the string \"yes\".")]
    [InlineData("""{ "ruleOptions": { "abbreviations": [] } }""", "$.ruleOptions.abbreviations: unknown key \"abbreviations\"; valid keys: knownAbbreviations, mixedCaseSymbolGroups, allowAcademicTitles.")]
    [InlineData("""{ "overrides": [ { "rules": { "AD2208": "off" } } ] }""", "$.overrides[0].files: required")]
    [InlineData("""{ "overrides": [ { "files": ["a/**"], "rule": {} } ] }""", "$.overrides[0].rule: unknown key \"rule\"; valid keys: files, rules.")]
    [InlineData("""[]""", "$: expected an object, found an array.")]
    [InlineData("""{ "rules": { """, "not valid JSON")]
    public void A_mistake_in_the_config_is_exit_2_naming_the_file_the_path_and_the_choices(string config, string says)
    {
        using var temp = new TempFolder();
        var configPath = temp.Write("admindocs.json", config);
        var file = temp.Write("a.txt", "x");

        var run = InProcess.Run(TestValidators.With(TestValidators.Error()), "validate", file);

        run.ExitCode.Should().Be(2, run.ToString());
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().StartWith("admindocs: error: " + configPath + ": ").And.Contain(says);
    }

    [Fact]
    public void An_unknown_rule_name_suggests_close_names()
    {
        using var temp = new TempFolder();
        temp.Write("admindocs.json", """{ "rules": { "symbol-type": "off" } }""");
        var file = temp.Write("a.txt", "x");

        var run = InProcess.Run(TestValidators.With(), "validate", file);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("symbol-type-abbreviation");
    }

    [Theory]
    [InlineData("old/**", "old/a.txt", true)]
    [InlineData("old/**", "old/2019/b.docx", true)]
    [InlineData("old", "old/2019/b.docx", true)]
    [InlineData("old/", "old/b.docx", true)]
    [InlineData("./old/*.txt", "old/a.txt", true)]
    [InlineData("./old/*.txt", "old/sub/a.txt", false)]
    [InlineData("old/**", "older/a.txt", false)]
    [InlineData(".cache/**", ".cache/a.txt", true)]
    [InlineData(".cache/**", "cache/a.txt", false)]
    [InlineData("**/*.tmp.docx", "a/b/c.tmp.docx", true)]
    [InlineData("**/*.tmp.docx", "c.docx", false)]
    [InlineData("*.txt", "sub/a.txt", false)]
    public void Patterns_are_relative_to_the_config_folder(string pattern, string file, bool matches)
    {
        var folder = Path.Combine(Path.GetTempPath(), "van-ban");
        var config = AdminDocsConfig.Parse("{ \"ignore\": [\"" + pattern + "\"] }", Path.Combine(folder, "admindocs.json"));

        config.Ignores(Path.Combine(folder, file)).Should().Be(matches);
        config.Ignores(Path.Combine(Path.GetTempPath(), "elsewhere", file)).Should().BeFalse("a file outside the config's folder matches no pattern");
    }

    [Fact]
    public void A_missing_config_file_is_exit_2()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "x");

        var run = InProcess.Run(TestValidators.With(), "validate", "--config", Path.Combine(temp.Path, "nope.json"), file);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("nope.json: cannot read the configuration file");
    }
}

/// <summary>The library owns admindocs.json: an app that reads it with <see cref="ConfigResolver"/> and validates with
/// the tool's validator gets the tool's findings, line for line.</summary>
public class ConfigFromAnAppTests
{
    [Fact]
    public void An_app_gets_the_same_findings_as_the_tool_from_the_same_config()
    {
        var old = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestAssets", "samples", "bao-cao-sgtvt-binh-dinh-2019.txt"));
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, ".git"));
        temp.Write("van-ban/bao-cao.txt", old);
        temp.Write("van-ban/cu/bao-cao-cu.txt", old);
        temp.Write("van-ban/mau/bo-qua.txt", old);
        temp.Write("admindocs.json", """
            {
              "stage": "issued",
              "profile": "ND30",
              "rules": { "AD2001": "off", "subject-case": "error" },
              "ruleOptions": { "knownAbbreviations": ["SGTVT", "VP"] },
              "ignore": ["van-ban/mau/"],
              "overrides": [ { "files": ["van-ban/cu/**"], "rules": { "AD6001": "off", "AD3008": "warning" } } ]
            }
            """);

        var run = CliProcess.Run(temp.Path, "validate", "--lang", "en", "van-ban/bao-cao.txt", "van-ban/cu/bao-cao-cu.txt", "van-ban/mau/bo-qua.txt");

        var validator = Validator.CreateBuilder().AddDocx().AddHtml().Build();
        var configs = new ConfigResolver(validator: validator);
        var lines = new List<string>();
        foreach (var relative in new[] { "van-ban/bao-cao.txt", "van-ban/cu/bao-cao-cu.txt", "van-ban/mau/bo-qua.txt" })
        {
            var file = Path.Combine(temp.Path, relative);
            var config = configs.For(file);
            config.Should().NotBeNull();
            if (config!.Ignores(file))
            {
                continue;
            }

            var result = validator.ValidateFile(file, config.OptionsFor(file));
            lines.AddRange(result.Diagnostics.Select(d => TextReportWriter.FormatDiagnostic(relative, d, MessageLanguage.English)));
        }

        lines.Should().NotBeEmpty();
        lines.Should().NotContain(l => l.Contains(" AD2001 ", StringComparison.Ordinal));
        run.StdoutLines.Where(l => l.StartsWith("van-ban/", StringComparison.Ordinal)).Should().Equal(lines, run.ToString());
    }
}

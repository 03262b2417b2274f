using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using AdminDocs.Cli.Tests.Support;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests;

/// <summary><c>--write-baseline</c> and <c>--baseline</c> on the real 2019 report of Sở GTVT Bình Định: known
/// findings are matched by file, rule and component, never by line.</summary>
public class BaselineTests
{
    private static readonly string[] Original =
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestAssets", "samples", "bao-cao-sgtvt-binh-dinh-2019.txt"));

    private static string[] Edited(Func<string[], string[]> edit) => edit(Original.ToArray());

    [Fact]
    public void Write_baseline_records_the_findings_by_file_rule_and_component_with_counts()
    {
        using var temp = new TempFolder();
        File.WriteAllLines(Path.Combine(temp.Path, "bao-cao.txt"), Original);
        temp.Write("sub/bao-cao.txt", string.Join("\n", Original));

        var run = CliProcess.Run(temp.Path, "validate", "--write-baseline", "baseline.json", ".");

        run.ExitCode.Should().Be(0, run.ToString());
        run.StdoutLines.Last().Should().Be("2 files: 0 errors, 0 warnings, 0 infos (18 findings in the baseline not shown)");
        using var baseline = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "baseline.json")));
        baseline.RootElement.GetProperty("version").GetInt32().Should().Be(1);
        var findings = baseline.RootElement.GetProperty("findings").EnumerateArray().ToList();
        findings.Select(f => f.GetProperty("file").GetString()).Distinct().Should().Equal("bao-cao.txt", "sub/bao-cao.txt");
        findings.Should().Contain(f => f.GetProperty("file").GetString() == "sub/bao-cao.txt"
            && f.GetProperty("rule").GetString() == "AD2208"
            && f.GetProperty("component").GetString() == "number.symbol"
            && f.GetProperty("count").GetInt32() == 1);
        findings.Should().OnlyContain(
            f => !System.Text.RegularExpressions.Regex.IsMatch(f.GetProperty("component").GetString()!, @"\[\d+\]"),
            "indices are dropped from the component so that inserted paragraphs do not make old findings new");
        findings.Sum(f => f.GetProperty("count").GetInt32()).Should().Be(18);
    }

    [Fact]
    public void A_finding_moved_to_another_line_stays_baselined()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "bao-cao.txt");
        File.WriteAllLines(file, Original);
        CliProcess.Run(temp.Path, "validate", "--write-baseline", "baseline.json", "bao-cao.txt").ExitCode.Should().Be(0);

        // Two blank lines before the recipients: AD6001 "Sở TT&TT ;" moves from line 71 to line 73.
        File.WriteAllLines(file, Edited(lines => lines.Take(60).Concat(["", ""]).Concat(lines.Skip(60)).ToArray()));
        var moved = CliProcess.Run(temp.Path, "validate", "bao-cao.txt");
        var run = CliProcess.Run(temp.Path, "validate", "--baseline", "baseline.json", "bao-cao.txt");

        moved.Stdout.Should().Contain("bao-cao.txt:73:11: warning AD6001 ");
        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().Be("1 file: 0 errors, 0 warnings, 0 infos (9 findings in the baseline not shown)\n");
    }

    [Fact]
    public void A_new_rule_hit_and_one_more_of_a_known_kind_are_reported_and_fail()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "bao-cao.txt");
        File.WriteAllLines(file, Original);
        CliProcess.Run(temp.Path, "validate", "--write-baseline", "baseline.json", "bao-cao.txt").ExitCode.Should().Be(0);

        // A duplicated word (AD6006, a rule not in the baseline) and a second " ;" in Nơi nhận (AD6001 known once).
        File.WriteAllLines(file, Edited(lines =>
        {
            lines[60] = lines[60].Replace("tổ chức các lớp", "tổ chức các các lớp", StringComparison.Ordinal);
            lines[71] = lines[71].Replace("(b/c);", "(b/c) ;", StringComparison.Ordinal);
            return lines;
        }));
        var run = CliProcess.Run(temp.Path, "validate", "--baseline", "baseline.json", "--fail-on", "warning", "bao-cao.txt");

        run.ExitCode.Should().Be(1, run.ToString());
        run.StdoutLines.Should().Equal(
            "bao-cao.txt:61:26: info AD6006 duplicated-words: Từ ngữ bị lặp lại trong \"các các\"; cần bỏ bớt một lần. [practice]",
            "bao-cao.txt:72:20: warning AD6001 punctuation-spacing: Bỏ dấu cách trước dấu \";\" trong \"Giám đốc Sở (b/c) ;\". [ND30 PL I, V; Vietnamese typography]",
            "1 file: 0 errors, 1 warning, 1 info (9 findings in the baseline not shown)");
    }

    [Fact]
    public void Baselined_warnings_do_not_count_for_max_warnings()
    {
        using var temp = new TempFolder();
        File.WriteAllLines(Path.Combine(temp.Path, "bao-cao.txt"), Original);
        CliProcess.Run(temp.Path, "validate", "--write-baseline", "baseline.json", "bao-cao.txt");

        var without = CliProcess.Run(temp.Path, "validate", "--max-warnings", "0", "--fail-on", "info", "bao-cao.txt");
        var with = CliProcess.Run(temp.Path, "validate", "--max-warnings", "0", "--fail-on", "info", "--baseline", "baseline.json", "bao-cao.txt");

        without.ExitCode.Should().Be(1, without.ToString());
        with.ExitCode.Should().Be(0, with.ToString());
    }

    [Fact]
    public void Findings_are_matched_per_file_so_a_copy_of_a_known_document_is_new()
    {
        using var temp = new TempFolder();
        File.WriteAllLines(Path.Combine(temp.Path, "a.txt"), Original);
        CliProcess.Run(temp.Path, "validate", "--write-baseline", "baseline.json", "a.txt");
        File.WriteAllLines(Path.Combine(temp.Path, "b.txt"), Original);

        var run = CliProcess.Run(temp.Path, "validate", "--baseline", "baseline.json", "a.txt", "b.txt");

        run.ExitCode.Should().Be(1, run.ToString());
        run.Stdout.Should().NotContain("a.txt:").And.Contain("b.txt:3:6: error AD2208");
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("{\"version\": 2, \"findings\": []}", "not an admindocs baseline")]
    [InlineData("{\"version\": 1, \"findings\": [{\"file\": \"a.txt\", \"rule\": \"AD2208\"}]}", "$.findings[0]: expected")]
    public void A_bad_baseline_is_exit_2_with_the_reason(string content, string says)
    {
        using var temp = new TempFolder();
        var baseline = temp.Write("baseline.json", content);
        var file = temp.Write("a.txt", "x");

        var run = InProcess.Run(TestValidators.With(TestValidators.Error()), "validate", "--baseline", baseline, file);

        run.ExitCode.Should().Be(2, run.ToString());
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain(baseline).And.Contain(says);
    }

    [Fact]
    public void A_missing_baseline_and_both_options_together_are_usage_errors()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "x");

        var missing = InProcess.Run(TestValidators.With(), "validate", "--baseline", Path.Combine(temp.Path, "none.json"), file);
        var both = InProcess.Run(TestValidators.With(), "validate", "--baseline", "a.json", "--write-baseline", "b.json", file);

        missing.ExitCode.Should().Be(2);
        missing.Stderr.Should().Contain("cannot read the baseline");
        both.ExitCode.Should().Be(2);
        both.Stderr.Should().Contain("--baseline and --write-baseline cannot be used together");
    }
}

using System.IO;
using System.Linq;
using System.Text.Json;
using AdminDocs.Cli.Tests.Support;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests;

/// <summary>
/// The command run in process with a validator whose rules always report the same findings, so that exit codes and
/// output lines can be checked exactly whatever the real rules say.
/// </summary>
public class InProcessTests
{
    [Theory]
    [InlineData(new[] { "validate" }, 0)]
    [InlineData(new[] { "validate", "--fail-on", "error" }, 0)]
    [InlineData(new[] { "validate", "--fail-on", "warning" }, 1)]
    [InlineData(new[] { "validate", "--fail-on", "info" }, 1)]
    [InlineData(new[] { "validate", "--fail-on", "WARNING" }, 1)]
    public void Fail_on_sets_the_lowest_failing_severity_warning_and_info(string[] args, int expected)
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "x");

        var run = InProcess.Run(TestValidators.With(TestValidators.Warning(), TestValidators.Info()), args.Append(file).ToArray());

        run.ExitCode.Should().Be(expected, run.ToString());
    }

    [Theory]
    [InlineData("error", 0)]
    [InlineData("warning", 0)]
    [InlineData("info", 1)]
    public void Fail_on_with_only_an_info(string failOn, int expected)
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "x");

        var run = InProcess.Run(TestValidators.With(TestValidators.Info()), "validate", "--fail-on", failOn, file);

        run.ExitCode.Should().Be(expected, run.ToString());
    }

    [Theory]
    [InlineData("error")]
    [InlineData("warning")]
    [InlineData("info")]
    public void An_error_fails_whatever_fail_on_says(string failOn)
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "x");

        var run = InProcess.Run(TestValidators.With(TestValidators.Error()), "validate", "--fail-on", failOn, file);

        run.ExitCode.Should().Be(1, run.ToString());
    }

    [Fact]
    public void No_diagnostic_exits_0()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "x");

        var run = InProcess.Run(TestValidators.With(), "validate", "--fail-on", "info", file);

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().Be("1 file: 0 errors, 0 warnings, 0 infos\n");
    }

    [Fact]
    public void Text_lines_are_path_line_column_severity_id_name_message_source()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "x");
        var validator = TestValidators.With(TestValidators.Error(), TestValidators.Warning(), TestValidators.Info());

        var run = InProcess.Run(validator, "validate", "--lang", "en", file);

        var error = Diagnostic("AD2001", validator, MessageLanguage.English);
        var warning = Diagnostic("AD3106", validator, MessageLanguage.English);
        var info = Diagnostic("AD2202", validator, MessageLanguage.English);
        run.StdoutLines.Should().Equal(
            $"{file}: error AD2001 national-title-missing: {error} [ND30 Điều 8.2.a; PL I, II.1]",
            $"{file}:2:5: info AD2202 number-blank: {info} [ND30 Điều 15; PL III templates]",
            $"{file}:3:7: warning AD3106 subject-case: {warning} [ND30 PL I, II.5.b]",
            "1 file: 1 error, 1 warning, 1 info");
        run.ExitCode.Should().Be(1);
        run.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Several_files_get_a_header_each_and_the_summary_adds_them_up()
    {
        using var temp = new TempFolder();
        var a = temp.Write("a.txt", "x");
        var b = temp.Write("b.txt", "x");
        var validator = TestValidators.With(TestValidators.Warning(), TestValidators.Info());

        var run = InProcess.Run(validator, "validate", "--stage", "issued", "--profile", "TT01", a, b);

        run.StdoutLines.Should().Equal(
            $"== {a} (TT01, issued): 0 errors, 1 warning, 1 info",
            run.StdoutLines[1],
            run.StdoutLines[2],
            $"== {b} (TT01, issued): 0 errors, 1 warning, 1 info",
            run.StdoutLines[4],
            run.StdoutLines[5],
            "2 files: 0 errors, 2 warnings, 2 infos");
        run.Stdout.Should().Contain("\n\n== " + b, "files are separated by a blank line");
        run.StdoutLines[1].Should().StartWith(a + ":2:5: info AD2202 ");
        run.StdoutLines[5].Should().StartWith(b + ":3:7: warning AD3106 ");
    }

    [Fact]
    public void Lang_chooses_the_message_language()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "x");
        var validator = TestValidators.With(new FixedRule("AD0001", "source", null, "unsupported-format", ".doc", ".txt"));

        var vi = InProcess.Run(validator, "validate", file);
        var en = InProcess.Run(validator, "validate", "--lang", "en", file);

        vi.StdoutLines[0].Should().Be($"{file}: error AD0001 unreadable-input: Không đọc được tệp có phần mở rộng \".doc\"; các định dạng được hỗ trợ: .txt.");
        en.StdoutLines[0].Should().Be($"{file}: error AD0001 unreadable-input: Files with the extension \".doc\" cannot be read; supported: .txt.");
    }

    [Fact]
    public void Json_is_exactly_the_validation_json_of_the_results()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "x");
        var validator = TestValidators.With(TestValidators.Error(), TestValidators.Info());

        var run = InProcess.Run(validator, "validate", "--format", "json", "--lang", "en", "--stage", "issued", file);

        var expected = validator.ValidateFile(file, new ValidationOptions { Stage = ValidationStage.Issued });
        run.Stdout.Should().Be(AdminDocs.Json.ValidationJson.ToJson(new[] { expected }, MessageLanguage.English) + "\n");
        using var json = JsonDocument.Parse(run.Stdout);
        json.RootElement.GetProperty("files")[0].GetProperty("stage").GetString().Should().Be("issued");
    }

    [Theory]
    [InlineData("auto", "ND30")]
    [InlineData("ND30", "ND30")]
    [InlineData("tt01", "TT01")]
    [InlineData("HD36", "HD36")]
    public void Profile_is_passed_to_the_validator(string profile, string expected)
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "x");

        var run = InProcess.Run(TestValidators.With(), "validate", "--format", "json", "--profile", profile, file);

        using var json = JsonDocument.Parse(run.Stdout);
        json.RootElement.GetProperty("files")[0].GetProperty("profile").GetString().Should().Be(expected);
    }

    [Fact]
    public void Output_writes_the_report_and_nothing_goes_to_stdout()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "x");
        var output = Path.Combine(temp.Path, "out", "..", "report.txt");

        var run = InProcess.Run(TestValidators.With(TestValidators.Warning()), "validate", "--output", output, file);

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().BeEmpty();
        File.ReadAllText(Path.Combine(temp.Path, "report.txt")).Should().EndWith("1 file: 0 errors, 1 warning, 0 infos\n");
    }

    [Fact]
    public void A_named_file_with_an_unsupported_extension_still_goes_to_the_validator()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.pdf", "x");

        var run = InProcess.Run(TestValidators.With(), "validate", file);

        run.ExitCode.Should().Be(1);
        run.StdoutLines[0].Should().StartWith($"{file}: error AD0001 unreadable-input: ");
    }

    [Fact]
    public void Hidden_files_and_folders_are_skipped_in_a_folder_but_not_when_named()
    {
        using var temp = new TempFolder();
        temp.WriteAll(new[] { "docs/a.txt", "docs/.b.txt", "docs/.git/c.txt" });
        var named = Path.Combine(temp.Path, "docs", ".b.txt");

        var run = InProcess.Run(TestValidators.With(), "validate", "--format", "json", Path.Combine(temp.Path, "docs"), named);

        using var json = JsonDocument.Parse(run.Stdout);
        json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).Should().Equal(
            Path.Combine(temp.Path, "docs", "a.txt"), named);
    }

    [Fact]
    public void A_missing_path_among_others_stops_before_validating()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "x");

        var run = InProcess.Run(TestValidators.With(TestValidators.Error()), "validate", file, "missing-1.txt", "missing-2");

        run.ExitCode.Should().Be(2);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain("'missing-1.txt': no such file or folder").And.Contain("'missing-2': no such file or folder");
    }

    [Fact]
    public void A_failing_reader_is_an_internal_error_with_exit_3()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.boom", "x");

        var run = InProcess.Run(TestValidators.With(), "validate", file);

        run.ExitCode.Should().Be(3);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain("internal error").And.Contain("the reader exploded");
    }

    [Fact]
    public void An_option_looking_path_is_rejected_unless_after_double_dash()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "x");

        var bad = InProcess.Run(TestValidators.With(), "validate", "-x", file);
        var good = InProcess.Run(TestValidators.With(), "validate", "--", file);

        bad.ExitCode.Should().Be(2);
        bad.Stderr.Should().Contain("unknown option '-x'");
        good.ExitCode.Should().Be(0, good.ToString());
    }

    [Fact]
    public void Settings_are_bound_from_the_command_line()
    {
        var command = new ValidateCommand(TestValidators.With());
        var root = CommandLineApp.CreateRootCommand(command);

        var parse = root.Parse(new[] { "validate", "-f", "json", "--profile", "hd36", "--stage", "issued", "--lang", "en", "--fail-on", "info", "-o", "r.json", "a.txt", "b" });

        parse.Errors.Should().BeEmpty();
        command.Bind(parse).Should().BeEquivalentTo(new ValidateSettings
        {
            Paths = System.Collections.Immutable.ImmutableArray.Create("a.txt", "b"),
            Format = ReportFormat.Json,
            Profile = DocumentProfile.Hd36,
            Stage = ValidationStage.Issued,
            Language = MessageLanguage.English,
            FailOn = DiagnosticSeverity.Info,
            OutputPath = "r.json",
            ProfileGiven = true,
            StageGiven = true,
            LanguageGiven = true,
        });

        var defaults = command.Bind(root.Parse(new[] { "validate", "a.txt" }));
        defaults.Should().BeEquivalentTo(new ValidateSettings { Paths = System.Collections.Immutable.ImmutableArray.Create("a.txt") });
    }

    private static string Diagnostic(string id, Validator validator, MessageLanguage language)
    {
        var rule = validator.Rules.Single(r => r.Descriptor.Id == id);
        // A document built in code (no source): a source without any text would be AD0001 no-text.
        var result = TestValidators.With(rule).Validate(new AdminDocument());
        return result.Diagnostics.Single().GetMessage(language);
    }
}

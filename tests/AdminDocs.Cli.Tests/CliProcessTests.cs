using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using AdminDocs.Cli.Tests.Support;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests;

/// <summary>The real tool, run as a process: options, exit codes, output files, folders.</summary>
public class CliProcessTests
{
    private static readonly Regex SummaryLine = new(@"^\d+ files?: \d+ errors?, \d+ warnings?, \d+ infos?$");

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("validate", "--help")]
    public void Help_exits_0_and_documents_the_options_and_exit_codes(params string[] args)
    {
        var run = CliProcess.Run(null, args);

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().Contain("Usage:").And.Contain("admindocs").And.Contain("Exit codes:");
        run.Stdout.Should().Contain("2  Usage error");
        run.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Validate_help_lists_every_option()
    {
        var run = CliProcess.Run(null, "validate", "--help");

        foreach (var option in new[] { "--format", "--profile", "--stage", "--lang", "--fail-on", "--output", "<file-or-folder>", "auto|ND30|TT01|HD36", "text|json" })
        {
            run.Stdout.Should().Contain(option);
        }
    }

    [Fact]
    public void Version_exits_0()
    {
        var run = CliProcess.Run(null, "--version");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Trim().Should().MatchRegex(@"^\d+\.\d+\.\d+");
    }

    [Theory]
    [InlineData("validate", "--bogus", "x.txt")]
    [InlineData("validate", "--format", "xml", "x.txt")]
    [InlineData("validate", "--profile", "ND13", "x.txt")]
    [InlineData("validate", "--stage", "final", "x.txt")]
    [InlineData("validate", "--lang", "fr", "x.txt")]
    [InlineData("validate", "--fail-on", "never", "x.txt")]
    [InlineData("validate", "--output")]
    [InlineData("frobnicate", "x.txt")]
    public void An_unknown_option_or_value_is_a_usage_error(params string[] args)
    {
        var run = CliProcess.Run(null, args);

        run.ExitCode.Should().Be(2, run.ToString());
        run.Stderr.Should().Contain("admindocs: error:");
        run.Stdout.Should().BeEmpty();
    }

    [Theory]
    [InlineData]
    [InlineData("validate")]
    [InlineData("validate", "--format", "json")]
    public void A_missing_path_is_a_usage_error(params string[] args)
    {
        var run = CliProcess.Run(null, args);

        run.ExitCode.Should().Be(2, run.ToString());
        run.Stderr.Should().NotBeEmpty();
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void A_nonexistent_file_exits_2_with_a_message()
    {
        using var temp = new TempFolder();
        var missing = Path.Combine(temp.Path, "khong-co.txt");

        var run = CliProcess.Run(temp.Path, "validate", missing);

        run.ExitCode.Should().Be(2, run.ToString());
        run.Stderr.Should().Contain(missing).And.Contain("no such file or folder");
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void A_pdf_file_gives_AD0001_and_exit_1()
    {
        using var temp = new TempFolder();
        var pdf = temp.Write("van-ban.pdf", "%PDF-1.7");

        var run = CliProcess.Run(temp.Path, "validate", "--lang", "en", "van-ban.pdf");

        run.ExitCode.Should().Be(1, run.ToString());
        run.StdoutLines.Should().Contain(l => l.StartsWith("van-ban.pdf: error AD0001 unreadable-input: ", System.StringComparison.Ordinal) && l.Contains(".pdf"));
        run.Stderr.Should().BeEmpty();
        File.Exists(pdf).Should().BeTrue();
    }

    [Fact]
    public void Text_output_has_one_line_per_diagnostic_and_a_summary()
    {
        using var temp = new TempFolder();
        temp.Write("a.pdf", "x");

        var run = CliProcess.Run(temp.Path, "validate", "a.pdf");

        var lines = run.StdoutLines;
        lines[^1].Should().MatchRegex(SummaryLine.ToString()).And.StartWith("1 file: ");
        lines[..^1].Should().OnlyContain(l => Regex.IsMatch(l, @"^a\.pdf(:\d+(:\d+)?)?: (error|warning|info) AD\d{4} [a-z0-9-]+: .+$"));
        lines.Should().NotContain(l => l.StartsWith("==", System.StringComparison.Ordinal), "one file has no header");
    }

    [Fact]
    public void Messages_follow_lang_and_print_as_utf8()
    {
        using var temp = new TempFolder();
        temp.Write("a.pdf", "x");

        var vi = CliProcess.Run(temp.Path, "validate", "a.pdf");
        var viExplicit = CliProcess.Run(temp.Path, "validate", "--lang", "vi", "a.pdf");
        var en = CliProcess.Run(temp.Path, "validate", "--lang", "EN", "a.pdf");

        vi.Stdout.Should().Contain("Không đọc được tệp có phần mở rộng \".pdf\"");
        viExplicit.Stdout.Should().Be(vi.Stdout);
        en.Stdout.Should().Contain("Files with the extension \".pdf\" cannot be read").And.NotContain("Không đọc được");
        en.ExitCode.Should().Be(vi.ExitCode);
    }

    [Fact]
    public void Json_output_parses_and_has_every_key()
    {
        using var temp = new TempFolder();
        temp.Write("a.pdf", "x");
        temp.Write("b.txt", "Số: 12/BC-SGTVT\n");

        var run = CliProcess.Run(temp.Path, "validate", "--format", "json", "--stage", "issued", "--profile", "tt01", "a.pdf", "b.txt");

        run.ExitCode.Should().Be(1, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("version", "files", "summary");
        root.GetProperty("version").GetInt32().Should().Be(1);
        var files = root.GetProperty("files").EnumerateArray().ToArray();
        files.Select(f => f.GetProperty("path").GetString()).Should().Equal("a.pdf", "b.txt");
        foreach (var file in files)
        {
            file.EnumerateObject().Select(p => p.Name).Should().Equal("path", "format", "profile", "stage", "document", "diagnostics", "notChecked");
            file.GetProperty("profile").GetString().Should().Be("TT01");
            file.GetProperty("stage").GetString().Should().Be("issued");
            file.GetProperty("document").EnumerateObject().Select(p => p.Name).Should().Equal(
                "kind", "parentAgency", "issuingAgency", "number", "placeDate", "title", "subject", "addressees",
                "signature", "signatures", "recipients", "unrecognized");
            foreach (var d in file.GetProperty("diagnostics").EnumerateArray())
            {
                d.EnumerateObject().Select(p => p.Name).Should().Equal("id", "name", "severity", "message", "location", "source");
                d.GetProperty("location").EnumerateObject().Select(p => p.Name).Should().Equal("path", "line", "column", "part", "paragraph");
            }
        }

        files[0].GetProperty("format").GetString().Should().Be("pdf");
        files[0].GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()).Should().Contain("AD0001");
        files[1].GetProperty("format").GetString().Should().Be("text");
        root.GetProperty("summary").GetProperty("files").GetInt32().Should().Be(2);
        root.GetProperty("summary").GetProperty("errors").GetInt32().Should().BeGreaterThan(0);
    }

    [Fact]
    public void Output_writes_the_report_to_the_file()
    {
        using var temp = new TempFolder();
        temp.Write("a.pdf", "x");
        var output = Path.Combine(temp.Path, "report.json");

        var run = CliProcess.Run(temp.Path, "validate", "--format", "json", "--output", output, "a.pdf");
        var stdoutRun = CliProcess.Run(temp.Path, "validate", "--format", "json", "a.pdf");

        run.ExitCode.Should().Be(1, run.ToString());
        run.Stdout.Should().BeEmpty();
        var written = File.ReadAllText(output);
        written.Should().Be(stdoutRun.Stdout);
        using var json = JsonDocument.Parse(written);
        json.RootElement.GetProperty("summary").GetProperty("files").GetInt32().Should().Be(1);

        var text = CliProcess.Run(temp.Path, "validate", "-o", "report.txt", "a.pdf");
        text.Stdout.Should().BeEmpty();
        File.ReadAllText(Path.Combine(temp.Path, "report.txt")).Should().Contain("AD0001").And.Contain("1 file: ");
    }

    [Fact]
    public void An_unwritable_output_is_an_io_error()
    {
        using var temp = new TempFolder();
        temp.Write("a.pdf", "x");

        var run = CliProcess.Run(temp.Path, "validate", "--output", Path.Combine(temp.Path, "no-such-folder", "report.txt"), "a.pdf");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Stderr.Should().Contain("cannot write the report");
    }

    [Fact]
    public void A_folder_is_searched_recursively_for_supported_files()
    {
        using var temp = new TempFolder();
        temp.WriteAll(new[] { "docs/a.txt", "docs/b.text", "docs/c.pdf", "docs/d.docx.bak", "docs/sub/e.TXT", "docs/sub/deeper/f.txt" });

        var run = CliProcess.Run(temp.Path, "validate", "--format", "json", "docs");

        using var json = JsonDocument.Parse(run.Stdout);
        json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).Should().Equal(
            Path.Combine("docs", "a.txt"),
            Path.Combine("docs", "b.text"),
            Path.Combine("docs", "sub", "deeper", "f.txt"),
            Path.Combine("docs", "sub", "e.TXT"));
        run.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void A_folder_in_text_format_gives_a_header_per_file_and_a_summary()
    {
        using var temp = new TempFolder();
        temp.WriteAll(new[] { "docs/a.txt", "docs/b.txt" });

        var run = CliProcess.Run(temp.Path, "validate", "docs");

        var headers = run.StdoutLines.Where(l => l.StartsWith("== ", System.StringComparison.Ordinal)).ToArray();
        headers.Should().HaveCount(2);
        headers[0].Should().StartWith($"== {Path.Combine("docs", "a.txt")} (");
        headers[1].Should().StartWith($"== {Path.Combine("docs", "b.txt")} (");
        run.StdoutLines[^1].Should().MatchRegex(SummaryLine.ToString()).And.StartWith("2 files: ");
    }

    [Fact]
    public void An_empty_folder_validates_nothing_and_exits_0()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "empty"));

        var run = CliProcess.Run(temp.Path, "validate", "empty");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Trim().Should().Be("0 files: 0 errors, 0 warnings, 0 infos");
    }

    [Fact]
    public void Files_are_validated_in_a_deterministic_order()
    {
        using var temp = new TempFolder();
        temp.WriteAll(new[] { "z.txt", "folder/b.txt", "folder/a.txt", "folder/A.txt", "folder/a-b.txt", "folder/sub/0.txt", "folder/Sub2/x.txt" });

        var run = CliProcess.Run(temp.Path, "validate", "--format", "json", "z.txt", "folder", "folder/a.txt");
        var again = CliProcess.Run(temp.Path, "validate", "--format", "json", "z.txt", "folder", "folder/a.txt");

        using var json = JsonDocument.Parse(run.Stdout);
        json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).Should().Equal(
            "z.txt",
            Path.Combine("folder", "A.txt"),
            Path.Combine("folder", "Sub2", "x.txt"),
            Path.Combine("folder", "a-b.txt"),
            Path.Combine("folder", "a.txt"),
            Path.Combine("folder", "b.txt"),
            Path.Combine("folder", "sub", "0.txt"));
        again.Stdout.Should().Be(run.Stdout);
    }

    [Fact]
    public void A_file_whose_name_starts_with_a_dash_goes_after_double_dash()
    {
        using var temp = new TempFolder();
        temp.Write("-draft.pdf", "x");

        var run = CliProcess.Run(temp.Path, "validate", "--format", "json", "--", "-draft.pdf");

        run.ExitCode.Should().Be(1, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        json.RootElement.GetProperty("files")[0].GetProperty("path").GetString().Should().Be("-draft.pdf");
    }
}

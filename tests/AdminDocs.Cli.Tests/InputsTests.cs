using System;
using System.IO;
using System.Linq;
using System.Text;
using AdminDocs.Cli.Tests.Support;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests;

/// <summary>What <c>validate</c> takes as input: glob patterns, standard input, and many files in parallel.</summary>
public class InputsTests
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "TestAssets", "samples");

    private static string Sample(string name) => File.ReadAllText(Path.Combine(Samples, name));

    // The sample report, dated another day: another document with the same number (AD2212), not another copy.
    private static string SameNumberOtherDay() =>
        Sample("bao-cao-mau-nd30.txt").Replace("ngày 05 tháng 12 năm 2024", "ngày 19 tháng 12 năm 2024", StringComparison.Ordinal);

    [Fact]
    public void A_recursive_glob_takes_the_matching_files_in_sorted_order_and_only_them()
    {
        using var temp = new TempFolder();
        temp.Write("reports/2024/b.txt", SameNumberOtherDay());
        temp.Write("reports/2023/a.txt", Sample("bao-cao-mau-nd30.txt"));
        temp.Write("reports/c.txt", Sample("bao-cao-mau-nd30.txt"));
        temp.Write("reports/notes.md", "not a report");
        temp.Write("other/d.txt", Sample("bao-cao-mau-nd30.txt"));

        var run = CliProcess.Run(temp.Path, "validate", "--format", "json", "reports/**/*.txt");

        // b.txt is another document with the number of a.txt and c.txt (two copies of one document), which AD2212
        // reports (a warning, so exit 0) across the files a pattern brings in.
        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().Contain("AD2212");
        using var json = System.Text.Json.JsonDocument.Parse(run.Stdout);
        json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString())
            .Should().Equal("reports/2023/a.txt", "reports/2024/b.txt", "reports/c.txt");
    }

    [Fact]
    public void A_glob_in_one_folder_and_a_named_file_keep_the_argument_order_and_each_file_once()
    {
        using var temp = new TempFolder();
        temp.Write("x/b.txt", SameNumberOtherDay());
        temp.Write("x/a.txt", Sample("bao-cao-mau-nd30.txt"));
        temp.Write("z.txt", Sample("bao-cao-mau-nd30.txt"));

        var run = CliProcess.Run(temp.Path, "validate", "z.txt", "x/*.txt", "x/a.txt");

        run.ExitCode.Should().Be(0, run.ToString()); // AD2212 on the two documents sharing a number is a warning
        run.Stdout.Should().Contain("warning AD2212");
        run.StdoutLines.Where(l => l.StartsWith("== ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1])
            .Should().Equal("z.txt", "x/a.txt", "x/b.txt");
    }

    [Fact]
    public void A_glob_that_matches_nothing_is_a_usage_error_with_exit_2()
    {
        using var temp = new TempFolder();
        temp.Write("reports/a.pdf", "%PDF");

        var run = CliProcess.Run(temp.Path, "validate", "reports/**/*.docx");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain("'reports/**/*.docx': the pattern matches no file");
    }

    [Fact]
    public void A_glob_whose_folder_does_not_exist_is_exit_2_too()
    {
        using var temp = new TempFolder();

        var run = CliProcess.Run(temp.Path, "validate", "missing/**/*.txt");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Stderr.Should().Contain("'missing/**/*.txt': the pattern matches no file");
    }

    [Fact]
    public void Standard_input_is_validated_as_text_and_reported_as_stdin()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Samples, "bao-cao-sgtvt-binh-dinh-2019.txt"));
        using var temp = new TempFolder();
        var file = temp.Write("same.txt", Encoding.UTF8.GetString(bytes));

        var fromStdin = CliProcess.RunWithInput(temp.Path, bytes, "validate", "-");
        var fromFile = CliProcess.Run(temp.Path, "validate", "same.txt");

        fromStdin.ExitCode.Should().Be(1, fromStdin.ToString());
        fromStdin.StdoutLines.Should().Contain(l => l.StartsWith("<stdin>:3:6: error AD2208 ", StringComparison.Ordinal));
        fromStdin.Stdout.Replace("<stdin>", "same.txt", StringComparison.Ordinal).Should().Be(fromFile.Stdout);
        File.Exists(file).Should().BeTrue();
    }

    [Fact]
    public void Standard_input_can_be_a_docx_with_stdin_format()
    {
        var docx = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestAssets", "docx", "mau-nd30-layout.docx"));
        using var temp = new TempFolder();
        File.WriteAllBytes(Path.Combine(temp.Path, "same.docx"), docx);

        var fromStdin = CliProcess.RunWithInput(temp.Path, docx, "validate", "--stdin-format", "docx", "--format", "json", "-");
        var fromFile = CliProcess.Run(temp.Path, "validate", "--format", "json", "same.docx");

        fromStdin.ExitCode.Should().Be(fromFile.ExitCode, fromStdin.ToString());
        fromStdin.Stdout.Should().Contain("\"path\": \"<stdin>\"").And.Contain("\"format\": \"docx\"");
        fromStdin.Stdout.Replace("<stdin>", "same.docx", StringComparison.Ordinal).Should().Be(fromFile.Stdout);
    }

    [Fact]
    public void A_docx_read_as_text_from_stdin_is_one_clear_diagnostic_not_a_crash()
    {
        var docx = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestAssets", "docx", "mau-nd30-layout.docx"));

        var run = CliProcess.RunWithInput(null, docx, "validate", "--lang", "en", "-");

        run.ExitCode.Should().BeOneOf([0, 1], run.ToString());
        run.Stderr.Should().BeEmpty();
        run.StdoutLines.Last().Should().StartWith("1 file: ");
    }

    [Fact]
    public void An_unknown_stdin_format_is_a_usage_error()
    {
        var run = CliProcess.RunWithInput(null, [], "validate", "--stdin-format", "pdf", "-");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Stderr.Should().Contain("'pdf' is not a valid value for --stdin-format: use one of text, docx, html.");
    }

    [Fact]
    public void An_endless_standard_input_stops_at_the_input_limit_with_AD0002()
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };

        var code = CommandLineApp.Run(["validate", "--lang", "en", "-"], stdout, stderr, CommandLineApp.ToolValidator, stdin: () => new EndlessStream());

        code.Should().Be(1, stderr.ToString());
        stdout.ToString().Should().StartWith("<stdin>: error AD0002 input-limit-exceeded: ");
    }

    [Fact]
    public void Dash_without_a_standard_input_is_a_usage_error()
    {
        var run = InProcess.Run(TestValidators.With(), "validate", "-");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Stderr.Should().Contain("'-' (standard input) is not available here.");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public void Jobs_must_be_at_least_1(string jobs)
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "x");

        var run = InProcess.Run(TestValidators.With(), "validate", "--jobs", jobs, file);

        run.ExitCode.Should().Be(2, run.ToString());
        run.Stderr.Should().Contain("--jobs must be 1 or more.");
    }

    [Fact]
    public void Many_files_give_the_same_report_with_one_job_and_with_four()
    {
        // 60 real reports with their own defects (two documents with the same number, so AD2212 links files across
        // the batch).
        using var temp = new TempFolder();
        var good = Sample("bao-cao-mau-nd30.txt");
        var old = Sample("bao-cao-sgtvt-binh-dinh-2019.txt");
        for (var i = 0; i < 60; i++)
        {
            var text = (i % 3) switch
            {
                0 => old,
                1 => good.Replace("Độc lập - Tự do - Hạnh phúc", i % 2 == 0 ? "Độc lập - Tự do - Hạnh phúc" : "Độc lập – Tự do – Hạnh phúc", StringComparison.Ordinal),
                _ => good.Replace("ngày 05 tháng 12 năm 2024", "ngày 19 tháng 12 năm 2024", StringComparison.Ordinal),
            };
            temp.Write($"batch/{i % 7}/r{i:D3}.txt", text);
        }

        var serial = InProcess.Run(CommandLineApp.ToolValidator, "validate", "--jobs", "1", "--format", "json", Path.Combine(temp.Path, "batch"));
        var parallel = InProcess.Run(CommandLineApp.ToolValidator, "validate", "--jobs", "4", "--format", "json", Path.Combine(temp.Path, "batch"));
        var textSerial = InProcess.Run(CommandLineApp.ToolValidator, "validate", "-j", "1", Path.Combine(temp.Path, "batch"));
        var textParallel = InProcess.Run(CommandLineApp.ToolValidator, "validate", "-j", "4", Path.Combine(temp.Path, "batch"));

        serial.ExitCode.Should().Be(1, serial.ToString());
        parallel.Should().Be(serial);
        textParallel.Should().Be(textSerial);
        textSerial.StdoutLines.Last().Should().StartWith("60 files: ");
        textSerial.Stdout.Should().Contain("AD2212");
        var headers = textSerial.StdoutLines.Where(l => l.StartsWith("== ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1]).ToList();
        headers.Should().HaveCount(60).And.BeInAscendingOrder(StringComparer.Ordinal);
    }

    /// <summary>A stream that never ends: "a" forever.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'a');
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

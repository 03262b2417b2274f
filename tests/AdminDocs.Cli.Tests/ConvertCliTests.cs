using System;
using System.IO;
using System.Linq;
using AdminDocs.Cli.Tests.Support;
using AdminDocs.Docx;
using AdminDocs.Reading;
using AdminDocs.Recognition;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests;

/// <summary><c>admindocs convert</c> run as a real process: text to .docx and back, errors and exit codes.</summary>
public class ConvertCliTests
{
    private static readonly string SamplePath =
        Path.Combine(AppContext.BaseDirectory, "TestAssets", "samples", "bao-cao-mau-nd30.txt");

    private static readonly Validator DocxValidator = Validator.CreateBuilder().AddDocx().Build();

    [Fact]
    public void Text_to_docx_writes_a_laid_out_document_that_validates_clean()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "bao-cao.docx");

        var run = CliProcess.Run(temp.Path, "convert", SamplePath, "bao-cao.docx");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().Contain("bao-cao.docx (docx, Report, ND30)");
        run.Stderr.Should().BeEmpty();
        var result = DocxValidator.ValidateFile(output, new ValidationOptions { Today = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Unspecified) });
        result.Format.Should().Be("docx");
        result.ErrorCount.Should().Be(0, run.ToString());
        result.WarningCount.Should().Be(0);
        result.Document.Signature!.SignerName!.Text.Should().Be("Đỗ Nguyên Đức");
    }

    [Fact]
    public void Docx_to_text_and_back_keeps_the_model()
    {
        using var temp = new TempFolder();
        var first = CliProcess.Run(temp.Path, "convert", SamplePath, "a.docx");
        var second = CliProcess.Run(temp.Path, "convert", "a.docx", "b.txt");

        first.ExitCode.Should().Be(0, first.ToString());
        second.ExitCode.Should().Be(0, second.ToString());
        var original = DocumentRecognizer.Recognize(PlainTextReader.ReadText(File.ReadAllText(SamplePath)));
        var back = DocumentRecognizer.Recognize(PlainTextReader.ReadText(File.ReadAllText(Path.Combine(temp.Path, "b.txt"))));
        Summary(back).Should().Equal(Summary(original));
    }

    [Fact]
    public void Html_in_every_direction_keeps_the_model_and_validates_clean()
    {
        using var temp = new TempFolder();
        var steps = new[] { ("a.html", SamplePath), ("b.docx", "a.html"), ("c.html", "b.docx"), ("d.txt", "c.html") };
        foreach (var (output, input) in steps)
        {
            var run = InProcess.Run(CommandLineApp.ToolValidator, "convert", Path.Combine(temp.Path, input), Path.Combine(temp.Path, output));
            run.ExitCode.Should().Be(0, run.ToString());
            run.Stderr.Should().BeEmpty();
        }

        var original = DocumentRecognizer.Recognize(PlainTextReader.ReadText(File.ReadAllText(SamplePath)));
        var back = DocumentRecognizer.Recognize(PlainTextReader.ReadText(File.ReadAllText(Path.Combine(temp.Path, "d.txt"))));
        Summary(back).Should().Equal(Summary(original));
        foreach (var file in new[] { "a.html", "b.docx", "c.html" })
        {
            var result = CommandLineApp.ToolValidator.ValidateFile(Path.Combine(temp.Path, file), new ValidationOptions { Today = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Unspecified) });
            result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Should().BeEmpty("{0} is written conformant", file);
        }
    }

    [Fact]
    public void To_forces_the_format_whatever_the_extension()
    {
        using var temp = new TempFolder();

        var run = CliProcess.Run(temp.Path, "convert", "--to", "docx", SamplePath, "out.bin");

        run.ExitCode.Should().Be(0, run.ToString());
        File.ReadAllBytes(Path.Combine(temp.Path, "out.bin")).Take(2).Should().Equal((byte)'P', (byte)'K');
    }

    [Fact]
    public void Tt01_profile_is_followed_from_the_date_and_can_be_forced()
    {
        using var temp = new TempFolder();
        var tt01 = Path.Combine(AppContext.BaseDirectory, "TestAssets", "corpus", "34-quyet-dinh-tt01-2019.txt");

        var auto = CliProcess.Run(temp.Path, "convert", tt01, "auto.docx");
        var forced = CliProcess.Run(temp.Path, "convert", "--profile", "ND30", tt01, "nd30.docx");

        auto.ExitCode.Should().Be(0, auto.ToString());
        auto.Stdout.Should().Contain("TT01");
        forced.ExitCode.Should().Be(0, forced.ToString());
        PageNumberInFooter(Path.Combine(temp.Path, "auto.docx")).Should().BeTrue();
        PageNumberInFooter(Path.Combine(temp.Path, "nd30.docx")).Should().BeFalse();
    }

    [Fact]
    public void Unrecognized_text_is_kept_and_reported_on_stderr()
    {
        using var temp = new TempFolder();
        var input = temp.Write("dang.txt", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestAssets", "corpus", "42-bao-cao-dang-huyen-uy.txt")));

        var run = CliProcess.Run(temp.Path, "convert", "--lang", "en", input, "dang.docx");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stderr.Should().Contain("AD0004");
        run.Stdout.Should().Contain("1 unrecognized block(s) kept");
        using var stream = File.OpenRead(Path.Combine(temp.Path, "dang.docx"));
        var back = DocumentRecognizer.Recognize(new DocxReader().Read(stream, "dang.docx", ReaderLimits.Default, default));
        back.Unrecognized.Select(u => u.Text).Should().Equal("*");
    }

    [Theory]
    [InlineData(new[] { "convert", "missing.txt", "out.docx" }, "no such file")]
    [InlineData(new[] { "convert", "in.txt", "out.pdf" }, "cannot tell the output format")]
    [InlineData(new[] { "convert", "--to", "pdf", "in.txt", "out.docx" }, "unknown output format 'pdf'")]
    [InlineData(new[] { "convert", "in.txt", "in.txt" }, "would overwrite the input")]
    [InlineData(new[] { "convert", "in.rtf", "out.docx" }, "cannot read this format")]
    [InlineData(new[] { "convert", "in.txt", "no-such-folder/out.docx" }, "cannot write the file")]
    [InlineData(new[] { "convert", "in.txt" }, "Required argument missing")]
    public void Usage_and_io_errors_exit_with_2(string[] args, string message)
    {
        using var temp = new TempFolder();
        temp.Write("in.txt", File.ReadAllText(SamplePath));
        temp.Write("in.rtf", "{\\rtf1}");

        var run = CliProcess.Run(temp.Path, args);

        run.ExitCode.Should().Be(2, run.ToString());
        run.Stderr.Should().Contain(message);
    }

    [Fact]
    public void An_unreadable_docx_exits_with_1_and_writes_nothing()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(Path.Combine(temp.Path, "broken.docx"), "PK\u0003\u0004 not a zip"u8.ToArray());

        var run = CliProcess.Run(temp.Path, "convert", "broken.docx", "out.txt");

        run.ExitCode.Should().Be(1, run.ToString());
        run.Stderr.Should().Contain("AD0001").And.Contain("nothing written");
        File.Exists(Path.Combine(temp.Path, "out.txt")).Should().BeFalse();
    }

    [Fact]
    public void Help_lists_convert()
    {
        var run = CliProcess.Run(null, "--help");

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Contain("convert");
        CliProcess.Run(null, "convert", "--help").Stdout.Should().Contain("--to").And.Contain("docx, txt");
    }

    private static string[] Summary(AdminDocument d) =>
    [
        d.Kind.ToString(), d.NationalTitle?.Text ?? "", d.Motto?.Text ?? "", d.IssuingAgency?.Text ?? "", d.ParentAgency?.Text ?? "",
        d.Number?.Text ?? "", d.PlaceDate?.Text ?? "", d.Title?.Text ?? "", d.Subject?.Text ?? "", d.Addressees?.Label.Text ?? "",
        string.Join("|", Nodes(d.Body.Nodes)), string.Join("|", d.Recipients!.Items.Select(i => i.Text)),
        d.Signature!.Authority ?? "", string.Join("|", d.Signature.Titles), d.Signature.SignerName?.Text ?? "", d.Unrecognized.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ];

    private static System.Collections.Generic.IEnumerable<string> Nodes(System.Collections.Immutable.ImmutableArray<BodyNode> nodes) =>
        nodes.SelectMany(n => n switch
        {
            BodySection s => new[] { s.Level + " " + s.Label + " " + s.Heading }.Concat(Nodes(s.Children)),
            Paragraph p => new[] { p.Text },
            _ => new[] { n.GetType().Name },
        });

    private static bool PageNumberInFooter(string docx)
    {
        using var stream = File.OpenRead(docx);
        var source = new DocxReader().Read(stream, docx, ReaderLimits.Default, default);
        return source.Blocks.Any(b => b.Location.Part is { } part && part.Contains("footer", StringComparison.Ordinal) && b.Text.Trim().Length > 0);
    }
}

using System;
using System.IO;
using System.Linq;
using AdminDocs.Cli.Tests.Support;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests;

/// <summary><c>admindocs new KIND --from spec.json -o out</c>: the shipped sample spec becomes a clean document in every format.</summary>
public class NewCliTests
{
    private static readonly string Spec = Path.Combine(AppContext.BaseDirectory, "Shipped", "bao-cao-spec.json");

    [Theory]
    [InlineData("bao-cao.docx")]
    [InlineData("bao-cao.html")]
    [InlineData("bao-cao.txt")]
    public void The_sample_spec_is_written_and_validates_with_no_finding(string name)
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, name);

        var run = InProcess.Run(CommandLineApp.ToolValidator, "new", "bao-cao", "--from", Spec, "-o", output);

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().Contain("BaoCao").And.Contain("ND30");
        var result = CommandLineApp.ToolValidator.ValidateFile(output);
        result.Diagnostics.Should().BeEmpty(string.Join("\n", result.Diagnostics));
        result.Document.Kind.Should().Be(DocumentKind.Report);
        result.Document.Number!.Symbol.Should().Be("BC-SGTVT");
        result.Document.Signature!.SignerName!.Text.Should().Be("Đỗ Nguyên Đức");
    }

    [Fact]
    public void A_spec_with_mistakes_lists_each_with_its_json_path_writes_nothing_and_exits_1()
    {
        using var temp = new TempFolder();
        var spec = temp.Write("bad.json", """{ "kind": "BaoCao", "number": 0, "colour": "red" }""");
        var output = Path.Combine(temp.Path, "out.docx");

        var run = InProcess.Run(CommandLineApp.ToolValidator, "new", "BaoCao", "--from", spec, "-o", output);

        run.ExitCode.Should().Be(1, run.ToString());
        run.Stderr.Should().Contain("$.colour").And.Contain("$.number").And.Contain("nothing written");
        File.Exists(output).Should().BeFalse();
    }

    [Theory]
    [InlineData("vi", "lại ghi \"GIÁM ĐỐC\", trùng chức vụ của người đứng đầu", "→ gọi `.Signature(s => s.SignFor(")]
    [InlineData("en", "is followed by \"GIÁM ĐỐC\", the head's title again", "→ call `.Signature(s => s.SignFor(")]
    public void What_the_validator_refuses_is_reported_in_the_chosen_language_with_the_builder_hint(string lang, string says, string hint)
    {
        using var temp = new TempFolder();
        var json = File.ReadAllText(Spec).Replace("\"PHÓ GIÁM ĐỐC\"", "\"GIÁM ĐỐC\"", StringComparison.Ordinal);
        var spec = temp.Write("kt.json", json);
        var output = Path.Combine(temp.Path, "out.docx");

        var run = InProcess.Run(CommandLineApp.ToolValidator, "new", "BaoCao", "--from", spec, "-o", output, "--lang", lang);

        run.ExitCode.Should().Be(1, run.ToString());
        run.Stderr.Should().Contain("$.signature: error AD5003").And.Contain(says).And.Contain(hint).And.Contain("nothing written");
        if (lang == "en")
        {
            run.Stderr.Should().NotContain("→ gọi");
        }
        else
        {
            run.Stderr.Should().NotContain("→ call");
        }

        File.Exists(output).Should().BeFalse();
    }

    [Theory]
    [InlineData(new[] { "new", "Foo", "--from", "SPEC", "-o", "x.docx" }, "unknown kind 'Foo'")]
    [InlineData(new[] { "new", "BaoCao", "--from", "SPEC", "-o", "x.pdf" }, "cannot tell the output format")]
    [InlineData(new[] { "new", "BaoCao", "--from", "missing.json", "-o", "x.docx" }, "cannot read the spec")]
    [InlineData(new[] { "new", "BaoCao", "-o", "x.docx" }, "--from")]
    public void Usage_and_io_errors_exit_2(string[] args, string says)
    {
        using var temp = new TempFolder();
        var full = args.Select(a => a == "SPEC" ? Spec : a.EndsWith(".docx", StringComparison.Ordinal) || a.EndsWith(".pdf", StringComparison.Ordinal) || a == "missing.json" ? Path.Combine(temp.Path, a) : a).ToArray();

        var run = InProcess.Run(CommandLineApp.ToolValidator, full);

        run.ExitCode.Should().Be(2, run.ToString());
        run.Stderr.Should().Contain(says);
    }

    [Fact]
    public void The_kind_on_the_command_line_must_agree_with_the_spec()
    {
        using var temp = new TempFolder();
        var run = InProcess.Run(CommandLineApp.ToolValidator, "new", "cong-van", "--from", Spec, "-o", Path.Combine(temp.Path, "x.docx"));

        run.ExitCode.Should().Be(1, run.ToString());
        run.Stderr.Should().Contain("$.kind");
    }

    [Fact]
    public void The_real_tool_reads_the_spec_from_standard_input()
    {
        using var temp = new TempFolder();
        File.Copy(Spec, Path.Combine(temp.Path, "spec.json"));

        var run = CliProcess.RunWithInput(temp.Path, File.ReadAllBytes(Spec), "new", "BaoCao", "--from", "-", "-o", "out.docx");

        run.ExitCode.Should().Be(0, run.ToString());
        CommandLineApp.ToolValidator.ValidateFile(Path.Combine(temp.Path, "out.docx")).Diagnostics.Should().BeEmpty();
    }
}

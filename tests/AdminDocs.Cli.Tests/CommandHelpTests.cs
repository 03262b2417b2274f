using System;
using System.IO;
using System.Linq;
using AdminDocs.Cli.Tests.Support;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests;

/// <summary>Each command's help ends with its own exit codes and examples; a mistyped command suggests the nearest.</summary>
public class CommandHelpTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLineApp.Run(args, stdout, stderr);
        return (code, stdout.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), stderr.ToString());
    }

    private static string Epilog(string help) => help.Substring(help.IndexOf("Exit codes", StringComparison.Ordinal));

    [Theory]
    [InlineData("validate", "1  At least one diagnostic at or above --fail-on.", "admindocs validate bao-cao.docx")]
    [InlineData("rules", "2  Usage error (an unknown rule id or name", "admindocs rules AD2208")]
    [InlineData("convert", "1  The input could not be read as a document", "admindocs convert bao-cao.txt bao-cao.docx")]
    [InlineData("new", "1  The spec does not describe a valid document", "admindocs new bao-cao --from samples/bao-cao-spec.json -o bao-cao.docx")]
    public void Each_command_shows_its_own_exit_codes_and_examples(string command, string exitCode, string example)
    {
        var (code, output, error) = Run(command, "--help");

        code.Should().Be(0, error);
        var epilog = Epilog(output);
        epilog.Should().Contain(exitCode).And.Contain(example);

        // Only its own examples: no other command's lines, and no validate exit code in the others.
        var exampleCommands = epilog.Substring(epilog.IndexOf("Examples:", StringComparison.Ordinal)).Split('\n')
            .Select(l => l.Trim()).Where(l => l.Contains("admindocs ", StringComparison.Ordinal))
            .Select(l => l.Substring(l.IndexOf("admindocs ", StringComparison.Ordinal)).Split(' ')[1]).Distinct();
        exampleCommands.Should().Equal(command);
        if (command != "validate")
        {
            epilog.Should().NotContain("--fail-on");
        }
    }

    [Fact]
    public void Rules_has_no_exit_code_1()
    {
        var epilog = Epilog(Run("rules", "--help").Out);

        epilog.Should().Contain("0  The rules were listed").And.NotContain("\n  1  ").And.NotContain("\n  3  ");
    }

    [Fact]
    public void The_root_help_gives_an_example_of_every_command()
    {
        var (code, output, _) = Run("--help");

        code.Should().Be(0);
        var epilog = Epilog(output);
        foreach (var command in new[] { "validate", "rules", "convert", "new" })
        {
            epilog.Should().Contain("admindocs " + command + " ");
        }
    }

    [Theory]
    [InlineData("validat", "validate")]
    [InlineData("vaildate", "validate")]
    [InlineData("VALIDATE", "validate")]
    [InlineData("rule", "rules")]
    [InlineData("convret", "convert")]
    [InlineData("nwe", "new")]
    public void A_mistyped_command_suggests_the_nearest_one(string typed, string suggestion)
    {
        var (code, output, error) = Run(typed, "bao-cao.txt");

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain($"'{typed}' is not a command. Did you mean {suggestion}?");
        error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2, "one message, not one per argument: " + error);
    }

    [Fact]
    public void A_word_far_from_every_command_lists_them_and_a_file_suggests_validate()
    {
        var (code, _, error) = Run("frobnicate");
        code.Should().Be(2);
        error.Should().Contain("'frobnicate' is not a command (commands: validate, rules, convert, new)").And.NotContain("Did you mean");

        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "bao-cao.txt");
        File.WriteAllText(file, "x");
        (code, _, error) = Run(file);
        code.Should().Be(2);
        error.Should().Contain("To check it: admindocs validate " + file);
    }

    [Fact]
    public void The_real_tool_suggests_the_command_too()
    {
        var run = CliProcess.Run(null, "validat", "x.txt");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Stderr.Should().Contain("Did you mean validate?");
        run.Stdout.Should().BeEmpty();
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AdminDocs.Cli.Tests.Support;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests;

/// <summary>Colour and the progress bar: only on an interactive terminal, never on CI or when redirected, and
/// never in the report itself.</summary>
public class TerminalTests
{
    private static CliRun Run(TerminalInfo terminal, params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var code = CommandLineApp.Run(args, stdout, stderr, TestValidators.With(TestValidators.Error(), TestValidators.Warning(), TestValidators.Info()), terminal);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    private static TerminalInfo Terminal(bool stdout, bool stderr, params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value);
        return new TerminalInfo(stdout, stderr, name => map.GetValueOrDefault(name));
    }

    private static string[] Files(TempFolder temp, int count) =>
        Enumerable.Range(0, count).Select(i => temp.Write($"f{i:D2}.txt", "x")).ToArray();

    [Fact]
    public void A_terminal_gets_a_progress_bar_on_stderr_that_is_erased_and_the_report_is_unchanged()
    {
        using var temp = new TempFolder();
        var files = Files(temp, 12);

        var plain = Run(TerminalInfo.Redirected, ["validate", "--no-color", .. files]);
        var interactive = Run(Terminal(stdout: false, stderr: true), ["validate", .. files]);

        interactive.Stderr.Should().StartWith("\r[").And.Contain("] 12/12 files").And.EndWith("\r\u001b[2K");
        interactive.Stdout.Should().Be(plain.Stdout);
        plain.Stderr.Should().BeEmpty();
    }

    [Theory]
    [InlineData("CI", "true")]
    [InlineData("CI", "1")]
    [InlineData("TERM", "dumb")]
    public void No_progress_bar_on_ci_or_a_dumb_terminal(string variable, string value)
    {
        using var temp = new TempFolder();

        var run = Run(Terminal(stdout: true, stderr: true, (variable, value)), ["validate", .. Files(temp, 12)]);

        run.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void No_progress_bar_for_a_few_files()
    {
        using var temp = new TempFolder();

        var run = Run(Terminal(stdout: false, stderr: true), ["validate", .. Files(temp, ProgressBar.MinimumFiles)]);

        run.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Severities_are_coloured_only_on_a_terminal()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "x");

        var terminal = Run(Terminal(stdout: true, stderr: false), "validate", file);
        var redirected = Run(TerminalInfo.Redirected, "validate", file);

        terminal.Stdout.Should().Contain(": \u001b[31;1merror\u001b[0m AD2001")
            .And.Contain(": \u001b[33mwarning\u001b[0m AD3106")
            .And.Contain(": \u001b[36minfo\u001b[0m AD2202");
        redirected.Stdout.Should().NotContain("\u001b");
        terminal.Stdout.Replace("\u001b[31;1m", string.Empty, StringComparison.Ordinal).Replace("\u001b[33m", string.Empty, StringComparison.Ordinal)
            .Replace("\u001b[36m", string.Empty, StringComparison.Ordinal).Replace("\u001b[0m", string.Empty, StringComparison.Ordinal)
            .Should().Be(redirected.Stdout);
    }

    [Fact]
    public void No_color_option_no_color_variable_and_output_files_turn_colour_off()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "x");
        var report = Path.Combine(temp.Path, "report.txt");

        Run(Terminal(stdout: true, stderr: true), "validate", "--no-color", file).Stdout.Should().NotContain("\u001b");
        Run(Terminal(stdout: true, stderr: true, ("NO_COLOR", "1")), "validate", file).Stdout.Should().NotContain("\u001b");
        Run(Terminal(stdout: true, stderr: true), "validate", "-o", report, file).ExitCode.Should().Be(1);
        File.ReadAllText(report).Should().NotContain("\u001b");
    }

    [Fact]
    public void Other_formats_are_never_coloured()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "x");

        foreach (var format in new[] { "json", "sarif", "github", "junit" })
        {
            Run(Terminal(stdout: true, stderr: true), "validate", "-f", format, file).Stdout.Should().NotContain("\u001b", format);
        }
    }

    [Fact]
    public void The_real_tool_with_redirected_output_has_no_colour_and_no_progress()
    {
        using var temp = new TempFolder();
        for (var i = 0; i < 8; i++)
        {
            temp.Write($"r{i}.txt", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestAssets", "samples", "bao-cao-sgtvt-binh-dinh-2019.txt")));
        }

        var run = CliProcess.Run(temp.Path, "validate", ".");

        run.Stdout.Should().NotContain("\u001b");
        run.Stderr.Should().BeEmpty();
    }
}

using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using AdminDocs.Cli.Tests.Support;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests;

/// <summary>The README stays true: its sample output is what the tool prints, and its C# example is the one a test runs.</summary>
public class ReadmeTests
{
    private static readonly string Root = RepositoryRoot();

    private static string Readme => File.ReadAllText(Path.Combine(Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    [Fact]
    public void The_output_shown_for_the_first_command_is_what_the_tool_prints()
    {
        var shown = Regex.Match(Readme, "```\n(== samples/.*?)```", RegexOptions.Singleline);
        shown.Success.Should().BeTrue("the README shows the output of 'validate samples/'");

        var run = CliProcess.Run(Root, "validate", "samples/");

        run.ExitCode.Should().Be(1, "the README says so\n" + run);
        run.Stdout.Should().Be(shown.Groups[1].Value);
    }

    [Fact]
    public void The_builder_example_is_the_one_the_docs_example_test_runs()
    {
        var example = Regex.Match(Readme, "```csharp\n(using AdminDocs;\nusing AdminDocs.Building;.*?)```", RegexOptions.Singleline);
        example.Success.Should().BeTrue("the README shows the builder");
        var test = File.ReadAllText(Path.Combine(Root, "tests", "AdminDocs.Tests", "Building", "DocsExampleTests.cs"));

        var statement = Normalize(example.Groups[1].Value[example.Groups[1].Value.IndexOf("AdminDocument report", StringComparison.Ordinal)..example.Groups[1].Value.IndexOf(".Build();", StringComparison.Ordinal)]);
        Normalize(test).Should().Contain(statement, "tests/AdminDocs.Tests/Building/DocsExampleTests.cs builds and validates the README's example");
    }

    private static string Normalize(string code) => Regex.Replace(code, @"\s+", " ").Trim();

    private static string RepositoryRoot([CallerFilePath] string callerFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(callerFile)!, "..", ".."));
}

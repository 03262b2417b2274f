using System;
using System.IO;
using System.Linq;
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

        var statement = Normalize(example.Groups[1].Value[example.Groups[1].Value.IndexOf("DocumentBuildResult built", StringComparison.Ordinal)..example.Groups[1].Value.IndexOf(".Build();", StringComparison.Ordinal)]);
        Normalize(test).Should().Contain(statement, "tests/AdminDocs.Tests/Building/DocsExampleTests.cs builds and validates the README's example");
    }

    private static string Normalize(string code) => Regex.Replace(code, @"\s+", " ").Trim();

    private static string RepositoryRoot([CallerFilePath] string callerFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(callerFile)!, "..", ".."));
}

/// <summary>
/// Every C# example of the README and of the package READMEs compiles as written, in a project like the one
/// <c>dotnet new console</c> makes (implicit usings, nullable) that references the packed packages of this run: each
/// example becomes a method of its own (its usings at the top of its file), and the project is built with
/// <c>dotnet build</c>.
/// </summary>
[Collection(Packaging.PackedPackagesGroup.Name)]
public sealed class ReadmeExamplesTests
{
    private readonly Packaging.PackedPackages _packages;

    public ReadmeExamplesTests(Packaging.PackedPackages packages) => _packages = packages;

    [Fact]
    public void Every_csharp_example_of_the_READMEs_compiles()
    {
        var root = _packages.Root;
        // The READMEs, and the guides whose examples an app copies: docs/builder.md and docs/configuration.md.
        var readmes = new[] { "README.md" }.Concat(Packaging.PackedPackages.Ids.Select(id => $"src/{id}/README.md"))
            .Concat(new[] { "docs/builder.md", "docs/configuration.md" });
        var folder = Path.Combine(_packages.Temp, "readme-examples");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="admindocs-packed" value="{_packages.Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(folder, "Examples.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="AdminDocs" Version="{_packages.Version}" />
                <PackageReference Include="AdminDocs.Docx" Version="{_packages.Version}" />
                <PackageReference Include="AdminDocs.Html" Version="{_packages.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Main.cs"), "internal static class EntryPoint\n{\n    private static void Main()\n    {\n    }\n}\n");

        var count = 0;
        foreach (var readme in readmes)
        {
            var text = File.ReadAllText(Path.Combine(root, readme)).Replace("\r\n", "\n", StringComparison.Ordinal);
            foreach (Match block in Regex.Matches(text, "```csharp\n(.*?)```", RegexOptions.Singleline))
            {
                count++;
                var lines = block.Groups[1].Value.TrimEnd('\n').Split('\n');
                var usings = lines.TakeWhile(l => l.StartsWith("using ", StringComparison.Ordinal) || l.Length == 0).ToList();
                var body = lines.Skip(usings.Count).Select(l => "        " + l);
                if (lines.Skip(usings.Count).Any(l => Regex.IsMatch(l, @"^(public|internal) (sealed |static )?class ")))
                {
                    // An example that declares types (an extension and its rule) is a file of its own.
                    File.WriteAllText(Path.Combine(folder, $"Example{count}.cs"), $"// {readme}, C# example {count}\n" + string.Join("\n", lines) + "\n");
                    continue;
                }

                File.WriteAllText(Path.Combine(folder, $"Example{count}.cs"), $$"""
                    // {{readme}}, C# example {{count}}
                    {{string.Join("\n", usings)}}

                    internal static class Example{{count}}
                    {
                        private static async System.Threading.Tasks.Task RunAsync()
                        {
                    {{string.Join("\n", body)}}
                            await System.Threading.Tasks.Task.CompletedTask;
                        }
                    }
                    """);
            }
        }

        count.Should().BeGreaterThanOrEqualTo(6, "the README shows validation, the C# 7.3 options and the builder; each library package README an example");
        var build = Packaging.PackedPackages.Run(CliProcess.DotnetHost, folder, "build", "--nologo", "--disable-build-servers", "-p:UseSharedCompilation=false");
        build.ExitCode.Should().Be(0, "every C# example compiles as written\n" + build);
    }
}

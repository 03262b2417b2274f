using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using AdminDocs.Cli.Tests.Support;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests;

/// <summary>
/// The tool as users get it: AdminDocs, AdminDocs.Docx, AdminDocs.Html and the AdminDocs.Cli tool are packed to a local folder,
/// the tool is installed from there with <c>dotnet tool install --tool-path</c> (a temporary nuget.config names only
/// that folder, so nothing is downloaded) and run on the samples. Takes a minute or two: it builds in Release.
/// </summary>
public sealed class PackagingTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_tool_packs_installs_from_a_local_folder_and_validates_the_samples()
    {
        var root = RepositoryRoot();
        var feed = Path.Combine(_temp.Path, "feed");
        var tools = Path.Combine(_temp.Path, "tools");
        var version = "0.0.0-packtest." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);

        foreach (var project in new[] { "src/AdminDocs", "src/AdminDocs.Docx", "src/AdminDocs.Html", "src/AdminDocs.Cli" })
        {
            // Analyzers off: the normal build runs them; here they would only double the time.
            Dotnet(root, "pack", project, "-c", "Release", "-o", feed, "-p:Version=" + version, "-p:RunAnalyzers=false", "--nologo", "--disable-build-servers");
        }

        // The packages carry their metadata.
        var cli = Nuspec(Path.Combine(feed, $"AdminDocs.Cli.{version}.nupkg"));
        Meta(cli, "packageTypes").Descendants().Should().Contain(e => (string?)e.Attribute("name") == "DotnetTool");
        foreach (var id in new[] { "AdminDocs", "AdminDocs.Docx", "AdminDocs.Html", "AdminDocs.Cli" })
        {
            var package = Path.Combine(feed, $"{id}.{version}.nupkg");
            var nuspec = Nuspec(package);
            Meta(nuspec, "license").Value.Should().Be("MIT");
            ((string?)Meta(nuspec, "license").Attribute("type")).Should().Be("expression");
            Meta(nuspec, "readme").Value.Should().Be("README.md");
            ((string?)Meta(nuspec, "repository").Attribute("url")).Should().StartWith("https://");
            Meta(nuspec, "description").Value.Should().NotBeNullOrWhiteSpace();
            Meta(nuspec, "tags").Value.Should().Contain("nghi-dinh-30");
            using var zip = ZipFile.OpenRead(package);
            zip.GetEntry("README.md").Should().NotBeNull($"{id} packs the README it names");
        }

        // Installed from the local folder only.
        var config = Path.Combine(_temp.Path, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        Dotnet(_temp.Path, "tool", "install", "--tool-path", tools, "--add-source", feed, "--configfile", config, "AdminDocs.Cli", "--version", version);
        var admindocs = Path.Combine(tools, OperatingSystem.IsWindows() ? "admindocs.exe" : "admindocs");
        File.Exists(admindocs).Should().BeTrue("the tool's command is 'admindocs'");

        // It validates the samples exactly as the tool built in the tree does.
        var assets = Path.Combine(AppContext.BaseDirectory, "TestAssets");
        var installed = Run(admindocs, assets, "validate", "samples/");
        var inTree = CliProcess.Run(assets, "validate", "samples/");
        installed.ExitCode.Should().Be(1, "the 2019 sample has errors\n" + installed);
        installed.Stdout.Should().Contain("== samples/bao-cao-mau-nd30.txt (ND30, draft): 0 errors, 0 warnings, 0 infos")
            .And.Contain("2 files: 4 errors");
        installed.Stdout.Should().Be(inTree.Stdout);
        installed.Stderr.Should().BeEmpty();

        Run(admindocs, assets, "--version").Stdout.Should().StartWith(version);
        var rules = Run(admindocs, assets, "rules", "AD2208", "--lang", "en");
        rules.ExitCode.Should().Be(0, rules.ToString());
        rules.Stdout.Should().Contain("Số: 215/SGTVT-VP", "the rule explanations are embedded in the packed tool");
    }

    private static XElement Meta(XDocument nuspec, string name) =>
        nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata").Elements().SingleOrDefault(e => e.Name.LocalName == name)
        ?? throw new InvalidOperationException($"The nuspec has no <{name}>.");

    private static XDocument Nuspec(string package)
    {
        File.Exists(package).Should().BeTrue($"{Path.GetFileName(package)} was packed");
        using var zip = ZipFile.OpenRead(package);
        var entry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/', StringComparison.Ordinal));
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    private static CliRun Dotnet(string workingDirectory, params string[] args)
    {
        var run = Run(CliProcess.DotnetHost, workingDirectory, args);
        run.ExitCode.Should().Be(0, $"dotnet {string.Join(' ', args)} must succeed\n{run}");
        return run;
    }

    private static CliRun Run(string fileName, string workingDirectory, params string[] args)
    {
        // The test host's MSBuild variables would point the child build at the test's own MSBuild instance.
        var environment = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(k => k, _ => (string?)null);
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        // The tool shim finds the runtime the tests run on.
        if (Path.IsPathRooted(CliProcess.DotnetHost) && Path.GetDirectoryName(CliProcess.DotnetHost) is { Length: > 0 } dotnetRoot)
        {
            environment["DOTNET_ROOT"] = dotnetRoot;
        }

        return CliProcess.RunProgram(fileName, workingDirectory, null, Timeout, environment, args);
    }

    private static string RepositoryRoot([CallerFilePath] string callerFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(callerFile)!, "..", ".."));
}

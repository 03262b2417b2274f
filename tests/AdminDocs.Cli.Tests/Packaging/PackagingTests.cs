using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AdminDocs.Cli.Tests.Support;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests.Packaging;

/// <summary>
/// The packages as users get them (packed once per run by <see cref="PackedPackages"/>): their metadata, README, icon
/// and symbols, and the tool installed from the packed folder with <c>dotnet tool install --tool-path</c> (a temporary
/// nuget.config names only that folder, so nothing is downloaded) and run on the samples.
/// </summary>
[Collection(PackedPackagesGroup.Name)]
public sealed class PackagingTests
{
    private readonly PackedPackages _packages;

    public PackagingTests(PackedPackages packages) => _packages = packages;

    [Fact]
    public void Every_package_carries_its_metadata_README_icon_and_symbols()
    {
        var cli = Nuspec(_packages.Package("AdminDocs.Cli"));
        Meta(cli, "packageTypes").Descendants().Should().Contain(e => (string?)e.Attribute("name") == "DotnetTool");
        foreach (var id in PackedPackages.Ids)
        {
            var package = _packages.Package(id);
            var nuspec = Nuspec(package);
            Meta(nuspec, "license").Value.Should().Be("MIT");
            ((string?)Meta(nuspec, "license").Attribute("type")).Should().Be("expression");
            Meta(nuspec, "readme").Value.Should().Be("README.md");
            Meta(nuspec, "icon").Value.Should().Be("icon.png");
            ((string?)Meta(nuspec, "repository").Attribute("url")).Should().StartWith("https://");
            if (id != "AdminDocs.Docx")
            {
                Meta(nuspec, "description").Value.Should().Contain("HTML", $"{id}'s description mentions HTML");
            }

            Meta(nuspec, "tags").Value.Split(' ').Should().Contain(new[] { "nghi-dinh-30", "docx", "html" });

            using var zip = ZipFile.OpenRead(package);
            zip.GetEntry("icon.png").Should().NotBeNull($"{id} packs the icon it names");
            var readme = Text(zip, "README.md");
            readme.Should().StartWith("# ", $"{id} packs its own README");
            readme.Should().Contain(id == "AdminDocs.Cli" ? "dotnet tool install -g AdminDocs.Cli" : "dotnet add package " + id);
            Regex.Matches(readme, @"\]\((?<target>[^)]*)\)").Select(m => m.Groups["target"].Value)
                .Where(t => !t.StartsWith("https://", StringComparison.Ordinal))
                .Should().BeEmpty($"{id}'s README renders on the package page: absolute links only");
            readme.Should().NotContain("<img").And.NotContain("![").And.NotContain("dotnet run --project", $"{id}'s README needs no repository");

            // Symbols in a .snupkg, with the sources named by mapped paths, never the build machine's folders.
            var symbols = _packages.Package(id, "snupkg");
            File.Exists(symbols).Should().BeTrue($"{id} has a symbol package");
            using var symbolZip = ZipFile.OpenRead(symbols);
            var pdbs = symbolZip.Entries.Where(e => e.FullName.EndsWith(".pdb", StringComparison.Ordinal)).ToList();
            pdbs.Should().NotBeEmpty();
            foreach (var pdb in pdbs)
            {
                Documents(pdb).Should().NotBeEmpty().And.OnlyContain(d => d.StartsWith("/_/", StringComparison.Ordinal), $"{pdb.FullName} of {id} is path-mapped")
                    .And.NotContain(d => d.Contains(_packages.Root, StringComparison.Ordinal));
            }
        }

        // The tool runs on the next major runtime when .NET 10 is missing.
        using (var tool = ZipFile.OpenRead(_packages.Package("AdminDocs.Cli")))
        {
            var runtimeConfig = tool.Entries.Single(e => e.FullName.EndsWith("/AdminDocs.Cli.runtimeconfig.json", StringComparison.Ordinal));
            using var stream = runtimeConfig.Open();
            using var json = JsonDocument.Parse(stream);
            json.RootElement.GetProperty("runtimeOptions").GetProperty("rollForward").GetString().Should().Be("Major");
        }
    }

    [Fact]
    public void The_tool_installs_from_the_packed_folder_and_validates_the_samples()
    {
        var feed = _packages.Feed;
        var version = _packages.Version;
        var tools = Path.Combine(_packages.Temp, "tools");

        // Installed from the local folder only.
        var config = Path.Combine(_packages.Temp, "install", "nuget.config");
        Directory.CreateDirectory(Path.GetDirectoryName(config)!);
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        PackedPackages.Dotnet(Path.GetDirectoryName(config)!, "tool", "install", "--tool-path", tools, "--add-source", feed, "--configfile", config, "AdminDocs.Cli", "--version", version);
        var admindocs = Path.Combine(tools, OperatingSystem.IsWindows() ? "admindocs.exe" : "admindocs");
        File.Exists(admindocs).Should().BeTrue("the tool's command is 'admindocs'");

        // It validates the samples exactly as the tool built in the tree does.
        var assets = Path.Combine(AppContext.BaseDirectory, "TestAssets");
        var installed = PackedPackages.Run(admindocs, assets, "validate", "samples/");
        var inTree = CliProcess.Run(assets, "validate", "samples/");
        installed.ExitCode.Should().Be(1, "the 2019 sample has errors\n" + installed);
        installed.Stdout.Should().Contain("== samples/bao-cao-mau-nd30.txt (ND30, draft): 0 errors, 0 warnings, 0 infos")
            .And.Contain("2 files: 4 errors");
        installed.Stdout.Should().Be(inTree.Stdout);
        installed.Stderr.Should().BeEmpty();

        PackedPackages.Run(admindocs, assets, "--version").Stdout.Should().StartWith(version);
        var rules = PackedPackages.Run(admindocs, assets, "rules", "AD2208", "--lang", "en");
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

    private static string Text(ZipArchive zip, string entry)
    {
        using var reader = new StreamReader(zip.GetEntry(entry)?.Open() ?? throw new InvalidOperationException($"No {entry} in the package."));
        return reader.ReadToEnd();
    }

    private static List<string> Documents(ZipArchiveEntry pdb)
    {
        using var stream = pdb.Open();
        var memory = new MemoryStream();
        stream.CopyTo(memory);
        memory.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(memory);
        var reader = provider.GetMetadataReader();
        return reader.Documents.Select(d => reader.GetString(reader.GetDocument(d).Name)).ToList();
    }
}

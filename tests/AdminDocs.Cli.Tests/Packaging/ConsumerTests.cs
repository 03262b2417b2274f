using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using AdminDocs.Cli.Tests.Support;
using AdminDocs.Docx;
using AdminDocs.Html;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests.Packaging;

/// <summary>
/// The library packages as their users get them: projects outside the repository reference AdminDocs, AdminDocs.Docx
/// and AdminDocs.Html by version from the packed folder, read a real .docx, validate it with options that are not
/// the defaults (stage issued, profile ND30, AD2208 off, AD6001 raised to an error) and write it as HTML:
/// (a) a net10.0 app; (b) a netstandard2.0 library called by a net10.0 app, once at <c>LangVersion latest</c> with
/// the options set by <c>init</c> (the netstandard2.0 assembly's <c>init</c> setters must bind to the net10.0
/// assembly the app loads: issue 11) and once at its default language version (C# 7.3) with the <c>With...</c>
/// methods; (c) the C# 7.3 code compiled for net48 too (compile only). (a) and (b) run and print what the library
/// built in this tree prints in-process.
/// </summary>
[Collection(PackedPackagesGroup.Name)]
public sealed class ConsumerTests
{
    private const string Input = "sgtvt-2019-office-tables.docx";

    private static readonly object Gate = new();
    private static Consumers? _consumers;

    private readonly PackedPackages _packages;

    public ConsumerTests(PackedPackages packages) => _packages = packages;

    [Fact]
    public void A_net10_app_validates_and_writes_HTML_through_the_packages() =>
        Check(Built().RunApp("App"), "a");

    [Fact]
    public void A_netstandard2_library_that_sets_init_options_runs_in_a_net10_app() =>
        Check(Built().RunApp("AppOfLatestLibrary"), "b-latest");

    [Fact]
    public void A_netstandard2_library_at_CSharp_7_3_runs_in_a_net10_app() =>
        Check(Built().RunApp("AppOfCSharp73Library"), "b-7.3");

    [Fact]
    public void The_CSharp_7_3_library_compiles_for_net48()
    {
        var consumers = Built();
        File.Exists(Path.Combine(consumers.Folder, "CSharp73Library", "bin", "Debug", "net48", "CSharp73Library.dll"))
            .Should().BeTrue("the C# 7.3 library also targets net48\n" + consumers.BuildOutput);
    }

    [Fact]
    public void The_net10_assemblies_forward_every_polyfill_type_of_the_netstandard2_assemblies()
    {
        // A polyfill that can appear in a signature (IsExternalInit in the modreq of every init setter) must be
        // forwarded by the net10.0 assembly to the runtime's own type, or code compiled against the netstandard2.0
        // assembly does not bind on .NET. Attributes (NotNullWhen, the compiler's embedded Nullable attributes) are
        // never part of a signature.
        foreach (var id in PackedPackages.LibraryIds)
        {
            using var zip = ZipFile.OpenRead(_packages.Package(id));
            var polyfills = Types(zip, $"lib/netstandard2.0/{id}.dll")
                .Where(t => t.Namespace.StartsWith("System", StringComparison.Ordinal) && !t.IsAttribute)
                .Select(t => t.Namespace + "." + t.Name)
                .ToList();
            polyfills.Should().Contain("System.Runtime.CompilerServices.IsExternalInit", $"{id} has init setters");
            Forwarded(zip, $"lib/net10.0/{id}.dll").Should().Contain(polyfills, $"{id}'s net10.0 assembly forwards its polyfills");
        }
    }

    private Consumers Built()
    {
        lock (Gate)
        {
            return _consumers ??= Consumers.Build(_packages);
        }
    }

    private void Check(CliRun run, string name)
    {
        run.ExitCode.Should().Be(0, $"consumer {name} runs\n{run}");
        run.Stdout.Should().Be(Expected(), $"consumer {name} prints what the library in this tree finds");
        run.Stdout.Should().Contain("AD2202 Error", "a blank number is an error when the stage is issued")
            .And.Contain("AD6001 Error", "AD6001 is raised to an error")
            .And.NotContain("AD2208", "AD2208 is turned off")
            .And.Contain("profile Nd30, stage Issued");
        var html = File.ReadAllText(Path.Combine(Built().Folder, "out-" + name + ".html"));
        html.Should().StartWith("<!DOCTYPE html>").And.Contain("<title>consumer</title>").And.Contain("KẾT QUẢ HOẠT ĐỘNG THÔNG TIN ĐỐI NGOẠI");
        html.Should().Be(new HtmlWriter(new HtmlWriterOptions { PageTitle = "consumer" }).Write(Validate().Document), $"consumer {name} writes the HTML the library in this tree writes");
    }

    private static ValidationResult Validate() =>
        Validator.CreateBuilder().AddDocx().AddHtml().Build().ValidateFile(Path.Combine(AppContext.BaseDirectory, "TestAssets", "docx", Input), Consumers.Options);

    /// <summary>What every consumer prints, computed in-process with the library built in this tree.</summary>
    private static string Expected()
    {
        var result = Validate();
        var text = new StringBuilder();
        foreach (var d in result.Diagnostics)
        {
            text.Append(d.Id).Append(' ').Append(d.Severity).Append('\n');
        }

        return text.Append(result.Diagnostics.Length).Append(" findings, profile ").Append(result.Profile).Append(", stage ").Append(result.Stage).Append('\n').ToString();
    }

    private static List<(string Namespace, string Name, bool IsAttribute)> Types(ZipArchive zip, string entry)
    {
        using var pe = Open(zip, entry);
        var reader = pe.GetMetadataReader();
        return reader.TypeDefinitions.Select(reader.GetTypeDefinition)
            .Select(t => (reader.GetString(t.Namespace), reader.GetString(t.Name), IsAttribute(reader, t)))
            .ToList();
    }

    private static List<string> Forwarded(ZipArchive zip, string entry)
    {
        using var pe = Open(zip, entry);
        var reader = pe.GetMetadataReader();
        return reader.ExportedTypes.Select(reader.GetExportedType)
            .Where(t => t.IsForwarder)
            .Select(t => reader.GetString(t.Namespace) + "." + reader.GetString(t.Name))
            .ToList();
    }

    private static bool IsAttribute(MetadataReader reader, TypeDefinition type) =>
        !type.BaseType.IsNil && type.BaseType.Kind == HandleKind.TypeReference
        && reader.GetString(reader.GetTypeReference((TypeReferenceHandle)type.BaseType).Name) == "Attribute";

    private static PEReader Open(ZipArchive zip, string entry)
    {
        var found = zip.GetEntry(entry) ?? throw new InvalidOperationException($"The package has no {entry}.");
        using var stream = found.Open();
        var memory = new MemoryStream();
        stream.CopyTo(memory);
        memory.Position = 0;
        return new PEReader(memory);
    }

    /// <summary>The consumer projects, written and built once for the test class.</summary>
    private sealed class Consumers
    {
        /// <summary>The options every consumer sets, in-process.</summary>
        public static readonly ValidationOptions Options = ValidationOptions.Default
            .WithStage(ValidationStage.Issued)
            .WithProfile(DocumentProfile.Nd30)
            .WithRuleSeverity("AD2208", null)
            .WithRuleSeverity("AD6001", DiagnosticSeverity.Error);

        private const string LatestCode = """
                        ValidationOptions options = new ValidationOptions
                        {
                            Stage = ValidationStage.Issued,
                            Profile = DocumentProfile.Nd30,
                            RuleSeverities = ValidationOptions.Default.RuleSeverities.SetItem("AD2208", null).SetItem("AD6001", DiagnosticSeverity.Error),
                        };
                        HtmlWriterOptions htmlOptions = new HtmlWriterOptions { PageTitle = "consumer" };
            """;

        private const string CSharp73Code = """
                        ValidationOptions options = ValidationOptions.Default
                            .WithStage(ValidationStage.Issued)
                            .WithProfile(DocumentProfile.Nd30)
                            .WithRuleSeverity("AD2208", null)
                            .WithRuleSeverity("AD6001", DiagnosticSeverity.Error);
                        HtmlWriterOptions htmlOptions = HtmlWriterOptions.Default.WithPageTitle("consumer");
            """;

        private Consumers(string folder, string buildOutput)
        {
            Folder = folder;
            BuildOutput = buildOutput;
        }

        public string Folder { get; }

        public string BuildOutput { get; }

        public static Consumers Build(PackedPackages packages)
        {
            var folder = Path.Combine(packages.Temp, "consumers");
            Directory.CreateDirectory(folder);
            void Write(string relative, string content)
            {
                var path = Path.Combine(folder, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, content.Replace("$VERSION", packages.Version, StringComparison.Ordinal), new UTF8Encoding(false));
            }

            // Nothing of the repository's build settings reaches these projects; the packed folder is added to the
            // machine's package sources (inherited: no remote host is named here).
            Write("Directory.Build.props", "<Project />\n");
            Write("Directory.Build.targets", "<Project />\n");
            Write("nuget.config", $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="admindocs-packed" value="{packages.Feed}" />
                  </packageSources>
                </configuration>
                """);
            File.Copy(Path.Combine(AppContext.BaseDirectory, "TestAssets", "docx", Input), Path.Combine(folder, Input));
            const string References = """
                  <ItemGroup>
                    <PackageReference Include="AdminDocs" Version="$VERSION" />
                    <PackageReference Include="AdminDocs.Docx" Version="$VERSION" />
                    <PackageReference Include="AdminDocs.Html" Version="$VERSION" />
                  </ItemGroup>
                """;

            // (a) a net10.0 console app, in today's C#.
            Write("App/App.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                  </PropertyGroup>
                {References}
                </Project>
                """);
            Write("App/Program.cs", """
                using System.Text;
                using AdminDocs.Docx;
                using AdminDocs.Html;
                using AdminDocs.Validation;

                var validator = Validator.CreateBuilder().AddDocx().AddHtml().Build();
                var options = new ValidationOptions
                {
                    Stage = ValidationStage.Issued,
                    Profile = DocumentProfile.Nd30,
                    RuleSeverities = ValidationOptions.Default.RuleSeverities.SetItem("AD2208", null).SetItem("AD6001", DiagnosticSeverity.Error),
                };
                var result = await validator.ValidateFileAsync(args[0], options);
                var text = new StringBuilder();
                foreach (var d in result.Diagnostics)
                {
                    text.Append(d.Id).Append(' ').Append(d.Severity).Append('\n');
                }

                text.Append(result.Diagnostics.Length).Append(" findings, profile ").Append(result.Profile).Append(", stage ").Append(result.Stage).Append('\n');
                Console.Write(text.ToString());
                File.WriteAllText(args[1], new HtmlWriter(new HtmlWriterOptions { PageTitle = "consumer" }).Write(result.Document));
                """);

            // (b) a netstandard2.0 library at LangVersion latest that sets the init options, and its net10.0 app.
            Write("LatestLibrary/LatestLibrary.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>netstandard2.0</TargetFramework>
                    <LangVersion>latest</LangVersion>
                  </PropertyGroup>
                {References}
                </Project>
                """);
            Write("LatestLibrary/Check.cs", LibraryCode(LatestCode));
            Write("AppOfLatestLibrary/AppOfLatestLibrary.csproj", AppOf("LatestLibrary"));
            Write("AppOfLatestLibrary/Program.cs", AppProgram);

            // (b) the same library at its default language version (C# 7.3) with the With methods, and (c) the same
            // code for net48 (compile only: Microsoft.NETFramework.ReferenceAssemblies, no .NET Framework here).
            Write("CSharp73Library/CSharp73Library.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFrameworks>netstandard2.0;net48</TargetFrameworks>
                  </PropertyGroup>
                {References}
                  <ItemGroup Condition="'$(TargetFramework)' == 'net48'">
                    <PackageReference Include="Microsoft.NETFramework.ReferenceAssemblies" Version="1.0.3" PrivateAssets="all" />
                  </ItemGroup>
                </Project>
                """);
            Write("CSharp73Library/Check.cs", LibraryCode(CSharp73Code));
            Write("AppOfCSharp73Library/AppOfCSharp73Library.csproj", AppOf("CSharp73Library"));
            Write("AppOfCSharp73Library/Program.cs", AppProgram);

            Write("consumers.slnx", """
                <Solution>
                  <Project Path="App/App.csproj" />
                  <Project Path="LatestLibrary/LatestLibrary.csproj" />
                  <Project Path="AppOfLatestLibrary/AppOfLatestLibrary.csproj" />
                  <Project Path="CSharp73Library/CSharp73Library.csproj" />
                  <Project Path="AppOfCSharp73Library/AppOfCSharp73Library.csproj" />
                </Solution>
                """);
            var build = PackedPackages.Dotnet(folder, "build", "consumers.slnx", "--nologo", "--disable-build-servers", "-p:UseSharedCompilation=false");
            return new Consumers(folder, build.ToString());
        }

        public CliRun RunApp(string app)
        {
            var name = app switch { "App" => "a", "AppOfLatestLibrary" => "b-latest", _ => "b-7.3" };
            return PackedPackages.Run(
                CliProcess.DotnetHost,
                Folder,
                Path.Combine(Folder, app, "bin", "Debug", "net10.0", app + ".dll"),
                Path.Combine(Folder, Input),
                Path.Combine(Folder, "out-" + name + ".html"));
        }

        private const string AppProgram = """
            using System;

            namespace Consumer
            {
                public static class Program
                {
                    public static void Main(string[] args) => Console.Write(Check.Run(args[0], args[1]));
                }
            }
            """;

        private static string AppOf(string library) => $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../{library}/{library}.csproj" />
              </ItemGroup>
            </Project>
            """;

        private static string LibraryCode(string options) => $$"""
            using System.IO;
            using System.Text;
            using AdminDocs.Docx;
            using AdminDocs.Html;
            using AdminDocs.Validation;

            namespace Consumer
            {
                public static class Check
                {
                    public static string Run(string input, string output)
                    {
                        Validator validator = Validator.CreateBuilder().AddDocx().AddHtml().Build();
            {{options}}
                        ValidationResult result = validator.ValidateFileAsync(input, options).GetAwaiter().GetResult();
                        StringBuilder text = new StringBuilder();
                        foreach (Diagnostic d in result.Diagnostics)
                        {
                            text.Append(d.Id).Append(' ').Append(d.Severity).Append('\n');
                        }

                        text.Append(result.Diagnostics.Length).Append(" findings, profile ").Append(result.Profile).Append(", stage ").Append(result.Stage).Append('\n');
                        File.WriteAllText(output, new HtmlWriter(htmlOptions).Write(result.Document));
                        return text.ToString();
                    }
                }
            }
            """;
    }
}

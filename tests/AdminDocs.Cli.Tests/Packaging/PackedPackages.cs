using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using AdminDocs.Cli.Tests.Support;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests.Packaging;

/// <summary>
/// AdminDocs, AdminDocs.Docx, AdminDocs.Html and the AdminDocs.Cli tool packed once per test run (one
/// <c>dotnet pack</c> of a temporary solution, in Release) into a temporary folder, with a version no earlier run has
/// used (<c>0.1.0-ci.TIME.gGUID</c>), so that no NuGet cache can serve a stale build. The consumer projects built from
/// it are deleted with the folder, and the packages they extracted into the global packages folder (that version
/// only) too.
/// </summary>
public sealed class PackedPackages : IDisposable
{
    /// <summary>The four package ids.</summary>
    public static readonly string[] Ids = ["AdminDocs", "AdminDocs.Docx", "AdminDocs.Html", "AdminDocs.Cli"];

    /// <summary>The three library package ids.</summary>
    public static readonly string[] LibraryIds = ["AdminDocs", "AdminDocs.Docx", "AdminDocs.Html"];

    internal static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    private readonly TempFolder _temp = new();

    public PackedPackages()
    {
        Version = string.Create(CultureInfo.InvariantCulture, $"0.1.0-ci.{DateTime.UtcNow:yyyyMMddHHmmss}.g{Guid.NewGuid().ToString("N")[..8]}");
        Feed = Path.Combine(_temp.Path, "feed");
        Root = RepositoryRoot();

        // One solution of the four packable projects: one restore, one evaluation, both cores.
        var projects = string.Join("\n", Ids.Select(id => $"  <Project Path=\"{Path.Combine(Root, "src", id, id + ".csproj")}\" />"));
        var solution = _temp.Write("pack/packages.slnx", $"<Solution>\n{projects}\n</Solution>\n");

        // Analyzers off: the normal build runs them; here they would only add time.
        Dotnet(_temp.Path, "pack", solution, "-c", "Release", "-o", Feed, "-p:Version=" + Version, "-p:RunAnalyzers=false", "--nologo", "--disable-build-servers");
    }

    /// <summary>The run-unique version of the packages.</summary>
    public string Version { get; }

    /// <summary>The folder that holds the .nupkg and .snupkg files.</summary>
    public string Feed { get; }

    /// <summary>The repository root.</summary>
    public string Root { get; }

    /// <summary>A temporary folder that is deleted with the fixture.</summary>
    public string Temp => _temp.Path;

    /// <summary>The path of a package of this run.</summary>
    /// <param name="id">The package id.</param>
    /// <param name="extension"><c>nupkg</c> or <c>snupkg</c>.</param>
    /// <returns>The path.</returns>
    public string Package(string id, string extension = "nupkg") => Path.Combine(Feed, $"{id}.{Version}.{extension}");

    /// <summary>Runs <c>dotnet</c> and fails the test unless it exits with 0.</summary>
    /// <param name="workingDirectory">The working directory.</param>
    /// <param name="args">The arguments.</param>
    /// <returns>The run.</returns>
    public static CliRun Dotnet(string workingDirectory, params string[] args)
    {
        var run = Run(CliProcess.DotnetHost, workingDirectory, args);
        run.ExitCode.Should().Be(0, $"dotnet {string.Join(' ', args)} must succeed\n{run}");
        return run;
    }

    /// <summary>Runs a program outside the test host's MSBuild (a child build would otherwise use the test's own).</summary>
    /// <param name="fileName">The program.</param>
    /// <param name="workingDirectory">The working directory.</param>
    /// <param name="args">The arguments.</param>
    /// <returns>The run.</returns>
    public static CliRun Run(string fileName, string workingDirectory, params string[] args)
    {
        var environment = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(k => k, _ => (string?)null);
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        // Programs and tool shims find the runtime the tests run on.
        if (Path.IsPathRooted(CliProcess.DotnetHost) && Path.GetDirectoryName(CliProcess.DotnetHost) is { Length: > 0 } dotnetRoot)
        {
            environment["DOTNET_ROOT"] = dotnetRoot;
        }

        return CliProcess.RunProgram(fileName, workingDirectory, null, Timeout, environment, args);
    }

    public void Dispose()
    {
        _temp.Dispose();

        // Restores extracted this run's packages into the global packages folder: remove that version, and only it.
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in Ids)
        {
            var folder = Path.Combine(globalPackages, id.ToLowerInvariant(), Version);
            try
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private static string RepositoryRoot([CallerFilePath] string callerFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(callerFile)!, "..", "..", ".."));
}

/// <summary>The tests that use the packages of this run share one pack.</summary>
[CollectionDefinition(Name)]
public sealed class PackedPackagesGroup : ICollectionFixture<PackedPackages>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Packed packages";
}

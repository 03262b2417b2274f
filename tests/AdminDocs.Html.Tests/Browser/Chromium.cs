using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace AdminDocs.Html.Tests.Browser;

/// <summary>
/// Drives headless Chromium through its own command line (<c>--dump-dom</c>, <c>--print-to-pdf</c>,
/// <c>--screenshot</c>): no driver, no download, nothing but the browser Debian ships (<c>.ci/run</c> installs it).
/// </summary>
public static class Chromium
{
    private static readonly Lazy<string?> LazyPath = new(Find);

    public static string? Path => LazyPath.Value;

    private static string? Find()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" };
        return candidates.FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));
    }

    /// <summary>Runs Chromium headless on a file with the extra arguments; returns its standard output.</summary>
    public static string Run(string file, params string[] arguments)
    {
        var path = Path ?? throw new InvalidOperationException("Chromium is not installed (looked for CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome).");
        var profile = Directory.CreateTempSubdirectory("admindocs-chromium-");
        try
        {
            var start = new ProcessStartInfo(path)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--hide-scrollbars", "--user-data-dir=" + profile.FullName })
            {
                start.ArgumentList.Add(a);
            }

            foreach (var a in arguments)
            {
                start.ArgumentList.Add(a);
            }

            start.ArgumentList.Add(new Uri(System.IO.Path.GetFullPath(file)).AbsoluteUri);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("Chromium did not finish within 120 s.");
            }

            Task.WaitAll(stdout, stderr);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"Chromium exited with {process.ExitCode}: {stderr.Result}");
            }

            return stdout.Result;
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}

/// <summary>
/// A test that needs Chromium. Without Chromium it fails on CI (<c>CI=true</c>, where <c>.ci/run</c> installs it) and
/// is skipped elsewhere, with a message saying how to install it.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (Chromium.Path is null && !ci)
        {
            Skip = "Chromium is not installed (apt-get install chromium); on CI (CI=true) this test fails instead.";
        }
    }
}

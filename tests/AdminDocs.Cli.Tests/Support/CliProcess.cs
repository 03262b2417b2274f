using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace AdminDocs.Cli.Tests.Support;

/// <summary>The outcome of one run of the tool.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The lines of standard output, without line ends.</summary>
    public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <inheritdoc/>
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}

/// <summary>Runs the real tool, <c>dotnet AdminDocs.Cli.dll</c>, as a separate process.</summary>
public static class CliProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The tool's assembly, copied next to the test assembly by the project reference.</summary>
    public static string ToolPath
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "AdminDocs.Cli.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("The tool is not next to the tests.", path);
        }
    }

    /// <summary>The dotnet host that runs the tests (so the same runtime runs the tool).</summary>
    public static string DotnetHost
    {
        get
        {
            var current = Environment.ProcessPath;
            if (current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            {
                return current;
            }

            return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        }
    }

    /// <summary>Runs <c>dotnet AdminDocs.Cli.dll args...</c> in <paramref name="workingDirectory"/>, under the C locale
    /// (so that only the tool's own setting makes its output UTF-8).</summary>
    /// <param name="workingDirectory">The working directory, or <see langword="null"/> for the current one.</param>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code and the output.</returns>
    public static CliRun Run(string? workingDirectory, params string[] args) => RunWithInput(workingDirectory, null, args);

    /// <summary>Runs the tool with <paramref name="input"/> on its standard input (closed at once when null).</summary>
    /// <param name="workingDirectory">The working directory, or <see langword="null"/> for the current one.</param>
    /// <param name="input">The bytes to write to standard input.</param>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code and the output.</returns>
    public static CliRun RunWithInput(string? workingDirectory, byte[]? input, params string[] args) =>
        RunProgram(DotnetHost, workingDirectory, input, Timeout, null, [ToolPath, .. args]);

    /// <summary>
    /// Runs any program under the C locale with English .NET messages, standard input written then closed, and both
    /// outputs read as UTF-8 with line ends normalized; kills it and throws <see cref="TimeoutException"/> after
    /// <paramref name="timeout"/>.
    /// </summary>
    /// <param name="fileName">The program.</param>
    /// <param name="workingDirectory">The working directory, or <see langword="null"/> for the current one.</param>
    /// <param name="input">The bytes to write to standard input, or <see langword="null"/>.</param>
    /// <param name="timeout">How long the program may run.</param>
    /// <param name="environment">Variables to set, or to remove (a <see langword="null"/> value), or <see langword="null"/>.</param>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code and the output.</returns>
    public static CliRun RunProgram(
        string fileName, string? workingDirectory, byte[]? input, TimeSpan timeout, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["LANG"] = "C";
        start.Environment["LC_ALL"] = "C";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        if (input is not null)
        {
            process.StandardInput.BaseStream.Write(input);
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(fileName)} {string.Join(' ', args)} did not finish within {timeout.TotalSeconds} s.");
        }

        process.WaitForExit();
        return new CliRun(process.ExitCode, Normalize(stdout.Result), Normalize(stderr.Result));
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}

/// <summary>A temporary folder, deleted when disposed.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "admindocs-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>Writes a UTF-8 file (folders created as needed) and returns its full path.</summary>
    public string Write(string relativePath, string content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content, new UTF8Encoding(false));
        return full;
    }

    /// <summary>Writes several files.</summary>
    public void WriteAll(IEnumerable<string> relativePaths, string content = "")
    {
        foreach (var relativePath in relativePaths)
        {
            Write(relativePath, content);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;

namespace AdminDocs.Cli;

/// <summary>
/// What the tool knows about where its output goes: whether standard output and standard error are interactive
/// terminals, and the environment (<c>CI</c>, <c>NO_COLOR</c>, <c>TERM</c>). Tests pass their own.
/// </summary>
/// <param name="StdoutIsTerminal">Whether standard output is a terminal (not redirected to a file or a pipe).</param>
/// <param name="StderrIsTerminal">Whether standard error is a terminal.</param>
/// <param name="GetVariable">Reads an environment variable.</param>
internal sealed record TerminalInfo(bool StdoutIsTerminal, bool StderrIsTerminal, Func<string, string?> GetVariable)
{
    /// <summary>Neither stream is a terminal: no colour, no progress (the default for in-process runs).</summary>
    public static TerminalInfo Redirected { get; } = new(false, false, _ => null);

    /// <summary>The process's console.</summary>
    /// <returns>The console's facts.</returns>
    public static TerminalInfo FromConsole() =>
        new(!Console.IsOutputRedirected, !Console.IsErrorRedirected, Environment.GetEnvironmentVariable);

    /// <summary>Whether a CI server runs the tool (<c>CI</c> set to anything but "false" or "0").</summary>
    public bool IsCi => GetVariable("CI") is { Length: > 0 } ci && ci != "0" && !string.Equals(ci, "false", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the user asked for no colour (<c>NO_COLOR</c> set and not empty, see no-color.org).</summary>
    public bool NoColorRequested => GetVariable("NO_COLOR") is { Length: > 0 };

    private bool DumbTerminal => string.Equals(GetVariable("TERM"), "dumb", StringComparison.Ordinal);

    /// <summary>Whether the report on standard output may be coloured.</summary>
    /// <param name="noColorOption">Whether <c>--no-color</c> was given.</param>
    /// <returns>Whether to use ANSI colours.</returns>
    public bool ColorOnStdout(bool noColorOption) => StdoutIsTerminal && !noColorOption && !NoColorRequested && !DumbTerminal;

    /// <summary>Whether to draw a progress bar on standard error for <paramref name="files"/> files.</summary>
    /// <param name="files">The number of files.</param>
    /// <returns>Whether to draw it: an interactive standard error, not on CI, more than a few files.</returns>
    public bool ShowProgress(int files) => StderrIsTerminal && !IsCi && !DumbTerminal && files > ProgressBar.MinimumFiles;
}

/// <summary>
/// A one-line progress bar on standard error (<c>[#######.......] 42/100 files</c>), redrawn in place with a
/// carriage return at most every 50 ms and erased when done, so that it never mixes with the report. Thread-safe.
/// Written by hand rather than with Spectre.Console: one line of ANSI is all it needs, and it adds nothing to
/// start-up time or to the Native AOT build.
/// </summary>
internal sealed class ProgressBar : IDisposable
{
    /// <summary>Batches of at most this many files get no progress bar.</summary>
    public const int MinimumFiles = 5;

    private const int Width = 30;
    private static readonly long MinimumTicks = Stopwatch.Frequency / 20;

    private readonly TextWriter _writer;
    private readonly int _total;
    private readonly bool _color;
    private readonly object _gate = new();
    private long _lastDraw;
    private int _done;
    private bool _drawn;

    /// <summary>Creates a bar and draws it empty.</summary>
    /// <param name="writer">Standard error.</param>
    /// <param name="total">The number of files.</param>
    /// <param name="color">Whether to colour the bar.</param>
    public ProgressBar(TextWriter writer, int total, bool color)
    {
        _writer = writer;
        _total = total;
        _color = color;
        lock (_gate)
        {
            Draw();
        }
    }

    /// <summary>Counts one more file done and redraws if enough time has passed (or it was the last).</summary>
    public void Advance()
    {
        lock (_gate)
        {
            _done++;
            var now = Stopwatch.GetTimestamp();
            if (now - _lastDraw >= MinimumTicks || _done == _total)
            {
                Draw();
            }
        }
    }

    /// <summary>Erases the bar.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_drawn)
            {
                _writer.Write("\r\u001b[2K");
                _writer.Flush();
                _drawn = false;
            }
        }
    }

    private void Draw()
    {
        _lastDraw = Stopwatch.GetTimestamp();
        var filled = _total == 0 ? Width : (int)((long)_done * Width / _total);
        var line = new StringBuilder("\r");
        line.Append('[');
        if (_color)
        {
            line.Append("\u001b[32m");
        }

        line.Append('#', filled);
        if (_color)
        {
            line.Append("\u001b[0m");
        }

        line.Append('.', Width - filled).Append("] ");
        line.Append(_done.ToString(CultureInfo.InvariantCulture)).Append('/').Append(_total.ToString(CultureInfo.InvariantCulture)).Append(" files");
        _writer.Write(line.ToString());
        _writer.Flush();
        _drawn = true;
    }
}

/// <summary>ANSI colours for the text report on a terminal.</summary>
internal static class Ansi
{
    /// <summary>Colours the severity word of a text report line ("error", "warning", "info") and dims the source.</summary>
    /// <param name="line">A line of <see cref="TextReportWriter"/>.</param>
    /// <returns>The line with ANSI colours.</returns>
    public static string ColorizeLine(string line)
    {
        foreach (var (word, code) in new[] { (": error ", "31;1"), (": warning ", "33"), (": info ", "36") })
        {
            var at = line.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0)
            {
                var start = at + 2;
                var end = start + word.Length - 3;
                var colored = line.Substring(0, start) + "\u001b[" + code + "m" + line.Substring(start, end - start) + "\u001b[0m" + line.Substring(end);
                return colored;
            }
        }

        return line.StartsWith("== ", StringComparison.Ordinal) ? "\u001b[1m" + line + "\u001b[0m" : line;
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using AdminDocs.Docx;
using AdminDocs.Validation;
using BenchmarkDotNet.Attributes;

namespace AdminDocs.Benchmarks;

/// <summary>
/// Issue 6, "Speed": validate 1,000 report files of 1–3 pages, half .txt and half .docx, in one process, the way the
/// CLI does it — each file read from disk by <see cref="Validator.ValidateFile"/>, then AD2212 across the run
/// (<see cref="DuplicateNumbers.Check"/>). <see cref="Sequential"/> is today's <c>admindocs validate</c> loop;
/// <see cref="Parallel"/> spreads the files over <see cref="Environment.ProcessorCount"/> workers (what
/// <c>--jobs</c> does) and keeps the results in input order.
/// </summary>
/// <remarks>
/// The files are written to a temporary folder in <see cref="Setup"/> from the two samples and the .docx generator
/// of <see cref="DocxBenchmarks"/>, with variations: each has its own number and day; the .txt files are the correct
/// ND30 report and the real 2019 TT01 report (with its defects) with their body repeated to 1, 2 or 3 pages; the
/// .docx files are the laid-out report of 1, 2 or 3 pages. One operation validates all 1,000 files, so few
/// iterations are enough.
/// </remarks>
[WarmupCount(1)]
[IterationCount(5)]
[InvocationCount(1)]
public class BatchBenchmarks
{
    /// <summary>The number of files in the batch.</summary>
    public const int FileCount = 1000;

    private readonly ValidationOptions _options = new();
    private string _folder = string.Empty;
    private string[] _files = Array.Empty<string>();
    private Validator _validator = Validator.Default;
    private bool _keep;
    private TimeSpan _cpuAtStart;

    /// <summary>Writes the 1,000 files.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _validator = Validator.CreateBuilder().AddDocx().Build();
        // ADMINDOCS_BENCH_DUMP keeps the files (in <dir>/batch) to run the tool itself on them.
        var dump = Environment.GetEnvironmentVariable("ADMINDOCS_BENCH_DUMP");
        _keep = !string.IsNullOrEmpty(dump);
        _folder = _keep ? Path.Combine(dump!, "batch") : Path.Combine(Path.GetTempPath(), "admindocs-batch-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _files = WriteBatch(_folder, FileCount);
        var bytes = _files.Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"// batch: {_files.Length} files ({_files.Count(f => f.EndsWith(".docx", StringComparison.Ordinal))} .docx), {bytes / 1024} KB, in {_folder}");
    }

    /// <summary>Deletes the files.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        if (!_keep && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>Notes the process's CPU time before each operation.</summary>
    [IterationSetup]
    public void StartCpuClock() => _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;

    /// <summary>Prints the CPU time of the operation (all threads): on a machine shared with other work the wall
    /// time depends on the load, the CPU time much less.</summary>
    [IterationCleanup]
    public void StopCpuClock()
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart;
        Console.WriteLine($"// cpu: {cpu.TotalMilliseconds:F0} ms for {_files.Length} files ({_files.Length / cpu.TotalSeconds:F0} files per CPU-second)");
    }

    /// <summary>One file after the other, as <c>admindocs validate</c> does without <c>--jobs</c>.</summary>
    /// <returns>The results.</returns>
    [Benchmark(Baseline = true)]
    public ImmutableArray<ValidationResult> Sequential()
    {
        var results = new ValidationResult[_files.Length];
        for (var i = 0; i < _files.Length; i++)
        {
            results[i] = _validator.ValidateFile(_files[i], _options);
        }

        return DuplicateNumbers.Check(results, _options);
    }

    /// <summary>The files spread over one worker per core, results kept in input order.</summary>
    /// <returns>The results.</returns>
    [Benchmark]
    public ImmutableArray<ValidationResult> Parallel()
    {
        var results = new ValidationResult[_files.Length];
        System.Threading.Tasks.Parallel.For(
            0,
            _files.Length,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => results[i] = _validator.ValidateFile(_files[i], _options));
        return DuplicateNumbers.Check(results, _options);
    }

    /// <summary>Writes <paramref name="count"/> files into <paramref name="folder"/>: even indexes .txt, odd .docx.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="count">How many.</param>
    /// <returns>The paths, in order.</returns>
    internal static string[] WriteBatch(string folder, int count)
    {
        var nd30 = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "bao-cao-mau-nd30.txt")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var tt01 = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "bao-cao-sgtvt-binh-dinh-2019.txt")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var docxBody = DocxBenchmarks.BodyParagraphs();
        var utf8 = new UTF8Encoding(false);
        var files = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var pages = 1 + (i / 2 % 3);
            var number = (i + 1).ToString("00", CultureInfo.InvariantCulture);
            var day = (1 + (i % 28)).ToString("00", CultureInfo.InvariantCulture);
            string path;
            if (i % 2 == 0)
            {
                var text = i % 4 == 0
                    ? Repeat(nd30, pages, "I. ", "Trên đây").Replace("Số: 215/BC-SGTVT", $"Số: {number}/BC-SGTVT", StringComparison.Ordinal)
                        .Replace("ngày 05 tháng 12 năm 2024", $"ngày {day} tháng 12 năm 2024", StringComparison.Ordinal)
                    : Repeat(tt01, pages, "1. ", "Trên đây").Replace("Số: /SGTVT-VP", $"Số: {number}/BC-SGTVT", StringComparison.Ordinal);
                path = Path.Combine(folder, $"bao-cao-{i:0000}.txt");
                File.WriteAllText(path, text, utf8);
            }
            else
            {
                path = Path.Combine(folder, $"bao-cao-{i:0000}.docx");
                File.WriteAllBytes(path, DocxBenchmarks.CreateReport(pages, docxBody, $"Số: {number}/BC-SGTVT"));
            }

            files.Add(path);
        }

        return files.ToArray();
    }

    /// <summary>The report with its body (from the line starting <paramref name="from"/> to the one starting
    /// <paramref name="to"/>) written <paramref name="times"/> times: about one page more each time.</summary>
    private static string Repeat(string report, int times, string from, string to)
    {
        var lines = report.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith(from, StringComparison.Ordinal));
        var end = Array.FindIndex(lines, l => l.StartsWith(to, StringComparison.Ordinal));
        var body = string.Join("\n", lines[start..end]);
        return string.Join("\n", lines[..start]) + "\n" + string.Concat(Enumerable.Repeat(body + "\n", times)) + string.Join("\n", lines[end..]);
    }
}

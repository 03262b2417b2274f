using System;
using System.IO;
using System.Linq;
using System.Text;
using AdminDocs.Reading;
using AdminDocs.Recognition;
using AdminDocs.Sources;
using AdminDocs.Validation;
using BenchmarkDotNet.Attributes;

namespace AdminDocs.Benchmarks;

/// <summary>
/// The text pipeline on the real 2019 report (about 2 pages) and on a 100-page report made by repeating its body:
/// reading, recognizing, and the whole validation.
/// </summary>
public class ValidateTextBenchmarks
{
    private byte[] _sample = Array.Empty<byte>();
    private byte[] _large = Array.Empty<byte>();
    private SourceDocument _sampleSource = SourceDocument.Empty;
    private SourceDocument _largeSource = SourceDocument.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "bao-cao-sgtvt-binh-dinh-2019.txt"));
        var lines = text.Split('\n');
        var bodyStart = Array.FindIndex(lines, l => l.StartsWith("1. ", StringComparison.Ordinal));
        var bodyEnd = Array.FindIndex(lines, l => l.StartsWith("Trên đây", StringComparison.Ordinal));
        var body = string.Join("\n", lines[bodyStart..bodyEnd]);
        var large = string.Join("\n", lines[..bodyStart]) + "\n" + string.Concat(Enumerable.Repeat(body + "\n", 50)) + string.Join("\n", lines[bodyEnd..]);
        _sample = Encoding.UTF8.GetBytes(text);
        _large = Encoding.UTF8.GetBytes(large);
        _sampleSource = Read(_sample);
        _largeSource = Read(_large);
    }

    [Benchmark]
    public SourceDocument ReadSample() => Read(_sample);

    [Benchmark]
    public AdminDocument RecognizeSample() => DocumentRecognizer.Recognize(_sampleSource);

    [Benchmark(Baseline = true)]
    public ValidationResult ValidateSample() => Validator.Default.Validate(new MemoryStream(_sample), "sample.txt");

    [Benchmark]
    public AdminDocument Recognize100Pages() => DocumentRecognizer.Recognize(_largeSource);

    [Benchmark]
    public ValidationResult Validate100Pages() => Validator.Default.Validate(new MemoryStream(_large), "large.txt");

    private static SourceDocument Read(byte[] bytes) =>
        new PlainTextReader().Read(new MemoryStream(bytes), "x.txt", ReaderLimits.Default, default);
}

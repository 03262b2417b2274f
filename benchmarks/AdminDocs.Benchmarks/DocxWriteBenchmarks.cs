using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using AdminDocs.Docx;
using AdminDocs.Reading;
using AdminDocs.Recognition;
using AdminDocs.Writing;
using BenchmarkDotNet.Attributes;

namespace AdminDocs.Benchmarks;

/// <summary>
/// Writing a report: the correct sample (<c>samples/bao-cao-mau-nd30.txt</c>, recognized) with its body repeated to
/// print on 3 pages and on 100 pages (LibreOffice page counts of the written files: 3 and 100), as a .docx
/// (<see cref="DocxWriter"/>, to memory) and, for scale, as text (<see cref="PlainTextWriter"/>).
/// </summary>
public class DocxWriteBenchmarks
{
    /// <summary>How many times the sample's body is repeated for 3 and for 100 printed pages.</summary>
    public const int ThreePagesRepeat = 2;

    /// <summary>See <see cref="ThreePagesRepeat"/>.</summary>
    public const int HundredPagesRepeat = 116;

    private AdminDocument _three = new();

    private AdminDocument _hundred = new();

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "samples", "bao-cao-mau-nd30.txt");
        var sample = DocumentRecognizer.Recognize(PlainTextReader.ReadText(File.ReadAllText(path), path));
        _three = Repeat(sample, ThreePagesRepeat);
        _hundred = Repeat(sample, HundredPagesRepeat);
    }

    /// <summary>The sample with its body nodes repeated <paramref name="times"/> times.</summary>
    public static AdminDocument Repeat(AdminDocument sample, int times) =>
        sample with { Body = new Body { Nodes = Enumerable.Repeat(sample.Body.Nodes, times).SelectMany(n => n).ToImmutableArray() } };

    [Benchmark(Baseline = true)]
    public long Write3Pages() => Write(_three);

    [Benchmark]
    public long Write100Pages() => Write(_hundred);

    [Benchmark]
    public int WriteText100Pages() => PlainTextWriter.ToText(_hundred).Length;

    private static long Write(AdminDocument document)
    {
        using var stream = new MemoryStream();
        DocxWriter.Write(document, stream);
        return stream.Length;
    }
}

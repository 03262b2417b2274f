using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using AdminDocs.Html;
using AdminDocs.Reading;
using AdminDocs.Recognition;
using AdminDocs.Validation;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;

namespace AdminDocs.Benchmarks;

/// <summary>
/// HTML in and out (issue 5, "Speed") on a 3-page and a 100-page báo cáo: the sample report of Nghị định 30
/// (<c>samples/bao-cao-mau-nd30.txt</c>) with its body repeated until the body holds about 1,690 characters per A4 page
/// (the figure the .docx benchmarks measured by printing). The floor parses the written page with AngleSharp and
/// nothing else; <c>Read</c> is the whole reader (decoding, nesting scan, parse, cascade, flattening) from the UTF-8
/// bytes; <c>ReadAndValidate</c> adds the recognizer and every rule.
/// </summary>
public class HtmlBenchmarks
{
    private const int BodyCharsPerPage = 1690;

    private AdminDocument _document = new();
    private string _html = string.Empty;
    private byte[] _bytes = Array.Empty<byte>();
    private Validator _validator = Validator.Default;
    private readonly HtmlWriter _writer = new();
    private readonly HtmlReader _reader = new();

    /// <summary>The length of the report in pages.</summary>
    [Params(3, 100)]
    public int Pages { get; set; }

    /// <summary>Builds the report and writes it once for the reading benchmarks.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "bao-cao-mau-nd30.txt"));
        var sample = DocumentRecognizer.Recognize(PlainTextReader.ReadText(text));
        var perCopy = sample.Body.Nodes.Sum(Chars);
        var copies = Math.Max(1, (int)Math.Round((double)Pages * BodyCharsPerPage / perCopy));
        _document = sample with { Body = new Body { Nodes = Enumerable.Repeat(sample.Body.Nodes, copies).SelectMany(n => n).ToImmutableArray() } };
        _html = _writer.Write(_document);
        _bytes = new UTF8Encoding(false).GetBytes(_html);
        _validator = Validator.CreateBuilder().AddHtml().Build();
    }

    private static int Chars(BodyNode node) => node switch
    {
        BodySection s => s.Label.Length + s.Heading.Length + s.Children.Sum(Chars),
        Paragraph p => p.Text.Length,
        LegalBasis l => l.Text.Length,
        _ => 0,
    };

    /// <summary>Writes the document as a full page with the stylesheet.</summary>
    /// <returns>The length, so that nothing is optimized away.</returns>
    [Benchmark]
    public int Write() => _writer.Write(_document).Length;

    /// <summary>Floor: AngleSharp parses the written page (no cascade, no flattening).</summary>
    /// <returns>The element count.</returns>
    [Benchmark(Baseline = true)]
    public int FloorAngleSharpParse()
    {
        using var document = new HtmlParser().ParseDocument(_html);
        return document.All.Length;
    }

    /// <summary>The reader: bytes to <c>SourceDocument</c>.</summary>
    /// <returns>The block count.</returns>
    [Benchmark]
    public int Read() => _reader.Read(new MemoryStream(_bytes, writable: false), "report.html", ReaderLimits.Default, default).Blocks.Length;

    /// <summary>Read, recognize and validate.</summary>
    /// <returns>The number of diagnostics.</returns>
    [Benchmark]
    public int ReadAndValidate() => _validator.Validate(new MemoryStream(_bytes, writable: false), "report.html").Diagnostics.Length;
}

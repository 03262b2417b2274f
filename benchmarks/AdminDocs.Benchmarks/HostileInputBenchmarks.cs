using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using AdminDocs.Docx;
using AdminDocs.Html;
using AdminDocs.Validation;
using BenchmarkDotNet.Attributes;

namespace AdminDocs.Benchmarks;

/// <summary>
/// Hostile inputs at the default reader limits (docs/reliability.md, issue 19): what a zip bomb, a truncated package,
/// HTML nested 100,000 deep, a 2-million-character line, 1.1 million lines and binary data cost from bytes to the
/// validation result, through one validator with every reader. Each ends in a reader diagnostic, never an exception
/// (the reliability tests assert which); this records the time and the memory allocated. Peak memory per input is
/// measured in its own process with <c>/usr/bin/time -v</c> (the command is in docs/reliability.md).
/// <c>dotnet run -c Release --project benchmarks/AdminDocs.Benchmarks -- --filter '*HostileInput*'</c>
/// </summary>
[MemoryDiagnoser]
public class HostileInputBenchmarks
{
    private readonly Dictionary<string, byte[]> _inputs = new(StringComparer.Ordinal);
    private Validator _validator = Validator.Default;

    /// <summary>The input's file name (its extension selects the reader).</summary>
    [ParamsSource(nameof(Names))]
    public string Input { get; set; } = string.Empty;

    /// <summary>
    /// The hostile inputs measured here. Two more are written by <see cref="WriteAll"/> and measured only in a process
    /// of their own, because today they take minutes (docs/reliability.md): a 2-million-character line
    /// (<c>long-line.txt</c>) and 1.1 million lines (<c>many-lines.txt</c>).
    /// </summary>
    public static IEnumerable<string> Names => new[]
    {
        "zip-bomb.docx", "truncated.docx", "not-a-zip.docx", "nested-100000.html", "binary.txt",
    };

    /// <summary>Builds every input once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _validator = Validator.CreateBuilder().AddDocx().AddHtml().Build();
        foreach (var (name, bytes) in Build())
        {
            _inputs[name] = bytes;
        }
    }

    /// <summary>Reads, recognizes and validates the input; returns the number of findings.</summary>
    /// <returns>The number of diagnostics.</returns>
    [Benchmark]
    public int Validate()
    {
        using var stream = new MemoryStream(_inputs[Input], writable: false);
        return _validator.Validate(stream, Input).Diagnostics.Length;
    }

    /// <summary>Writes every input to <paramref name="folder"/> (for measuring peak memory per process).</summary>
    /// <param name="folder">The folder.</param>
    public static void WriteAll(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, bytes) in Build())
        {
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
        }
    }

    private static IEnumerable<(string Name, byte[] Bytes)> Build()
    {
        // 200 MB of blank space in word/document.xml: about 200 KB compressed, a ratio far over the limit of 100.
        yield return ("zip-bomb.docx", Zip(("word/document.xml", Header, 200 << 20)));
        var good = Zip(("word/document.xml", Header + string.Concat(Enumerable.Range(0, 100).Select(i => $"<w:p><w:r><w:t>Đoạn văn số {i}</w:t></w:r></w:p>")) + Footer, 0));
        yield return ("truncated.docx", good.AsSpan(0, good.Length / 2).ToArray());
        var random = new Random(42);
        var noise = new byte[1 << 20];
        random.NextBytes(noise);
        yield return ("not-a-zip.docx", noise);
        yield return ("nested-100000.html", Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "BÁO CÁO" + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>"));
        yield return ("long-line.txt", Encoding.UTF8.GetBytes("BÁO CÁO " + new string('x', 2_000_000)));
        yield return ("many-lines.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Dòng\n", 1_100_000))));
        yield return ("binary.txt", noise);
    }

    private const string Header =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";

    private const string Footer = "</w:body></w:document>";

    private static byte[] Zip((string Name, string Text, int Padding) document)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Write(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            using var s = zip.CreateEntry(document.Name, CompressionLevel.Optimal).Open();
            var head = Encoding.UTF8.GetBytes(document.Text);
            s.Write(head, 0, head.Length);
            var blank = Encoding.ASCII.GetBytes(new string(' ', 1 << 20));
            for (var written = 0; written < document.Padding; written += blank.Length)
            {
                s.Write(blank, 0, blank.Length);
            }

            if (document.Padding > 0)
            {
                var tail = Encoding.UTF8.GetBytes(Footer);
                s.Write(tail, 0, tail.Length);
            }
        }

        return memory.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var s = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        var bytes = Encoding.UTF8.GetBytes(text);
        s.Write(bytes, 0, bytes.Length);
    }
}

using System;
using System.IO;
using System.Linq;
using System.Threading;
using AdminDocs.Docx;
using AdminDocs.Html;
using AdminDocs.Reading;
using AdminDocs.Recognition;
using AdminDocs.Validation;
using SharpFuzz;

namespace AdminDocs.Fuzz;

/// <summary>
/// The AFL++ targets of fuzz/README.md: one reader each (docx, html, text), then the recognizer and the validator on
/// what was read. Any exception escaping is a finding (a reader must end in a document or a reader diagnostic).
/// </summary>
internal static class Program
{
    private static readonly Validator Validator = Validator.CreateBuilder().AddDocx().AddHtml().Build();

    private static int Main(string[] args)
    {
        if (args.Length >= 2 && args[0] == "soak")
        {
            return Soak(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
        }

        if (args.Length < 1 || TargetFileName(args[0]) is not { } fileName)
        {
            Console.Error.WriteLine("usage: AdminDocs.Fuzz docx|html|text [file ...]");
            Console.Error.WriteLine("       AdminDocs.Fuzz soak ASSETS-FOLDER [COUNT]   (long-running host: docs/reliability.md)");
            Console.Error.WriteLine("  with no file: run under afl-fuzz (input on stdin / shared memory)");
            Console.Error.WriteLine("  with files: run each once in-process and report (reproducing a finding)");
            return 2;
        }

        if (args.Length > 1)
        {
            // Reproduce: run each given file once, print what happened; exit 1 when one threw.
            var failed = 0;
            for (var i = 1; i < args.Length; i++)
            {
                try
                {
                    using var stream = File.OpenRead(args[i]);
                    var diagnostics = Run(stream, fileName);
                    Console.WriteLine($"ok    {args[i]}: {diagnostics} diagnostics");
                }
                catch (Exception ex)
                {
                    failed++;
                    Console.WriteLine($"THROW {args[i]}: {ex}");
                }
            }

            return failed == 0 ? 0 : 1;
        }

        Fuzzer.OutOfProcess.Run(stream => Run(stream, fileName));
        return 0;
    }

    /// <summary>
    /// The long-running host of docs/reliability.md: validates COUNT documents (the .txt, .docx and .html files under
    /// the folder, in turn) through one validator in one process, and prints the managed heap after a full
    /// collection at 10,000 documents and at the end.
    /// </summary>
    private static int Soak(string folder, int count)
    {
        var files = Directory.GetFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".docx", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal))
            .Where(f => new FileInfo(f).Length < 200_000)
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f)))
            .ToArray();
        Console.WriteLine($"{files.Length} distinct documents, {count:N0} validations through one validator");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        long diagnostics = 0;
        for (var i = 1; i <= count; i++)
        {
            var (name, bytes) = files[(i - 1) % files.Length];
            using var stream = new MemoryStream(bytes, writable: false);
            diagnostics += Validator.Validate(stream, name).Diagnostics.Length;
            if (i == 10_000 || i == count || i % 50_000 == 0)
            {
                var heap = GC.GetTotalMemory(forceFullCollection: true);
                Console.WriteLine($"{i,9:N0} documents  {watch.Elapsed.TotalSeconds,8:F1} s  managed heap after full GC {heap / 1024.0 / 1024.0,8:F2} MB  ({diagnostics:N0} diagnostics so far)");
            }
        }

        return 0;
    }

    private static string? TargetFileName(string target) => target switch
    {
        "docx" => "fuzz.docx",
        "html" => "fuzz.html",
        "text" => "fuzz.txt",
        _ => null,
    };

    private static int Run(Stream input, string fileName)
    {
        // The reader gets a seekable copy, as it would from a file.
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        buffer.Position = 0;
        var reader = Validator.FindReader(fileName)!;
        var source = reader.Read(buffer, fileName, ReaderLimits.Default, CancellationToken.None);
        var document = DocumentRecognizer.Recognize(source, CancellationToken.None);
        var result = Validator.Validate(document, ValidationOptions.Default with { Today = new DateTime(2026, 1, 1) });
        return result.Diagnostics.Length;
    }
}

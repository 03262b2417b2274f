using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AdminDocs.Reading;
using AdminDocs.Recognition;

namespace AdminDocs.Docx.Tests.Writing;

/// <summary>The real text documents of the test assets (corpus and samples), recognized.</summary>
internal static class WritingAssets
{
    public static string Path(string relative) => System.IO.Path.Combine(AppContext.BaseDirectory, "TestAssets", relative);

    public static IEnumerable<string> TextFiles() =>
        Directory.GetFiles(Path("corpus"), "*.txt").Concat(Directory.GetFiles(Path("samples"), "*.txt"))
            .Select(f => System.IO.Path.GetRelativePath(Path(string.Empty), f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal);

    public static AdminDocument Recognize(string relative)
    {
        using var stream = File.OpenRead(Path(relative));
        var source = new PlainTextReader().Read(stream, relative, ReaderLimits.Default, default);
        return DocumentRecognizer.Recognize(source);
    }
}

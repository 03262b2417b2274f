using System.Collections.Generic;
using System.IO;
using System.Threading;
using AdminDocs.Sources;

namespace AdminDocs.Reading;

/// <summary>
/// Flattens one file format into a <see cref="SourceDocument"/>. Readers do not understand documents and do not
/// throw on bad files: a file that cannot be read gives a document with an AD0001 or AD0002 diagnostic. They throw
/// only for programmer errors (null arguments), I/O failures and cancellation.
/// </summary>
public interface IDocumentReader
{
    /// <summary>The format name: "text", "docx", "html".</summary>
    string Format { get; }

    /// <summary>The file extensions the reader handles, with the dot, lower case (".txt").</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Reads a stream.</summary>
    /// <param name="stream">The stream, positioned at the start.</param>
    /// <param name="path">The file name for locations, or <see langword="null"/>.</param>
    /// <param name="limits">The limits to enforce.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The source document, with reader diagnostics.</returns>
    SourceDocument Read(Stream stream, string? path, ReaderLimits limits, CancellationToken cancellationToken);
}

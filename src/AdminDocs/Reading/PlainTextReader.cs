using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using AdminDocs.Sources;

namespace AdminDocs.Reading;

/// <summary>Reads plain UTF-8 text (placeholder until the full reader lands).</summary>
public sealed class PlainTextReader : IDocumentReader
{
    /// <inheritdoc/>
    public string Format => "text";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = new[] { ".txt", ".text" };

    /// <inheritdoc/>
    public SourceDocument Read(Stream stream, string? path, ReaderLimits limits, CancellationToken cancellationToken) =>
        new("text", ImmutableArray<SourceBlock>.Empty) { Path = path };
}

namespace AdminDocs.Reading;

/// <summary>
/// Limits that keep readers safe on hostile input. Hitting one gives an AD0002 diagnostic and reading stops
/// safely. The defaults are generous for real documents.
/// </summary>
public sealed record ReaderLimits
{
    /// <summary>The defaults.</summary>
    public static ReaderLimits Default { get; } = new();

    /// <summary>The largest input file in bytes (default 64 MiB).</summary>
    public long MaxInputBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The most blocks (lines, paragraphs) read (default 1,000,000).</summary>
    public int MaxBlocks { get; init; } = 1_000_000;

    /// <summary>The longest single line or paragraph in characters (default 1,000,000).</summary>
    public int MaxBlockLength { get; init; } = 1_000_000;
}

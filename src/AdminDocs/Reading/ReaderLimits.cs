namespace AdminDocs.Reading;

/// <summary>
/// Limits that keep readers safe on hostile input. Hitting one gives an AD0002 diagnostic and reading stops
/// safely. The defaults are generous for real documents. Every limit is described in <c>docs/limits.md</c>.
/// </summary>
public sealed record ReaderLimits
{
    /// <summary>The defaults.</summary>
    public static ReaderLimits Default { get; } = new();

    /// <summary>The largest input file in bytes (default 64 MiB). A larger file is not read.</summary>
    public long MaxInputBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The most blocks (lines, paragraphs) read (default 1,000,000).</summary>
    public int MaxBlocks { get; init; } = 1_000_000;

    /// <summary>The longest single line or paragraph in characters (default 1,000,000).</summary>
    public int MaxBlockLength { get; init; } = 1_000_000;

    /// <summary>
    /// The most bytes that all the parts of a zip package (.docx) may inflate to together (default 256 MiB). Checked
    /// on the sizes the zip declares and again on the bytes really inflated; a package over it is not read.
    /// </summary>
    public long MaxUncompressedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>
    /// The most bytes that one part of a zip package (.docx), such as <c>word/document.xml</c>, may inflate to
    /// (default 128 MiB). Checked on the declared and on the real sizes; a package with a larger part is not read.
    /// </summary>
    public long MaxPartBytes { get; init; } = 128L * 1024 * 1024;

    /// <summary>
    /// The highest compression ratio (inflated size ÷ compressed size) allowed for a part of a zip package
    /// (default 100). Parts that inflate to less than 1 MiB are exempt, since small repetitive XML compresses well.
    /// A package with a part over the ratio is taken for a zip bomb and not read.
    /// </summary>
    public double MaxCompressionRatio { get; init; } = 100;

    /// <summary>
    /// How deep the elements of an HTML page may nest (default 1,000; real documents nest a few dozen deep). Measured
    /// in one linear pass before the page is parsed; a deeper page is not read.
    /// </summary>
    public int MaxNestingDepth { get; init; } = 1_000;

    /// <summary>The most entries a zip package (.docx) may have (default 10,000). A package with more is not read.</summary>
    public int MaxArchiveEntries { get; init; } = 10_000;
}

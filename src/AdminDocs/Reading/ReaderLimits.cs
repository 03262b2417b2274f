using System;

namespace AdminDocs.Reading;

/// <summary>
/// Limits that keep readers safe on hostile input. Hitting one gives an AD0002 diagnostic and reading stops
/// safely. The defaults are generous for real documents. Every limit is described in <c>docs/limits.md</c>.
/// Immutable: set the properties in an object initializer (C# 9 or later) or, from any language version, chain the
/// <c>With...</c> methods from <see cref="Default"/>: <c>ReaderLimits.Default.WithMaxInputBytes(8 * 1024 * 1024)</c>.
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

    /// <summary>
    /// The longest time one document may take to be read, recognized and validated through a <c>Validator</c>
    /// (default 2 minutes; <see langword="null"/> for no limit, <see cref="TimeSpan.Zero"/> lets no document through).
    /// Enforced through the cancellation token the validator passes on, so it also stops a reader stuck on a hostile
    /// input. A document over it gives one AD0002 <c>time-limit</c> and no rule runs; a token the caller cancels still
    /// throws <see cref="OperationCanceledException"/>. Readers called directly do not measure time.
    /// </summary>
    public TimeSpan? MaxDocumentTime { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>A copy with another <see cref="MaxInputBytes"/>.</summary>
    /// <param name="value">The largest input file in bytes.</param>
    /// <returns>The changed copy.</returns>
    public ReaderLimits WithMaxInputBytes(long value) => this with { MaxInputBytes = value };

    /// <summary>A copy with another <see cref="MaxBlocks"/>.</summary>
    /// <param name="value">The most blocks read.</param>
    /// <returns>The changed copy.</returns>
    public ReaderLimits WithMaxBlocks(int value) => this with { MaxBlocks = value };

    /// <summary>A copy with another <see cref="MaxBlockLength"/>.</summary>
    /// <param name="value">The longest single line or paragraph in characters.</param>
    /// <returns>The changed copy.</returns>
    public ReaderLimits WithMaxBlockLength(int value) => this with { MaxBlockLength = value };

    /// <summary>A copy with another <see cref="MaxUncompressedBytes"/>.</summary>
    /// <param name="value">The most bytes all the parts of a zip package may inflate to together.</param>
    /// <returns>The changed copy.</returns>
    public ReaderLimits WithMaxUncompressedBytes(long value) => this with { MaxUncompressedBytes = value };

    /// <summary>A copy with another <see cref="MaxPartBytes"/>.</summary>
    /// <param name="value">The most bytes one part of a zip package may inflate to.</param>
    /// <returns>The changed copy.</returns>
    public ReaderLimits WithMaxPartBytes(long value) => this with { MaxPartBytes = value };

    /// <summary>A copy with another <see cref="MaxCompressionRatio"/>.</summary>
    /// <param name="value">The highest compression ratio allowed for a part of a zip package.</param>
    /// <returns>The changed copy.</returns>
    public ReaderLimits WithMaxCompressionRatio(double value) => this with { MaxCompressionRatio = value };

    /// <summary>A copy with another <see cref="MaxNestingDepth"/>.</summary>
    /// <param name="value">How deep the elements of an HTML page may nest.</param>
    /// <returns>The changed copy.</returns>
    public ReaderLimits WithMaxNestingDepth(int value) => this with { MaxNestingDepth = value };

    /// <summary>A copy with another <see cref="MaxDocumentTime"/>.</summary>
    /// <param name="value">The longest time one document may take, or <see langword="null"/> for no limit.</param>
    /// <returns>The changed copy.</returns>
    public ReaderLimits WithMaxDocumentTime(TimeSpan? value) => this with { MaxDocumentTime = value };

    /// <summary>A copy with another <see cref="MaxArchiveEntries"/>.</summary>
    /// <param name="value">The most entries a zip package may have.</param>
    /// <returns>The changed copy.</returns>
    public ReaderLimits WithMaxArchiveEntries(int value) => this with { MaxArchiveEntries = value };
}

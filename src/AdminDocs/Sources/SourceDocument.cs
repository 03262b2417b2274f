using System;
using System.Collections.Immutable;
using AdminDocs.Validation;

namespace AdminDocs.Sources;

/// <summary>
/// A document flattened by a reader: blocks in reading order with the formatting facts and locations the format
/// can give, plus what went wrong while reading. Format-neutral: the one recognizer builds the
/// <see cref="AdminDocument"/> from it whatever the file was.
/// </summary>
public sealed record SourceDocument
{
    /// <summary>Creates a source document.</summary>
    /// <param name="format">The format name ("text", "docx", "html").</param>
    /// <param name="blocks">The blocks in reading order.</param>
    public SourceDocument(string format, ValueArray<SourceBlock> blocks)
    {
        Format = format ?? throw new ArgumentNullException(nameof(format));
        Blocks = blocks;
    }

    /// <summary>The format name: "text", "docx" or "html".</summary>
    public string Format { get; init; }

    /// <summary>The file the document was read from, when known.</summary>
    public string? Path { get; init; }

    /// <summary>The blocks in reading order.</summary>
    public ValueArray<SourceBlock> Blocks { get; init; }

    /// <summary>Which facts beyond text the source supplies; plain text supplies none.</summary>
    public SourceFacts Facts { get; init; } = SourceFacts.Text;

    /// <summary>What the reader found wrong with the file (AD0001–AD0007).</summary>
    public ValueArray<Diagnostic> Diagnostics { get; init; }

    /// <summary>The sections with their page facts (paginated formats only; empty for text).</summary>
    public ValueArray<PageSection> Sections { get; init; }

    /// <summary>The images and drawings, with the blocks they sit in.</summary>
    public ValueArray<SourceImage> Images { get; init; }

    /// <summary>Lines drawn as shapes (rules under the issuer, the Tiêu ngữ, the trích yếu).</summary>
    public ValueArray<SourceLine> Lines { get; init; }

    /// <summary>Tracked changes and comments found in the file.</summary>
    public RevisionFacts Revisions { get; init; } = RevisionFacts.None;

    /// <summary>The width of the text area (page width less the margins) of the first section in mm, when known.</summary>
    public double? TextWidthMm => Sections.IsEmpty ? null
        : Sections[0] is { PaperWidthMm: { } w, PaperHeightMm: { } h, MarginLeftMm: { } l, MarginRightMm: { } r } s
            ? (s.Orientation == PageOrientation.Landscape ? System.Math.Max(w, h) : System.Math.Min(w, h)) - l - r
            : null;

    /// <summary>An empty text document.</summary>
    public static SourceDocument Empty { get; } = new("text", ImmutableArray<SourceBlock>.Empty);

    /// <summary>Whether this source can feed a rule that needs <paramref name="needs"/>.</summary>
    /// <param name="needs">The facts the rule needs.</param>
    /// <returns><see langword="true"/> when every needed fact is supplied.</returns>
    public bool Supplies(SourceFacts needs) => (Facts & needs) == needs;
}

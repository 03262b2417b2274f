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
    public SourceDocument(string format, ImmutableArray<SourceBlock> blocks)
    {
        Format = format ?? throw new ArgumentNullException(nameof(format));
        Blocks = blocks.IsDefault ? ImmutableArray<SourceBlock>.Empty : blocks;
    }

    /// <summary>The format name: "text", "docx" or "html".</summary>
    public string Format { get; init; }

    /// <summary>The file the document was read from, when known.</summary>
    public string? Path { get; init; }

    /// <summary>The blocks in reading order.</summary>
    public ImmutableArray<SourceBlock> Blocks
    {
        get => _blocks.IsDefault ? ImmutableArray<SourceBlock>.Empty : _blocks;
        init => _blocks = value;
    }

    private readonly ImmutableArray<SourceBlock> _blocks;

    /// <summary>Which facts beyond text the source supplies; plain text supplies none.</summary>
    public SourceFacts Facts { get; init; } = SourceFacts.Text;

    /// <summary>What the reader found wrong with the file (AD0001–AD0007).</summary>
    public ImmutableArray<Diagnostic> Diagnostics
    {
        get => _diagnostics.IsDefault ? ImmutableArray<Diagnostic>.Empty : _diagnostics;
        init => _diagnostics = value;
    }

    private readonly ImmutableArray<Diagnostic> _diagnostics;

    /// <summary>The sections with their page facts (paginated formats only; empty for text).</summary>
    public ImmutableArray<PageSection> Sections
    {
        get => _sections.IsDefault ? ImmutableArray<PageSection>.Empty : _sections;
        init => _sections = value;
    }

    private readonly ImmutableArray<PageSection> _sections;

    /// <summary>The images and drawings, with the blocks they sit in.</summary>
    public ImmutableArray<SourceImage> Images
    {
        get => _images.IsDefault ? ImmutableArray<SourceImage>.Empty : _images;
        init => _images = value;
    }

    private readonly ImmutableArray<SourceImage> _images;

    /// <summary>Lines drawn as shapes (rules under the issuer, the Tiêu ngữ, the trích yếu).</summary>
    public ImmutableArray<SourceLine> Lines
    {
        get => _lines.IsDefault ? ImmutableArray<SourceLine>.Empty : _lines;
        init => _lines = value;
    }

    private readonly ImmutableArray<SourceLine> _lines;

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

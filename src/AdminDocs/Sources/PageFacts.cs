
namespace AdminDocs.Sources;

/// <summary>Page orientation.</summary>
public enum PageOrientation
{
    /// <summary>Portrait (dọc): the long side vertical.</summary>
    Portrait,

    /// <summary>Landscape (ngang).</summary>
    Landscape,
}

/// <summary>Where a page header or footer is used.</summary>
public enum HeaderFooterPage
{
    /// <summary>Every page (or the odd pages when even pages differ).</summary>
    Default,

    /// <summary>The first page of the section, when "different first page" is on.</summary>
    First,

    /// <summary>The even pages, when even and odd pages differ.</summary>
    Even,
}

/// <summary>
/// One section of a paginated source (a .docx section): page setup, page headers and footers and the page
/// number fields in them. Lengths are in millimetres; <see langword="null"/> means the source does not say.
/// </summary>
public sealed record PageSection
{
    /// <summary>The 0-based index of the section.</summary>
    public int Index { get; init; }

    /// <summary>The index of the first body block of the section.</summary>
    public int FirstBlockIndex { get; init; }

    /// <summary>The index of the last body block of the section.</summary>
    public int LastBlockIndex { get; init; }

    /// <summary>The paper width in mm (as set up, independent of orientation).</summary>
    public double? PaperWidthMm { get; init; }

    /// <summary>The paper height in mm.</summary>
    public double? PaperHeightMm { get; init; }

    /// <summary>The orientation.</summary>
    public PageOrientation? Orientation { get; init; }

    /// <summary>The top margin in mm.</summary>
    public double? MarginTopMm { get; init; }

    /// <summary>The bottom margin in mm.</summary>
    public double? MarginBottomMm { get; init; }

    /// <summary>The left margin in mm.</summary>
    public double? MarginLeftMm { get; init; }

    /// <summary>The right margin in mm.</summary>
    public double? MarginRightMm { get; init; }

    /// <summary>Whether the first page has its own header and footer ("different first page").</summary>
    public bool DifferentFirstPage { get; init; }

    /// <summary>The number the page numbering restarts at in this section, or <see langword="null"/> when it continues.</summary>
    public int? PageNumberStart { get; init; }

    /// <summary>The page number format as the source names it ("decimal", "upperRoman", ...), or <see langword="null"/>.</summary>
    public string? PageNumberFormat { get; init; }

    /// <summary>The page number fields (PAGE) in the section's headers and footers.</summary>
    public ValueArray<PageNumberField> PageNumbers { get; init; }

    /// <summary>Whether the page is landscape, from <see cref="Orientation"/> or else from the paper size.</summary>
    public bool IsLandscape => Orientation == PageOrientation.Landscape
        || (Orientation is null && PaperWidthMm is { } w && PaperHeightMm is { } h && w > h);
}

/// <summary>A PAGE field in a page header or footer, with where it sits and how it is formatted.</summary>
public sealed record PageNumberField
{
    /// <summary>Whether the field is in a header (<see langword="true"/>) or a footer.</summary>
    public bool InHeader { get; init; }

    /// <summary>Which pages the header or footer serves.</summary>
    public HeaderFooterPage Page { get; init; }

    /// <summary>The alignment of the paragraph holding the field (a tab-aligned field is reported by its tab).</summary>
    public TextAlignment? Alignment { get; init; }

    /// <summary>The formatting of the field's result.</summary>
    public RunFormat Format { get; init; } = new();

    /// <summary>The index of the header or footer block holding the field, when it is in <see cref="SourceDocument.Blocks"/>.</summary>
    public int? BlockIndex { get; init; }
}

/// <summary>An image or drawing (a seal or signature scan, a logo) and the block it is anchored in.</summary>
public sealed record SourceImage
{
    /// <summary>The index of the block the image is in or anchored to, or <see langword="null"/>.</summary>
    public int? BlockIndex { get; init; }

    /// <summary>The displayed width in mm.</summary>
    public double? WidthMm { get; init; }

    /// <summary>The displayed height in mm.</summary>
    public double? HeightMm { get; init; }

    /// <summary>The image's media type ("image/png"), or <see langword="null"/>.</summary>
    public string? ContentType { get; init; }

    /// <summary>The name or description the document gives the image, or <see langword="null"/>.</summary>
    public string? Name { get; init; }
}

/// <summary>
/// A line drawn apart from the text (a rule under the issuer or the Tiêu ngữ): a shape with its length, or the bottom
/// border of an empty paragraph (<see cref="IsBorder"/>).
/// </summary>
public sealed record SourceLine
{
    /// <summary>
    /// The index of the block the line is anchored to, or <see langword="null"/>. A line in an empty paragraph is
    /// anchored to the block before it in the same table cell, or, when the paragraph opens its cell, to the next
    /// block of that cell.
    /// </summary>
    public int? BlockIndex { get; init; }

    /// <summary>The length of the line in mm, when known (never for a border).</summary>
    public double? LengthMm { get; init; }

    /// <summary>
    /// Whether the line is the bottom border of an empty paragraph (its length follows the cell and the indents and
    /// is not measured) rather than a shape.
    /// </summary>
    public bool IsBorder { get; init; }
}

/// <summary>Tracked changes and comments still present in the file (AD0007).</summary>
public sealed record RevisionFacts
{
    /// <summary>No revisions and no comments.</summary>
    public static RevisionFacts None { get; } = new();

    /// <summary>The number of tracked insertions (read as accepted).</summary>
    public int Insertions { get; init; }

    /// <summary>The number of tracked deletions (their text is not document text).</summary>
    public int Deletions { get; init; }

    /// <summary>The number of tracked formatting or property changes.</summary>
    public int FormatChanges { get; init; }

    /// <summary>The number of comments.</summary>
    public int Comments { get; init; }

    /// <summary>Whether anything is left to resolve.</summary>
    public bool Any => Insertions + Deletions + FormatChanges + Comments > 0;
}

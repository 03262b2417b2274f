using System;

namespace AdminDocs.Sources;

/// <summary>
/// One block of a <see cref="SourceDocument"/>: a paragraph, a line of text, a table-cell paragraph or a text-box
/// paragraph, with its text (NFC, trimmed), the formatting facts its format can give and its location.
/// Readers only flatten; they never decide what a block means.
/// </summary>
public sealed record SourceBlock
{
    /// <summary>Creates a block.</summary>
    /// <param name="index">The 0-based index of the block in its document.</param>
    /// <param name="text">The text, NFC, without leading or trailing white space.</param>
    /// <param name="location">Where the block starts in the original file.</param>
    public SourceBlock(int index, string text, SourceLocation location)
    {
        Index = index;
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Location = location ?? throw new ArgumentNullException(nameof(location));
    }

    /// <summary>The 0-based index of the block in <see cref="SourceDocument.Blocks"/>.</summary>
    public int Index { get; init; }

    /// <summary>The text (NFC, trimmed; inline emphasis markers of plain text removed).</summary>
    public string Text { get; init; }

    /// <summary>Where the first character of <see cref="Text"/> is in the original file.</summary>
    public SourceLocation Location { get; init; }

    /// <summary>The container the block came from.</summary>
    public BlockKind Kind { get; init; } = BlockKind.Paragraph;

    /// <summary>The table cell, when <see cref="Kind"/> is <see cref="BlockKind.TableCell"/>.</summary>
    public TableCellPosition? Cell { get; init; }

    /// <summary>
    /// The label that automatic numbering shows before the text ("I.", "1.", "1.1.", "a)", "-"), rendered as a reader
    /// sees it; <see langword="null"/> when the paragraph is not numbered by the format. It is not part of
    /// <see cref="Text"/>.
    /// </summary>
    public string? ListLabel { get; init; }

    /// <summary>The 0-based index of the page section the block belongs to, when the source is paginated.</summary>
    public int? Section { get; init; }

    /// <summary>How many blank lines (or empty paragraphs) come right before this block.</summary>
    public int BlankLinesBefore { get; init; }

    /// <summary>The runs with their formatting; empty when the source gives none.</summary>
    public ValueArray<TextRun> Runs { get; init; }

    /// <summary>Paragraph formatting, when the source gives it.</summary>
    public ParagraphFormat? Format { get; init; }

    /// <summary>
    /// For each character of <see cref="Text"/>, its 1-based column in the original line, when characters were
    /// removed (emphasis markers); empty when columns run on from <see cref="Location"/>.
    /// </summary>
    public ValueArray<int> ColumnMap { get; init; }

    /// <summary>The location of the character at <paramref name="offset"/> in <see cref="Text"/>.</summary>
    /// <param name="offset">A 0-based offset into <see cref="Text"/> (clamped to the text).</param>
    /// <returns>The location; for formats without lines, <see cref="Location"/> itself.</returns>
    public SourceLocation LocationAt(int offset)
    {
        if (Location.Column is not { } column || offset <= 0)
        {
            return Location;
        }

        if (!ColumnMap.IsEmpty)
        {
            var i = Math.Min(offset, ColumnMap.Length - 1);
            return Location with { Column = ColumnMap[i] + Math.Max(0, offset - i) };
        }

        return Location with { Column = column + offset };
    }
}

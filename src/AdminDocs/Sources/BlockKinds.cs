namespace AdminDocs.Sources;

/// <summary>What kind of container a <see cref="SourceBlock"/> came from.</summary>
public enum BlockKind
{
    /// <summary>A paragraph or a line of text.</summary>
    Paragraph,

    /// <summary>A paragraph inside a table cell (see <see cref="SourceBlock.Cell"/>).</summary>
    TableCell,

    /// <summary>A paragraph inside a text box or shape.</summary>
    TextBox,

    /// <summary>A paragraph of a page header.</summary>
    PageHeader,

    /// <summary>A paragraph of a page footer.</summary>
    PageFooter,
}

/// <summary>Paragraph alignment as the source states it.</summary>
public enum TextAlignment
{
    /// <summary>Left aligned.</summary>
    Left,

    /// <summary>Centered.</summary>
    Center,

    /// <summary>Right aligned.</summary>
    Right,

    /// <summary>Justified on both margins (căn đều hai lề).</summary>
    Justify,
}

/// <summary>Where a table cell sits: which table (in reading order), row and column, all 0-based.</summary>
/// <param name="Table">The 0-based index of the table in reading order.</param>
/// <param name="Row">The 0-based row.</param>
/// <param name="Column">The 0-based column (grid column, after merged cells).</param>
public sealed record TableCellPosition(int Table, int Row, int Column)
{
    /// <summary>How many tables enclose this one (0 for a table in the body).</summary>
    public int NestingDepth { get; init; }

    /// <summary>How many grid columns the cell spans.</summary>
    public int ColumnSpan { get; init; } = 1;

    /// <summary>How many grid columns the row has.</summary>
    public int ColumnCount { get; init; }

    /// <summary>The cell width in mm, when known.</summary>
    public double? WidthMm { get; init; }

    /// <summary>Whether the table draws visible borders (a layout table of the header or footer does not).</summary>
    public bool? HasBorders { get; init; }
}

/// <summary>Character formatting of a run, as far as the source knows it (<see langword="null"/> = unknown).</summary>
public sealed record RunFormat
{
    /// <summary>The resolved font family name, e.g. "Times New Roman".</summary>
    public string? FontFamily { get; init; }

    /// <summary>The font size in points.</summary>
    public double? FontSizePoints { get; init; }

    /// <summary>Bold (in đậm).</summary>
    public bool? Bold { get; init; }

    /// <summary>Italic (in nghiêng).</summary>
    public bool? Italic { get; init; }

    /// <summary>Underlined.</summary>
    public bool? Underline { get; init; }

    /// <summary>Displayed in capitals by formatting (all caps).</summary>
    public bool? AllCaps { get; init; }

    /// <summary>The colour as RRGGBB hex, or "auto".</summary>
    public string? Color { get; init; }
}

/// <summary>Paragraph formatting, as far as the source knows it (<see langword="null"/> = unknown).</summary>
public sealed record ParagraphFormat
{
    /// <summary>The alignment.</summary>
    public TextAlignment? Alignment { get; init; }

    /// <summary>First-line indent in centimetres (negative for a hanging indent).</summary>
    public double? FirstLineIndentCm { get; init; }

    /// <summary>Space before the paragraph in points.</summary>
    public double? SpacingBeforePoints { get; init; }

    /// <summary>Space after the paragraph in points.</summary>
    public double? SpacingAfterPoints { get; init; }

    /// <summary>The paragraph style's name as the document shows it (e.g. "Normal", "Heading 1"), or <see langword="null"/>.</summary>
    public string? StyleName { get; init; }

    /// <summary>Whether the paragraph has a bottom border (a rule drawn under the text).</summary>
    public bool? BottomBorder { get; init; }

    /// <summary>Whether the paragraph has a top border.</summary>
    public bool? TopBorder { get; init; }

    /// <summary>Left indent in centimetres.</summary>
    public double? LeftIndentCm { get; init; }

    /// <summary>Line spacing as a multiple of single spacing, when it is proportional.</summary>
    public double? LineSpacingMultiple { get; init; }

    /// <summary>Exact or minimum line spacing in points, when it is fixed.</summary>
    public double? LineSpacingPoints { get; init; }

    /// <summary>Whether <see cref="LineSpacingPoints"/> is a minimum ("at least") rather than exact.</summary>
    public bool? LineSpacingIsMinimum { get; init; }
}

/// <summary>A run of text with one formatting.</summary>
/// <param name="Text">The run's text (NFC).</param>
/// <param name="Format">Its formatting; for plain text only the emphasis that was typed (bold, italic).</param>
public sealed record TextRun(string Text, RunFormat Format);

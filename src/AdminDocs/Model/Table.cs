
namespace AdminDocs;

/// <summary>
/// A simple table (bảng) in the body: rows of plain-text cells, the first <see cref="HeaderRowCount"/> rows being
/// the header. Built in code (<see cref="Building.BodyBuilder.Table(System.Collections.Generic.IEnumerable{System.Collections.Generic.IReadOnlyList{string}}, int)"/>);
/// the recognizer does not produce it yet.
/// </summary>
public sealed record Table : BodyNode
{
    /// <summary>The rows in order, header rows first.</summary>
    public ValueArray<TableRow> Rows { get; init; }

    /// <summary>How many of the first rows are header rows (printed bold, repeated on each page).</summary>
    public int HeaderRowCount { get; init; }
}

/// <summary>A row of a <see cref="Table"/>.</summary>
public sealed record TableRow
{
    /// <summary>Creates a row from its cells.</summary>
    /// <param name="cells">The cell texts, left to right.</param>
    public TableRow(ValueArray<string> cells)
    {
        Cells = cells;
    }

    /// <summary>The cell texts, left to right.</summary>
    public ValueArray<string> Cells { get; init; }
}

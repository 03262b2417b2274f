using System.Collections.Immutable;

namespace AdminDocs;

/// <summary>
/// A simple table (bảng) in the body: rows of plain-text cells, the first <see cref="HeaderRowCount"/> rows being
/// the header. Built in code (<see cref="Building.BodyBuilder.Table(System.Collections.Generic.IEnumerable{System.Collections.Generic.IReadOnlyList{string}}, int)"/>);
/// the recognizer does not produce it yet.
/// </summary>
public sealed record Table : BodyNode
{
    /// <summary>The rows in order, header rows first.</summary>
    public ImmutableArray<TableRow> Rows
    {
        get => _rows.IsDefault ? ImmutableArray<TableRow>.Empty : _rows;
        init => _rows = value;
    }

    private readonly ImmutableArray<TableRow> _rows;

    /// <summary>How many of the first rows are header rows (printed bold, repeated on each page).</summary>
    public int HeaderRowCount { get; init; }
}

/// <summary>A row of a <see cref="Table"/>.</summary>
public sealed record TableRow
{
    /// <summary>Creates a row from its cells.</summary>
    /// <param name="cells">The cell texts, left to right.</param>
    public TableRow(ImmutableArray<string> cells)
    {
        Cells = cells.IsDefault ? ImmutableArray<string>.Empty : cells;
    }

    /// <summary>The cell texts, left to right.</summary>
    public ImmutableArray<string> Cells
    {
        get => _cells.IsDefault ? ImmutableArray<string>.Empty : _cells;
        init => _cells = value;
    }

    private readonly ImmutableArray<string> _cells;
}

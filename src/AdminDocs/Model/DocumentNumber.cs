
namespace AdminDocs;

/// <summary>
/// The số, ký hiệu line (ô 3), e.g. <c>Số: 12/BC-SGTVT</c>, <c>Số:    /SGTVT-VP</c> (a draft) or
/// <c>Số: 33/2009/QĐ-UBND</c> (a regulation with its year).
/// </summary>
/// <param name="Text">The whole line as written.</param>
public sealed record DocumentNumber(string Text)
{
    /// <summary>The label as written ("Số:", "Số", "SỐ :").</summary>
    public string Label { get; init; } = string.Empty;

    /// <summary>The number as written (e.g. "05"), or <see langword="null"/> when left blank.</summary>
    public string? Value { get; init; }

    /// <summary>The year group of a "33/2009/QĐ-UBND" style number, or <see langword="null"/>.</summary>
    public string? Year { get; init; }

    /// <summary>The ký hiệu as written (e.g. "BC-SGTVT"), without the number and year, or <see langword="null"/>.</summary>
    public string? Symbol { get; init; }

    /// <summary>The ký hiệu groups split at hyphens or dashes and trimmed (e.g. ["BC", "SGTVT"]).</summary>
    public ValueArray<string> SymbolGroups { get; init; }

    /// <summary>The part after the label, as written (number, separators and ký hiệu).</summary>
    public string Body { get; init; } = string.Empty;

    /// <summary>The offset of <see cref="Body"/> in <see cref="Text"/>.</summary>
    public int BodyOffset { get; init; }

    /// <summary>Where the line came from.</summary>
    public SourceSpan Origin { get; init; } = SourceSpan.None;
}

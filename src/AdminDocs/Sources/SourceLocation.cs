namespace AdminDocs.Sources;

/// <summary>
/// Where something sits in the original file: line and column for text and HTML (1-based), and for formats
/// that have parts (.docx) the part name and the paragraph index within it.
/// </summary>
/// <param name="Line">The 1-based line, or <see langword="null"/> when the format has no lines.</param>
/// <param name="Column">The 1-based column (in UTF-16 code units of the NFC text), or <see langword="null"/>.</param>
/// <param name="Part">The package part (for example <c>word/document.xml</c>), or <see langword="null"/>.</param>
/// <param name="ParagraphIndex">The 0-based paragraph index within <paramref name="Part"/>, or <see langword="null"/>.</param>
public sealed record SourceLocation(int? Line, int? Column, string? Part = null, int? ParagraphIndex = null)
{
    /// <summary>A location for a 1-based line and column of a text source.</summary>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column.</param>
    /// <returns>The location.</returns>
    public static SourceLocation AtLine(int line, int column = 1) => new(line, column);

    /// <inheritdoc/>
    public override string ToString()
    {
        if (Line is { } line)
        {
            return Column is { } column ? $"{line}:{column}" : line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Part is null ? string.Empty : $"{Part}#{ParagraphIndex}";
    }
}

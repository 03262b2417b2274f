
namespace AdminDocs;

/// <summary>
/// The trích yếu nội dung: under the tên loại (ô 5a), or after "V/v" for a công văn (ô 5b), possibly over
/// several lines.
/// </summary>
public sealed record Subject
{
    /// <summary>Creates a subject from its lines as written (the "V/v" prefix excluded).</summary>
    /// <param name="lines">The lines.</param>
    public Subject(ValueArray<string> lines)
    {
        Lines = lines;
    }

    /// <summary>The lines as written, without the "V/v" prefix.</summary>
    public ValueArray<string> Lines { get; init; }

    /// <summary>The subject: the lines joined by one space.</summary>
    public string Text => string.Join(" ", Lines);

    /// <summary>The prefix as written ("V/v", "V/V", "Về việc", ...), or <see langword="null"/> when there is none.</summary>
    public string? Prefix { get; init; }

    /// <summary>The first line as written, prefix included.</summary>
    public string FirstLineAsWritten { get; init; } = string.Empty;

    /// <summary>Where the subject came from.</summary>
    public SourceSpan Origin { get; init; } = SourceSpan.None;

    /// <summary>The short rule typed under the subject, as written.</summary>
    public TextElement? Rule { get; init; }
}

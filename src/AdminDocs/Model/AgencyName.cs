
namespace AdminDocs;

/// <summary>
/// The name of a body: the issuing body (tên cơ quan, tổ chức ban hành) or its direct parent body
/// (tên cơ quan chủ quản), possibly wrapped over several lines.
/// </summary>
public sealed record AgencyName
{
    /// <summary>Creates a name from its lines as written.</summary>
    /// <param name="lines">The lines, in order.</param>
    public AgencyName(ValueArray<string> lines)
    {
        Lines = lines;
    }

    /// <summary>The lines as written.</summary>
    public ValueArray<string> Lines { get; init; }

    /// <summary>The name: the lines joined by one space.</summary>
    public string Text => string.Join(" ", Lines);

    /// <summary>Where the name came from.</summary>
    public SourceSpan Origin { get; init; } = SourceSpan.None;

    /// <summary>The separator under the name (the issuer's rule line, or the Party <c>*</c>), as written.</summary>
    public TextElement? Rule { get; init; }
}

namespace AdminDocs;

/// <summary>A component that is one piece of text as written, e.g. the Quốc hiệu or the tên loại.</summary>
/// <param name="Text">The text as written (NFC).</param>
public sealed record TextElement(string Text)
{
    /// <summary>Where the text came from.</summary>
    public SourceSpan Origin { get; init; } = SourceSpan.None;

    /// <summary>
    /// A separator typed or drawn under the element (<c>-------</c>, <c>___</c>, the Party <c>*</c>), as written;
    /// <see langword="null"/> when there is none.
    /// </summary>
    public TextElement? Rule { get; init; }
}

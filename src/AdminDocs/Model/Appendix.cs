namespace AdminDocs;

/// <summary>An appendix (phụ lục): its label line, title, "(Kèm theo ...)" line and content.</summary>
/// <param name="Label">The "Phụ lục ..." line as written.</param>
public sealed record Appendix(TextElement Label)
{
    /// <summary>The appendix number as written ("I", "2"), or <see langword="null"/>.</summary>
    public string? Number { get; init; }

    /// <summary>The title in capitals, or <see langword="null"/>.</summary>
    public TextElement? Title { get; init; }

    /// <summary>The "(Kèm theo ...)" line, or <see langword="null"/>.</summary>
    public TextElement? Reference { get; init; }

    /// <summary>The content.</summary>
    public Body Body { get; init; } = Body.Empty;
}

namespace AdminDocs;

/// <summary>Text the recognizer could not place in any component: kept, never dropped (reported as AD0004).</summary>
/// <param name="Text">The text as written.</param>
public sealed record UnrecognizedBlock(string Text)
{
    /// <summary>Where the text came from.</summary>
    public SourceSpan Origin { get; init; } = SourceSpan.None;
}

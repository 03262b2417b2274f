namespace AdminDocs;

/// <summary>One line of a Kính gửi or Nơi nhận list.</summary>
/// <param name="Text">The item without its leading marker, as written (e.g. "Như trên;").</param>
public sealed record ListItem(string Text)
{
    /// <summary>The leading marker as written ("-", "–", "+", "•"), or empty when the line has none.</summary>
    public string Marker { get; init; } = string.Empty;

    /// <summary>The whole line as written, marker included.</summary>
    public string RawText { get; init; } = string.Empty;

    /// <summary>Where the item came from; <see cref="SourceSpan.Offset"/> points at <see cref="Text"/>.</summary>
    public SourceSpan Origin { get; init; } = SourceSpan.None;
}

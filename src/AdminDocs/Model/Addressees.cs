
namespace AdminDocs;

/// <summary>The "Kính gửi:" block (ô 9a): one recipient on the label's line, or several "- X;" lines.</summary>
/// <param name="Label">The label as written ("Kính gửi:", "Kính gửi :").</param>
public sealed record Addressees(TextElement Label)
{
    /// <summary>The recipients, in order.</summary>
    public ValueArray<ListItem> Items { get; init; }

    /// <summary>Whether the (single) recipient is written on the label's own line.</summary>
    public bool OnLabelLine { get; init; }
}

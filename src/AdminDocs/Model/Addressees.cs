using System.Collections.Immutable;

namespace AdminDocs;

/// <summary>The "Kính gửi:" block (ô 9a): one recipient on the label's line, or several "- X;" lines.</summary>
/// <param name="Label">The label as written ("Kính gửi:", "Kính gửi :").</param>
public sealed record Addressees(TextElement Label)
{
    /// <summary>The recipients, in order.</summary>
    public ImmutableArray<ListItem> Items
    {
        get => _items.IsDefault ? ImmutableArray<ListItem>.Empty : _items;
        init => _items = value;
    }

    private readonly ImmutableArray<ListItem> _items;

    /// <summary>Whether the (single) recipient is written on the label's own line.</summary>
    public bool OnLabelLine { get; init; }
}

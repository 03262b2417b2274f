using AdminDocs.Decree;

namespace AdminDocs;

/// <summary>The "Nơi nhận:" block (ô 9b): the label and the list, the "Lưu" line last.</summary>
/// <param name="Label">The label as written ("Nơi nhận:", "Nơi nhận :", "Nơi nhận").</param>
public sealed record Recipients(TextElement Label)
{
    /// <summary>Every line of the list in order, the Lưu line included.</summary>
    public ValueArray<ListItem> Items { get; init; }

    /// <summary>The archive ("Lưu: VT, ...") line, when the list has one.</summary>
    public ListItem? Archive
    {
        get
        {
            for (var i = Items.Length - 1; i >= 0; i--)
            {
                if (FixedTexts.IsArchiveItem(Items[i].Text))
                {
                    return Items[i];
                }
            }

            return null;
        }
    }
}

using System.Collections.Immutable;
using System.Globalization;
using AdminDocs.Sources;

namespace AdminDocs.Validation.Rules;

/// <summary>Shared helpers of the Nơi nhận rules (AD5101–AD5106): items, paths and locations. ND30 PL I, II.9.</summary>
internal static class RecipientsText
{
    /// <summary>The items of a recipients block (never default).</summary>
    public static ImmutableArray<ListItem> Items(Recipients? recipients) =>
        recipients is null || recipients.Items.IsDefault ? ImmutableArray<ListItem>.Empty : recipients.Items;

    /// <summary>The model path of an item ("recipients.items[2]").</summary>
    public static string ItemPath(int index) => "recipients.items[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>The item's text, trimmed (empty for a null item).</summary>
    public static string TextOf(ListItem? item) => (item?.Text ?? string.Empty).Trim();

    /// <summary>The whole line as written, marker included; rebuilt from the marker and text when the model has no raw text.</summary>
    public static string RawOf(ListItem item)
    {
        if (!string.IsNullOrEmpty(item.RawText))
        {
            return item.RawText.Trim();
        }

        var marker = item.Marker ?? string.Empty;
        return marker.Length == 0 ? TextOf(item) : marker + " " + TextOf(item);
    }

    /// <summary>Where the line of an item starts (its marker), falling back to the item's text.</summary>
    public static SourceLocation? LineStart(ListItem item)
    {
        var raw = item.RawText ?? string.Empty;
        var text = item.Text ?? string.Empty;
        var at = text.Length == 0 ? -1 : raw.IndexOf(text, System.StringComparison.Ordinal);
        return at > 0 ? item.Origin.LocationAt(-at) : item.Origin.Location;
    }

    /// <summary>Where a character of the item's text is; the item's start when the text spans several source lines.</summary>
    public static SourceLocation? At(ListItem item, int offset) =>
        item.Origin.Blocks.Length > 1 || offset < 0 ? item.Origin.Location : item.Origin.LocationAt(offset);
}

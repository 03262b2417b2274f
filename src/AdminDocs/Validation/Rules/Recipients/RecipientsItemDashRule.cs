using System;
using System.Collections.Generic;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD5103: every Nơi nhận line starts with a hyphen-minus and a space ("- Sở Tài chính;"), not another marker, no
/// marker or a hyphen glued to the text. ND30 PL I, II.9.d. A line that continues the item above (no bullet, the item
/// above ends without ";" or ".") is part of that item; a list-wide defect (en-dash bullets, bullets lost) is one
/// finding per list, at its first line, not one per line (domain-rules §8).
/// </summary>
internal sealed class RecipientsItemDashRule : CatalogRule
{
    public RecipientsItemDashRule()
        : base("AD5103")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var logical in ListLines.OfRecipients(RecipientsText.Items(context.Document.Recipients)))
        {
            var item = logical.Head;
            var marker = (item.Marker ?? string.Empty).Trim();
            var raw = RecipientsText.RawOf(item);
            var path = RecipientsText.ItemPath(logical.First);
            var location = RecipientsText.LineStart(item);
            if (marker.Length == 0)
            {
                if (reported.Add("no-marker"))
                {
                    context.ReportVariant("no-marker", path, location, raw);
                }
            }
            else if (marker != "-")
            {
                if (reported.Add("other-marker " + marker))
                {
                    context.ReportVariant("other-marker", path, location, raw, marker);
                }
            }
            else
            {
                var at = raw.IndexOf('-');
                if (at >= 0 && at + 1 < raw.Length && !char.IsWhiteSpace(raw[at + 1]) && reported.Add("no-space"))
                {
                    context.ReportVariant("no-space", path, location, raw);
                }
            }
        }
    }
}

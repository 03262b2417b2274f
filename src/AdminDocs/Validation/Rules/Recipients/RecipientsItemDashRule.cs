namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD5103: every Nơi nhận line starts with a hyphen-minus and a space ("- Sở Tài chính;"), not another marker, no
/// marker or a hyphen glued to the text. ND30 PL I, II.9.d.
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
        var items = RecipientsText.Items(context.Document.Recipients);
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is not { } item)
            {
                continue;
            }

            var marker = (item.Marker ?? string.Empty).Trim();
            var raw = RecipientsText.RawOf(item);
            var path = RecipientsText.ItemPath(i);
            var location = RecipientsText.LineStart(item);
            if (marker.Length == 0)
            {
                context.ReportVariant("no-marker", path, location, raw);
            }
            else if (marker != "-")
            {
                context.ReportVariant("other-marker", path, location, raw, marker);
            }
            else
            {
                var at = raw.IndexOf('-');
                if (at >= 0 && at + 1 < raw.Length && !char.IsWhiteSpace(raw[at + 1]))
                {
                    context.ReportVariant("no-space", path, location, raw);
                }
            }
        }
    }
}

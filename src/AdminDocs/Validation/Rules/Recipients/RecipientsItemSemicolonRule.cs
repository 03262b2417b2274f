namespace AdminDocs.Validation.Rules;

/// <summary>AD5104: every Nơi nhận line but the last ends with ";". ND30 PL I, II.9.d.</summary>
internal sealed class RecipientsItemSemicolonRule : CatalogRule
{
    public RecipientsItemSemicolonRule()
        : base("AD5104")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var items = RecipientsText.Items(context.Document.Recipients);
        for (var i = 0; i < items.Length - 1; i++)
        {
            if (items[i] is not { } item)
            {
                continue;
            }

            var text = (item.Text ?? string.Empty).TrimEnd();
            if (text.Length == 0 || text.EndsWith(";", System.StringComparison.Ordinal))
            {
                continue;
            }

            var last = text[text.Length - 1];
            var path = RecipientsText.ItemPath(i);
            if (last is ',' or '.' or ':' or '!')
            {
                context.ReportVariant("wrong-mark", path, RecipientsText.At(item, text.Length - 1), text, new string(last, 1));
            }
            else
            {
                context.Report(path, RecipientsText.At(item, text.Length), text);
            }
        }
    }
}

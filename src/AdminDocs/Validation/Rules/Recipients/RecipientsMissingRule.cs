namespace AdminDocs.Validation.Rules;

/// <summary>AD5101: the "Nơi nhận:" block and its list are present. ND30 Điều 8.2.i; PL I, II.9.</summary>
internal sealed class RecipientsMissingRule : CatalogRule
{
    public RecipientsMissingRule()
        : base("AD5101")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var recipients = context.Document.Recipients;
        if (recipients is null)
        {
            context.Report("recipients", null);
        }
        else if (RecipientsText.Items(recipients).IsEmpty)
        {
            context.ReportVariant("empty", "recipients", recipients.Label?.Origin.Location, (recipients.Label?.Text ?? string.Empty).Trim());
        }
    }
}

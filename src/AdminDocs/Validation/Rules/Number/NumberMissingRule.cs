namespace AdminDocs.Validation.Rules;

/// <summary>AD2201: the "Số:" line is present (NĐ 30/2020 Điều 8.2.c; Phụ lục I, II.3).</summary>
internal sealed class NumberMissingRule : CatalogRule
{
    public NumberMissingRule()
        : base("AD2201")
    {
    }

    public override void Analyze(RuleContext context)
    {
        if (context.Document.Number is null)
        {
            context.Report("number", null);
        }
    }
}

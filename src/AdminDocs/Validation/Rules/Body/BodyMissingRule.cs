namespace AdminDocs.Validation.Rules;

/// <summary>AD4001: the document has a body (nội dung, ô 6) (NĐ 30/2020 Điều 8 khoản 2 điểm e).</summary>
internal sealed class BodyMissingRule : CatalogRule
{
    public BodyMissingRule()
        : base("AD4001")
    {
    }

    public override void Analyze(RuleContext context)
    {
        if (context.Document.Body is null || context.Document.Body.IsEmpty)
        {
            context.Report("body", null);
        }
    }
}

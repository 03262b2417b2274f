namespace AdminDocs.Validation.Rules;

/// <summary>AD2101: the issuing body (tên cơ quan, tổ chức ban hành) is present (NĐ 30/2020 Điều 8.2.b; Phụ lục I, II.2).</summary>
internal sealed class IssuerMissingRule : CatalogRule
{
    public IssuerMissingRule()
        : base("AD2101")
    {
    }

    public override void Analyze(RuleContext context)
    {
        if (context.Document.IssuingAgency is null)
        {
            context.Report("issuingAgency", null);
        }
    }
}

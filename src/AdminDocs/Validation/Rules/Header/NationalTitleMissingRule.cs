using AdminDocs.Decree;

namespace AdminDocs.Validation.Rules;

/// <summary>AD2001: the Quốc hiệu line is present (NĐ 30/2020 Điều 8.2.a; Phụ lục I, II.1).</summary>
internal sealed class NationalTitleMissingRule : CatalogRule
{
    public NationalTitleMissingRule()
        : base("AD2001")
    {
    }

    public override void Analyze(RuleContext context)
    {
        if (context.Document.NationalTitle is null)
        {
            context.Report("nationalTitle", null, FixedTexts.NationalTitle);
        }
    }
}

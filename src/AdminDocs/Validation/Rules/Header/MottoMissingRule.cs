using AdminDocs.Decree;

namespace AdminDocs.Validation.Rules;

/// <summary>AD2004: the Tiêu ngữ line is present (NĐ 30/2020 Điều 8.2.a; Phụ lục I, II.1).</summary>
internal sealed class MottoMissingRule : CatalogRule
{
    public MottoMissingRule()
        : base("AD2004")
    {
    }

    public override void Analyze(RuleContext context)
    {
        if (context.Document.Motto is null)
        {
            context.Report("motto", null, FixedTexts.Motto);
        }
    }
}

namespace AdminDocs.Validation.Rules;

/// <summary>AD3101: a document that is not a công văn or thư công has its tên loại line (NĐ 30/2020 Điều 8.2.đ;
/// Phụ lục I, II.5).</summary>
internal sealed class TitleMissingRule : CatalogRule
{
    public TitleMissingRule()
        : base("AD3101")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        if (document.Title is not null || document.Kind is DocumentKind.OfficialLetter or DocumentKind.PublicLetter)
        {
            return;
        }

        if (DocumentKindInfo.Get(document.Kind).Title is { } expected)
        {
            context.ReportVariant("expected", "title", null, expected);
        }
        else
        {
            context.Report("title", null);
        }
    }
}

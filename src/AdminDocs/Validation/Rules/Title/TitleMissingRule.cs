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
        // A công văn has no tên loại. A thư công has its own title line ("THƯ CHÚC MỪNG"): the recognizer knows one
        // by it, so only a thư công built in code can lack it.
        if (document.Title is not null || document.Kind == DocumentKind.OfficialLetter
            || (document.Kind == DocumentKind.PublicLetter && document.Source is not null))
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

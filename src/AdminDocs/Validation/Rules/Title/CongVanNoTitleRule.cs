namespace AdminDocs.Validation.Rules;

/// <summary>AD3109: a công văn carries no centered tên loại line such as "CÔNG VĂN" (NĐ 30/2020 Phụ lục III Mẫu 1.5).</summary>
internal sealed class CongVanNoTitleRule : CatalogRule
{
    public CongVanNoTitleRule()
        : base("AD3109")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        if (document.Kind == DocumentKind.OfficialLetter && document.Title is { } title)
        {
            context.Report("title", title.Origin.Location, title.Text ?? string.Empty);
        }
    }
}

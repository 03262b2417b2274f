namespace AdminDocs.Validation.Rules;

/// <summary>AD3001: the place and date line is present; a biên bản has none (NĐ 30/2020 Điều 8.2.d; Phụ lục I, II.4;
/// Phụ lục III Mẫu 1.9).</summary>
internal sealed class PlaceDateMissingRule : CatalogRule
{
    public PlaceDateMissingRule()
        : base("AD3001")
    {
    }

    public override void Analyze(RuleContext context)
    {
        if (context.Document.PlaceDate is null && context.Document.Kind != DocumentKind.Minutes)
        {
            context.Report("placeDate", null);
        }
    }
}

namespace AdminDocs.Validation.Rules;

/// <summary>AD3006: a comma follows the place name directly ("Hà Nội, ngày ...") (NĐ 30/2020 Phụ lục I, II.4.c).</summary>
internal sealed class PlaceCommaRule : CatalogRule
{
    public PlaceCommaRule()
        : base("AD3006")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var placeDate = context.Document.PlaceDate;
        var layout = PlaceDateLayout.Of(placeDate);
        if (placeDate is null || layout is null || string.IsNullOrWhiteSpace(placeDate.Place))
        {
            return;
        }

        var place = layout["place"];
        if (place.Value.Trim().Length == 0)
        {
            return;
        }

        var end = place.Index + place.Length;
        if (!layout["comma"].Success)
        {
            context.ReportVariant("missing", "placeDate.place", PlaceDateLayout.At(placeDate, end), place.Value);
        }
        else if (layout["sp0"].Length > 0)
        {
            context.ReportVariant("space-before", "placeDate.place", PlaceDateLayout.At(placeDate, end), place.Value);
        }
    }
}

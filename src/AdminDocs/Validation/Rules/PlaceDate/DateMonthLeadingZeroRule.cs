namespace AdminDocs.Validation.Rules;

/// <summary>AD3004: months 1 and 2 are written 01 and 02 (NĐ 30/2020 Phụ lục I, II.4.b).</summary>
internal sealed class DateMonthLeadingZeroRule : CatalogRule
{
    public DateMonthLeadingZeroRule()
        : base("AD3004")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var placeDate = context.Document.PlaceDate;
        if (placeDate?.MonthText is "1" or "2")
        {
            var month = placeDate.MonthText;
            var layout = PlaceDateLayout.Of(placeDate);
            context.Report("placeDate.month", layout?.At("month") ?? placeDate.Origin.Location, month, "0" + month);
        }
    }
}

using System.Globalization;

namespace AdminDocs.Validation.Rules;

/// <summary>AD3005: months 3 to 12 are written without a leading zero ("tháng 3", not "tháng 03") (NĐ 30/2020 Phụ lục I,
/// II.4.b and the Mục V examples).</summary>
internal sealed class DateMonthExtraZeroRule : CatalogRule
{
    public DateMonthExtraZeroRule()
        : base("AD3005")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var placeDate = context.Document.PlaceDate;
        var text = placeDate?.MonthText ?? string.Empty;
        if (placeDate is null || text.Length < 2 || text[0] != '0' || PlaceDateLayout.Number(text) is not { } month || month < 3 || month > 12)
        {
            return;
        }

        var layout = PlaceDateLayout.Of(placeDate);
        context.Report("placeDate.month", layout?.At("month") ?? placeDate.Origin.Location, text, month.ToString(CultureInfo.InvariantCulture));
    }
}

namespace AdminDocs.Validation.Rules;

/// <summary>AD3003: a day from 1 to 9 is written with a leading zero, 01–09 (NĐ 30/2020 Phụ lục I, II.4.b).</summary>
internal sealed class DateDayLeadingZeroRule : CatalogRule
{
    public DateDayLeadingZeroRule()
        : base("AD3003")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var placeDate = context.Document.PlaceDate;
        if (placeDate?.DayText is { Length: 1 } day && day[0] is >= '1' and <= '9')
        {
            var layout = PlaceDateLayout.Of(placeDate);
            context.Report("placeDate.day", layout?.At("day") ?? placeDate.Origin.Location, day, "0" + day);
        }
    }
}

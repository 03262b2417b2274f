using System;
using System.Globalization;
using AdminDocs.Sources;

namespace AdminDocs.Validation.Rules;

/// <summary>AD3007: the date is a real calendar date with a four-digit year and not in the future; the parts written are
/// checked, a wholly or partly blank day, month or year is AD3008's and never this rule's (NĐ 30/2020 Phụ lục I,
/// II.4.b; domain-rules §8).</summary>
internal sealed class DateValidRule : CatalogRule
{
    public DateValidRule()
        : base("AD3007")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var placeDate = context.Document.PlaceDate;
        if (placeDate is null)
        {
            return;
        }

        var layout = PlaceDateLayout.Of(placeDate);
        var yearLocation = LocationOf(layout, placeDate, "year");
        var dayText = placeDate.DayText ?? string.Empty;
        var monthText = placeDate.MonthText ?? string.Empty;
        var yearText = (placeDate.YearText ?? string.Empty).Trim();
        var dayBlank = DateBlankRule.DayBlank(placeDate, layout) || layout is { HasNgay: false };
        var monthBlank = DateBlankRule.MonthBlank(placeDate);
        var yearBlank = DateBlankRule.YearBlank(placeDate, layout);
        var ok = !yearBlank;

        if (yearBlank)
        {
            // AD3008's.
        }
        else if (yearText.Length == 0)
        {
            context.ReportVariant("year-missing", "placeDate.year", yearLocation, placeDate.Text ?? string.Empty);
            ok = false;
        }
        else if (!PlaceDateLayout.YearWellFormed(yearText))
        {
            context.ReportVariant("year", "placeDate.year", yearLocation, yearText);
            ok = false;
        }

        if (!dayBlank && !PlaceDateLayout.IsDigits(dayText))
        {
            var l = LocationOf(layout, placeDate, "day");
            context.ReportVariant("not-a-number", "placeDate.day", l, dayText);
            ok = false;
        }

        if (!monthBlank && !PlaceDateLayout.IsDigits(monthText))
        {
            var l = LocationOf(layout, placeDate, "month");
            context.ReportVariant("not-a-number", "placeDate.month", l, monthText);
            ok = false;
        }

        var day = dayBlank ? null : PlaceDateLayout.Number(dayText);
        var month = monthBlank ? null : PlaceDateLayout.Number(monthText);
        var year = ok ? PlaceDateLayout.Number(PlaceDateLayout.SplitYear(yearText).Digits) : null;
        if (month is { } m && (m < 1 || m > 12))
        {
            var l = LocationOf(layout, placeDate, "month");
            context.ReportVariant("month-range", "placeDate.month", l, monthText);
            return;
        }

        if (day is { } d0 && (d0 < 1 || d0 > 31))
        {
            var l = LocationOf(layout, placeDate, "day");
            context.ReportVariant("day-range", "placeDate.day", l, dayText);
            return;
        }

        if (day is not { } dd || month is not { } mm || year is not { } yy || yy < 1)
        {
            return;
        }

        var written = dayText + "/" + monthText + "/" + PlaceDateLayout.SplitYear(yearText).Digits;
        if (dd > DateTime.DaysInMonth(yy, mm))
        {
            context.ReportVariant("not-a-date", "placeDate", placeDate.Origin.Location, written);
            return;
        }

        var today = (context.Options.Today ?? DateTime.Today).Date;
        var date = new DateTime(yy, mm, dd, 0, 0, 0, DateTimeKind.Unspecified);
        if (date > today)
        {
            context.ReportVariant("future", "placeDate", placeDate.Origin.Location, written, today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        }
    }

    private static SourceLocation? LocationOf(PlaceDateLayout? layout, PlaceDate placeDate, string part) =>
        layout?.At(part) ?? placeDate.Origin.Location;
}

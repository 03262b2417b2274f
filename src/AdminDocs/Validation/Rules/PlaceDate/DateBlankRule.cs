using System.Linq;

namespace AdminDocs.Validation.Rules;

/// <summary>AD3008: the date is wholly or partly left blank ("ngày    tháng    năm 2024", "ngày … tháng 5 năm 20..",
/// "năm ....") — info in a draft, an error for stage "issued"; one finding for the line (practice; Phụ lục III
/// templates; domain-rules §8 "Blank number and date"). The only rule that reports a blank day, month or year: a blank
/// part is never an invalid date (AD3007).</summary>
internal sealed class DateBlankRule : CatalogRule
{
    public DateBlankRule()
        : base("AD3008")
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
        var dayBlank = DayBlank(placeDate, layout);
        var monthBlank = MonthBlank(placeDate);
        var yearBlank = YearBlank(placeDate, layout);
        if (!dayBlank && !monthBlank && !yearBlank)
        {
            return;
        }

        var severity = context.Stage == ValidationStage.Issued ? DiagnosticSeverity.Error : DiagnosticSeverity.Info;
        var part = dayBlank ? "day" : monthBlank ? "month" : "year";
        var gap = part switch { "day" => "sp2", "month" => "sp4", _ => "sp6" };
        var location = layout is null ? placeDate.Origin.Location : layout.At(layout[part].Length > 0 ? part : gap);
        context.ReportWithSeverity(severity, "placeDate." + part, location, placeDate.Text ?? string.Empty);
    }

    /// <summary>Whether the day is wholly or partly blank: "ngày    tháng", "ngày … tháng", "ngày 1.. tháng".</summary>
    internal static bool DayBlank(PlaceDate placeDate, PlaceDateLayout? layout) =>
        PlaceDateLayout.DayBlank(placeDate, layout) || ((layout?.HasNgay ?? true) && PartlyBlank(placeDate.DayText));

    /// <summary>Whether the month is wholly or partly blank.</summary>
    internal static bool MonthBlank(PlaceDate placeDate) =>
        PlaceDateLayout.MonthBlank(placeDate) || PartlyBlank(placeDate.MonthText);

    /// <summary>Whether the year is wholly or partly blank: "năm" written and nothing, dots or underscores after it,
    /// or fewer than four digits followed by blank marks ("năm 20..", "năm 202_"). Needs the line's "năm" (the
    /// layout): a line without it is malformed, not blank.</summary>
    internal static bool YearBlank(PlaceDate placeDate, PlaceDateLayout? layout)
    {
        if (layout is null)
        {
            return false;
        }

        var year = (placeDate.YearText ?? string.Empty).Trim();
        return PlaceDateLayout.IsBlankPart(year) || (PlaceDateLayout.SplitYear(year).Digits.Length < 4 && PartlyBlank(year));
    }

    /// <summary>Whether a part mixes digits with blank marks: at least one digit, and an ellipsis, an underscore or
    /// two or more dots (one final dot is punctuation, not a gap), nothing else but spaces.</summary>
    private static bool PartlyBlank(string? text)
    {
        if (text is null)
        {
            return false;
        }

        var t = text.Trim();
        return t.Any(char.IsDigit)
            && t.All(c => c is (>= '0' and <= '9') or '.' or '…' or '_' || char.IsWhiteSpace(c))
            && (t.Contains('…') || t.Contains('_') || t.Count(c => c == '.') >= 2);
    }
}

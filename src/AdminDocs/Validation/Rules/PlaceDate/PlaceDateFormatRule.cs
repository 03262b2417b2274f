using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace AdminDocs.Validation.Rules;

/// <summary>AD3002: the line reads "&lt;Place&gt;, ngày &lt;d&gt; tháng &lt;m&gt; năm &lt;yyyy&gt;" with the words in lower
/// case and single spaces; a draft may leave the day or month blank (NĐ 30/2020 Phụ lục I, II.4.b). Zeros are
/// AD3003–AD3005's and the comma AD3006's. One finding per defect.</summary>
internal sealed class PlaceDateFormatRule : CatalogRule
{
    private static readonly Regex SpaceRun = new(@"\s{2,}|[^\S ]", RegexOptions.CultureInvariant);

    public PlaceDateFormatRule()
        : base("AD3002")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var placeDate = context.Document.PlaceDate;
        if (placeDate is null)
        {
            return;
        }

        var text = placeDate.Text ?? string.Empty;
        var layout = PlaceDateLayout.Of(placeDate);
        if (layout is null)
        {
            context.Report("placeDate", placeDate.Origin.Location, text);
            return;
        }

        var place = layout["place"];
        var hasPlace = place.Value.Trim().Length > 0;
        if (!hasPlace)
        {
            context.ReportVariant("no-place", "placeDate", layout.At("place"), text);
        }

        if (!layout.HasNgay)
        {
            context.ReportVariant("missing-ngay", "placeDate", layout.At("thang"), text);
        }

        CheckWord(context, layout, "ngay", "ngày", hasPlace);
        CheckWord(context, layout, "thang", "tháng", true);
        CheckWord(context, layout, "nam", "năm", true);

        // Spaces: inside the place, after the comma and between the words and numbers.
        var draft = IsDraft(layout);
        if (SpaceRun.Match(place.Value) is { Success: true } run)
        {
            var next = place.Value.Substring(run.Index + run.Length).Split(' ')[0];
            context.ReportVariant("spaces", "placeDate", PlaceDateLayout.At(placeDate, place.Index + run.Index), text, next);
        }

        var gaps = new List<(string Gap, string Left, string Right)>();
        if (layout["comma"].Success)
        {
            gaps.Add(("sp1", "comma", layout.HasNgay ? "ngay" : "thang"));
        }

        if (layout.HasNgay)
        {
            gaps.Add(("sp2", "ngay", "day"));
            gaps.Add(("sp3", "day", "thang"));
        }

        gaps.Add(("sp4", "thang", "month"));
        gaps.Add(("sp5", "month", "nam"));
        gaps.Add(("sp6", "nam", "year"));
        foreach (var (gapName, left, right) in gaps)
        {
            var gap = layout[gapName];
            if (!Filled(layout, left) || !Filled(layout, right))
            {
                continue;
            }

            if (gap.Length == 0)
            {
                context.ReportVariant("missing-space", "placeDate", PlaceDateLayout.At(placeDate, gap.Index), text, layout[right].Value);
            }
            else if (!draft && SpaceRun.IsMatch(gap.Value))
            {
                context.ReportVariant("spaces", "placeDate", PlaceDateLayout.At(placeDate, gap.Index), text, layout[right].Value);
            }
        }

        // Text after the year (a trailing period); a year that is not a year is AD3007's, a partly blank one
        // ("20..") AD3008's.
        var year = layout["year"];
        var (digits, rest) = PlaceDateLayout.SplitYear(year.Value);
        if (!DateBlankRule.YearBlank(placeDate, layout) && digits.Length > 0 && rest.Length > 0 && !char.IsLetterOrDigit(rest[0]))
        {
            context.ReportVariant("trailing-text", "placeDate", PlaceDateLayout.At(placeDate, year.Index + digits.Length), text, rest.Trim());
        }
    }

    // A draft that leaves the day, the month or the year (wholly or partly) blank may space its words as it likes.
    private static bool IsDraft(PlaceDateLayout layout) =>
        DateBlankRule.DayBlank(layout.PlaceDate, layout) || DateBlankRule.MonthBlank(layout.PlaceDate) || DateBlankRule.YearBlank(layout.PlaceDate, layout);

    private static bool Filled(PlaceDateLayout layout, string part)
    {
        var group = layout[part];
        if (!group.Success)
        {
            return false;
        }

        return part is "day" or "month" or "year" ? !PlaceDateLayout.IsBlankPart(group.Value) : group.Length > 0;
    }

    private static void CheckWord(RuleContext context, PlaceDateLayout layout, string part, string expected, bool report)
    {
        var word = layout[part];
        if (report && word.Success && !PlaceDateLayout.Is(word, expected))
        {
            context.ReportVariant("word-case", "placeDate", layout.At(part), word.Value, expected);
        }
    }
}

using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using AdminDocs.Sources;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// The place-date line split into its words, parts and the gaps between them, with positions, for the rules that
/// check the line as written (AD3002–AD3009). Built from <see cref="PlaceDate.Text"/>; the values themselves come
/// from the model.
/// </summary>
internal sealed class PlaceDateLayout
{
    private static readonly Regex Pattern = new(
        @"^(?<place>[^,]*?)(?<sp0>\s*)(?<comma>,)?(?<sp1>\s*)(?:(?<ngay>ngày)(?<sp2>\s*)(?<day>.*?)(?<sp3>\s*))?(?<thang>tháng)(?<sp4>\s*)(?<month>.*?)(?<sp5>\s*)(?<nam>năm)(?<sp6>\s*)(?<year>.*?)\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Singleline);

    private readonly Match _match;

    private PlaceDateLayout(PlaceDate placeDate, Match match)
    {
        PlaceDate = placeDate;
        _match = match;
    }

    /// <summary>The model element.</summary>
    public PlaceDate PlaceDate { get; }

    /// <summary>Whether the word "ngày" is written.</summary>
    public bool HasNgay => _match.Groups["ngay"].Success;

    /// <summary>A part of the match ("place", "comma", "ngay", "day", "thang", "month", "nam", "year", "sp0"...).</summary>
    public Group this[string name] => _match.Groups[name];

    /// <summary>Splits the line, or returns <see langword="null"/> when it has no "tháng ... năm".</summary>
    public static PlaceDateLayout? Of(PlaceDate? placeDate)
    {
        if (placeDate?.Text is not { } text)
        {
            return null;
        }

        var m = Pattern.Match(text);
        return m.Success ? new PlaceDateLayout(placeDate, m) : null;
    }

    /// <summary>The location of a character of the line.</summary>
    public static SourceLocation? At(PlaceDate placeDate, int index) =>
        index < 0 ? placeDate.Origin.Location : placeDate.Origin.LocationAt(index);

    /// <summary>The location of a part of the line, or the line's start.</summary>
    public SourceLocation? At(string part) =>
        this[part].Success ? At(PlaceDate, this[part].Index) : PlaceDate.Origin.Location;

    /// <summary>Whether a day or month part is blank in a draft: empty, or only dots, ellipses, underscores or spaces.</summary>
    public static bool IsBlankPart(string? text) =>
        text is null || text.All(c => char.IsWhiteSpace(c) || c is '.' or '…' or '_' or '-' or '/');

    /// <summary>Whether the part is written in ASCII digits only.</summary>
    public static bool IsDigits(string text) => text.Length > 0 && text.All(c => c is >= '0' and <= '9');

    /// <summary>The value of a part written in digits (up to six), or <see langword="null"/>.</summary>
    public static int? Number(string text) =>
        IsDigits(text) && text.Length <= 6 ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : null;

    /// <summary>Whether the day is blank in a draft ("ngày    tháng"): the word is there, the number is not.</summary>
    public static bool DayBlank(PlaceDate placeDate, PlaceDateLayout? layout) =>
        (layout?.HasNgay ?? true) && IsBlankPart(placeDate.DayText);

    /// <summary>Whether the month is blank in a draft.</summary>
    public static bool MonthBlank(PlaceDate placeDate) => IsBlankPart(placeDate.MonthText);

    /// <summary>Splits the year as written into its leading digits and what follows.</summary>
    public static (string Digits, string Tail) SplitYear(string? yearText)
    {
        var text = (yearText ?? string.Empty).Trim();
        var n = 0;
        while (n < text.Length && text[n] is >= '0' and <= '9')
        {
            n++;
        }

        return (text.Substring(0, n), text.Substring(n));
    }

    /// <summary>Whether the year is well formed: four digits, then nothing or punctuation (AD3002's business).</summary>
    public static bool YearWellFormed(string? yearText)
    {
        var (digits, rest) = SplitYear(yearText);
        return digits.Length == 4 && (rest.Length == 0 || !char.IsLetterOrDigit(rest[0]));
    }

    /// <summary>Whether a word of the line is written exactly as expected.</summary>
    public static bool Is(Group group, string expected) =>
        string.Equals(group.Value, expected, StringComparison.Ordinal);
}

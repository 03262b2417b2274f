using System;
using System.Globalization;
using System.Linq;
using AdminDocs.Sources;

namespace AdminDocs.Validation.Rules;

/// <summary>A piece of the place-date line as the model read it: a part, a word or a gap, with its offset in the text.</summary>
/// <param name="Success">Whether the piece is written.</param>
/// <param name="Index">Its offset in <see cref="PlaceDate.Text"/> (-1 when absent).</param>
/// <param name="Length">Its length.</param>
/// <param name="Value">The piece as written.</param>
internal readonly record struct PlaceDatePiece(bool Success, int Index, int Length, string Value);

/// <summary>
/// The place-date line's words, parts and the gaps between them, with positions, for the rules that check the line
/// as written (AD3002–AD3009): a view of what the model read (<see cref="PlaceDate"/> parses the line once).
/// </summary>
internal sealed class PlaceDateLayout
{
    private PlaceDateLayout(PlaceDate placeDate)
    {
        PlaceDate = placeDate;
    }

    /// <summary>The model element.</summary>
    public PlaceDate PlaceDate { get; }

    /// <summary>Whether the word "ngày" is written.</summary>
    public bool HasNgay => this["ngay"].Success;

    /// <summary>A piece of the line ("place", "comma", "ngay", "day", "thang", "month", "nam", "year", "sp0"...).</summary>
    public PlaceDatePiece this[string name]
    {
        get
        {
            var (index, length) = PlaceDate.Piece(name);
            return index < 0
                ? new PlaceDatePiece(false, -1, 0, string.Empty)
                : new PlaceDatePiece(true, index, length, PlaceDate.Text.Substring(index, length));
        }
    }

    /// <summary>The layout of the line, or <see langword="null"/> when it has no "tháng ... năm".</summary>
    public static PlaceDateLayout? Of(PlaceDate? placeDate) =>
        placeDate is { IsPlaceDateLine: true } ? new PlaceDateLayout(placeDate) : null;

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
    public static bool Is(PlaceDatePiece group, string expected) =>
        string.Equals(group.Value, expected, StringComparison.Ordinal);
}

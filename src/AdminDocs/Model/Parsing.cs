using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using AdminDocs.Decree;

namespace AdminDocs;

/// <summary>Parsers for the lines whose parts the model keeps: the số/ký hiệu line and the place-date line.</summary>
public static class LineParsers
{
    private static readonly Regex NumberLabel = new(
        @"^(?<label>[Ss][ốỐoO](?:\s*[:;.])?)(?=\s|\d|/|$)",
        RegexOptions.CultureInvariant);

    private static readonly Regex PartyNumber = new(
        @"^(?<value>\d*)\s*-\s*(?<symbol>\S.*/.*\S)\s*$",
        RegexOptions.CultureInvariant);

    private static readonly Regex PlaceDatePattern = new(
        @"^(?<place>[^,]*?)\s*(?<comma>,)?\s*(?:ngày(?<day>.*?))?tháng(?<month>.*?)năm(?<year>.*)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// Parses a số/ký hiệu line: "Số: 12/BC-SGTVT", a draft's "Số:    /SGTVT-VP", "Số: 33/2009/QĐ-UBND" (year kept
    /// apart from the ký hiệu) or a Party "Số 12-BC/TU".
    /// </summary>
    /// <param name="line">The line (trimmed).</param>
    /// <returns>The number, or <see langword="null"/> when the line does not start with "Số".</returns>
    public static DocumentNumber? ParseNumber(string line)
    {
        if (line is null)
        {
            throw new ArgumentNullException(nameof(line));
        }

        var text = line.Trim();
        var m = NumberLabel.Match(text);
        if (!m.Success)
        {
            return null;
        }

        var label = m.Groups["label"].Value;
        var bodyOffset = label.Length;
        while (bodyOffset < text.Length && char.IsWhiteSpace(text[bodyOffset]))
        {
            bodyOffset++;
        }

        var body = text.Substring(bodyOffset);
        string? value;
        string? year = null;
        string? symbol;
        var slash = body.IndexOf('/');
        var party = PartyNumber.Match(body);
        if (party.Success && (slash < 0 || body.IndexOfAny(Dashes.All) < slash))
        {
            value = party.Groups["value"].Value;
            symbol = party.Groups["symbol"].Value.Trim();
        }
        else if (slash >= 0)
        {
            value = body.Substring(0, slash).Trim();
            var rest = body.Substring(slash + 1).TrimStart();
            var yearMatch = Regex.Match(rest, @"^(?<y>\d{4})\s*/\s*");
            if (yearMatch.Success)
            {
                year = yearMatch.Groups["y"].Value;
                rest = rest.Substring(yearMatch.Length);
            }

            symbol = rest.Trim();
        }
        else
        {
            var digits = new string(body.TakeWhile(char.IsDigit).ToArray());
            value = digits;
            symbol = body.Substring(digits.Length).Trim();
        }

        value = IsBlank(value) ? null : value;
        symbol = string.IsNullOrEmpty(symbol) ? null : symbol;
        var groups = symbol is null
            ? ImmutableArray<string>.Empty
            : symbol.Split(Dashes.GroupSeparators)
                .Select(g => g.Trim())
                .Where(g => g.Length > 0)
                .ToImmutableArray();
        return new DocumentNumber(text)
        {
            Label = label,
            Value = value,
            Year = year,
            Symbol = symbol,
            SymbolGroups = groups,
            Body = body,
            BodyOffset = bodyOffset,
        };
    }

    /// <summary>
    /// Parses a place-date line such as "Hà Nội, ngày 05 tháng 01 năm 2020" or a draft's "Bình Định, ngày    tháng 11
    /// năm 2019". The words "ngày", "tháng", "năm" are matched without regard to case; a missing "ngày" is tolerated.
    /// </summary>
    /// <param name="line">The line (trimmed).</param>
    /// <returns>The place and date, or <see langword="null"/> when the line has no "tháng ... năm".</returns>
    public static PlaceDate? ParsePlaceDate(string line)
    {
        if (line is null)
        {
            throw new ArgumentNullException(nameof(line));
        }

        var text = line.Trim();
        var m = PlaceDatePattern.Match(text);
        if (!m.Success)
        {
            return null;
        }

        var place = m.Groups["place"].Value.Trim();
        var dayText = m.Groups["day"].Value.Trim();
        var monthText = m.Groups["month"].Value.Trim();
        var yearText = m.Groups["year"].Value.Trim();
        return new PlaceDate(text)
        {
            Place = place.Length == 0 ? null : place,
            DayText = dayText,
            MonthText = monthText,
            YearText = yearText,
            Day = ParseInt(dayText),
            Month = ParseInt(monthText),
            Year = ParseInt(yearText.TrimEnd('.')),
        };
    }

    private static int? ParseInt(string text) =>
        text.Length is > 0 and <= 6 && text.All(c => c is >= '0' and <= '9')
            ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture)
            : null;

    private static bool IsBlank(string? value) =>
        string.IsNullOrEmpty(value) || value!.All(c => char.IsWhiteSpace(c) || c is '.' or '…' or '_' or '-');
}

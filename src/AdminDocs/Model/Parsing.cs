using System;

namespace AdminDocs;

/// <summary>Parsers for the lines whose parts the model keeps: the số/ký hiệu line and the place-date line.</summary>
public static class LineParsers
{
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

        var number = new DocumentNumber(line.Trim());
        return number.Label.Length == 0 ? null : number;
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

        var placeDate = new PlaceDate(line.Trim());
        return placeDate.IsPlaceDateLine ? placeDate : null;
    }
}

using System;

namespace AdminDocs;

/// <summary>
/// The địa danh and thời gian ban hành line (ô 4), e.g. <c>Hà Nội, ngày 05 tháng 01 năm 2020</c>. A draft may leave
/// the day or the month blank; such a part is <see langword="null"/>, not an error of the model.
/// </summary>
/// <param name="Text">The whole line as written.</param>
public sealed record PlaceDate(string Text)
{
    /// <summary>The place name as written (without the comma), or <see langword="null"/>.</summary>
    public string? Place { get; init; }

    /// <summary>The day, or <see langword="null"/> when blank or not a number.</summary>
    public int? Day { get; init; }

    /// <summary>The month, or <see langword="null"/> when blank or not a number.</summary>
    public int? Month { get; init; }

    /// <summary>The year, or <see langword="null"/> when blank or not a number.</summary>
    public int? Year { get; init; }

    /// <summary>The day as written between "ngày" and "tháng" (trimmed; empty when blank).</summary>
    public string DayText { get; init; } = string.Empty;

    /// <summary>The month as written between "tháng" and "năm" (trimmed; empty when blank).</summary>
    public string MonthText { get; init; } = string.Empty;

    /// <summary>The year as written after "năm" (trimmed; empty when blank).</summary>
    public string YearText { get; init; } = string.Empty;

    /// <summary>Where the line came from.</summary>
    public SourceSpan Origin { get; init; } = SourceSpan.None;

    /// <summary>The date when day, month and year are all present and form a real calendar date.</summary>
    public DateTime? Date
    {
        get
        {
            if (Day is not { } d || Month is not { } m || Year is not { } y || y < 1 || y > 9999 || m < 1 || m > 12)
            {
                return null;
            }

            return d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateTime(y, m, d, 0, 0, 0, DateTimeKind.Unspecified) : null;
        }
    }
}

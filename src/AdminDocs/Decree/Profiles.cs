using System;

namespace AdminDocs.Decree;

/// <summary>The dates that choose a profile.</summary>
internal static class Profiles
{
    /// <summary>The day Nghị định 30/2020 took effect (05/3/2020): a document dated before it follows TT 01/2011.</summary>
    public static readonly DateTime Nd30Effective = new(2020, 3, 5, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>Whether a date (day, month, year; a blank day or month judged by what is known) is before
    /// <see cref="Nd30Effective"/>.</summary>
    public static bool IsBeforeNd30(int year, int? month, int? day)
    {
        if (year != Nd30Effective.Year)
        {
            return year < Nd30Effective.Year;
        }

        return month is { } m && (m < Nd30Effective.Month || (m == Nd30Effective.Month && day is { } d && d < Nd30Effective.Day));
    }
}

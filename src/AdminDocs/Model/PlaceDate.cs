using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace AdminDocs;

/// <summary>
/// The địa danh and thời gian ban hành line (ô 4), e.g. <c>Hà Nội, ngày 05 tháng 01 năm 2020</c>. A draft may leave
/// the day or the month blank; such a part is <see langword="null"/>, not an error of the model.
/// </summary>
/// <remarks>
/// The line as written (<see cref="Text"/>) is the one source of truth: the place and the date parts are read from
/// it and cannot be set, so the model can never contradict itself: <c>placeDate with { Text = ... }</c> re-reads every
/// part, and <see cref="WithPlace"/> and <see cref="WithDate"/> rewrite that part of the text in place (the words
/// "ngày", "tháng", "năm" and the rest stay as written). A text that is not a place-date line has empty parts.
/// </remarks>
/// <param name="Text">The whole line as written.</param>
public sealed record PlaceDate(string Text)
{
    // The line's words, parts and the gaps between them: read once here, for the model and for the rules that
    // judge the line as written (AD3002–AD3009).
    private static readonly Regex PlaceDatePattern = new(
        @"^(?<place>[^,]*?)(?<sp0>\s*)(?<comma>,)?(?<sp1>\s*)(?:(?<ngay>ngày)(?<sp2>\s*)(?<day>.*?)(?<sp3>\s*))?(?<thang>tháng)(?<sp4>\s*)(?<month>.*?)(?<sp5>\s*)(?<nam>năm)(?<sp6>\s*)(?<year>.*?)\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The names of the pieces of the line, in the order <see cref="Parts.Pieces"/> keeps them.</summary>
    internal static readonly string[] PieceNames =
        { "place", "sp0", "comma", "sp1", "ngay", "sp2", "day", "sp3", "thang", "sp4", "month", "sp5", "nam", "sp6", "year" };

    private readonly string _text = Text ?? throw new ArgumentNullException(nameof(Text));
    private readonly Parts _parts = Parts.Parse(Text ?? string.Empty);

    /// <summary>The whole line as written; setting it (with <c>with</c>) re-reads every part.</summary>
    public string Text
    {
        get => _text;
        init
        {
            _text = value ?? throw new ArgumentNullException(nameof(value));
            _parts = Parts.Parse(value);
        }
    }

    /// <summary>The place name as written (without the comma), or <see langword="null"/>.</summary>
    public string? Place => _parts.Place;

    /// <summary>The day, or <see langword="null"/> when blank or not a number.</summary>
    public int? Day => ParseInt(_parts.DayText);

    /// <summary>The month, or <see langword="null"/> when blank or not a number.</summary>
    public int? Month => ParseInt(_parts.MonthText);

    /// <summary>The year, or <see langword="null"/> when blank or not a number.</summary>
    public int? Year => ParseInt(_parts.YearText.TrimEnd('.'));

    /// <summary>The day as written between "ngày" and "tháng" (trimmed; empty when blank).</summary>
    public string DayText => _parts.DayText;

    /// <summary>The month as written between "tháng" and "năm" (trimmed; empty when blank).</summary>
    public string MonthText => _parts.MonthText;

    /// <summary>The year as written after "năm" (trimmed; empty when blank).</summary>
    public string YearText => _parts.YearText;

    /// <summary>Whether <see cref="Text"/> reads as a place-date line (has "tháng" and "năm").</summary>
    internal bool IsPlaceDateLine => _parts.MonthStart >= 0;

    /// <summary>The offset of <see cref="Place"/> in <see cref="Text"/>, or -1 when there is none; with
    /// <see cref="Origin"/> (<see cref="SourceSpan.LocationAt"/>) it points at the place in the source.</summary>
    public int PlaceOffset => Place is null ? -1 : _parts.PlaceStart;

    /// <summary>The offset of <see cref="DayText"/> in <see cref="Text"/>, or -1 when it is empty.</summary>
    public int DayOffset => PieceOffset("day");

    /// <summary>The offset of <see cref="MonthText"/> in <see cref="Text"/>, or -1 when it is empty.</summary>
    public int MonthOffset => PieceOffset("month");

    /// <summary>The offset of <see cref="YearText"/> in <see cref="Text"/>, or -1 when it is empty.</summary>
    public int YearOffset => PieceOffset("year");

    /// <summary>A piece of the line as read (a part, a word such as "ngày", a gap "sp0" … "sp6", the comma): its offset
    /// in <see cref="Text"/> (-1 when the piece is absent) and length.</summary>
    internal (int Index, int Length) Piece(string name)
    {
        var i = Array.IndexOf(PieceNames, name);
        var pieces = _parts.Pieces;
        if (i < 0 || pieces.IsEmpty)
        {
            return (-1, 0);
        }

        return (pieces[2 * i], pieces[(2 * i) + 1]);
    }

    private int PieceOffset(string name) => Piece(name) is { Index: >= 0, Length: > 0 } p ? p.Index : -1;

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

    /// <summary>A copy whose place is <paramref name="place"/>, the text rewritten in place.</summary>
    /// <param name="place">The new place name as written (e.g. "Hà Nội").</param>
    /// <returns>The new line.</returns>
    /// <exception cref="InvalidOperationException">The text is not a place-date line.</exception>
    public PlaceDate WithPlace(string place)
    {
        if (place is null)
        {
            throw new ArgumentNullException(nameof(place));
        }

        EnsureParsed();
        var rest = Text.Substring(_parts.PlaceStart + _parts.PlaceLength);
        if (_parts.PlaceLength == 0 && place.Length > 0 && !rest.StartsWith(",", StringComparison.Ordinal))
        {
            rest = ", " + rest.TrimStart();
        }

#pragma warning disable CA1845 // netstandard2.0 has no span-based string.Concat.
        return this with { Text = Text.Substring(0, _parts.PlaceStart) + place + rest };
#pragma warning restore CA1845
    }

    /// <summary>
    /// A copy with the day, month and year written as given (e.g. "05", "01", "2020"; empty leaves a part blank), the
    /// text rewritten in place.
    /// </summary>
    /// <param name="day">The day as written.</param>
    /// <param name="month">The month as written.</param>
    /// <param name="year">The year as written.</param>
    /// <returns>The new line.</returns>
    /// <exception cref="InvalidOperationException">The text is not a place-date line or has no "ngày".</exception>
    public PlaceDate WithDate(string day, string month, string year)
    {
        if (day is null || month is null || year is null)
        {
            throw new ArgumentNullException(day is null ? nameof(day) : month is null ? nameof(month) : nameof(year));
        }

        EnsureParsed();
        if (_parts.DayStart < 0)
        {
            throw new InvalidOperationException("The line has no 'ngày': " + Text);
        }

        // Right to left, so the earlier offsets stay valid.
        var text = Splice(Text, _parts.YearStart, _parts.YearEnd, year, trailing: false);
        text = Splice(text, _parts.MonthStart, _parts.MonthEnd, month, trailing: true);
        text = Splice(text, _parts.DayStart, _parts.DayEnd, day, trailing: true);
        return this with { Text = text };
    }

    private static string Splice(string text, int start, int end, string value, bool trailing) =>
        text.Substring(0, start) + " " + value + (trailing ? " " : string.Empty) + text.Substring(end);

    private void EnsureParsed()
    {
        if (_parts.MonthStart < 0)
        {
            throw new InvalidOperationException("The line is not a place-date line: " + Text);
        }
    }

    private static int? ParseInt(string text)
    {
        if (text.Length is 0 or > 6)
        {
            return null;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return null;
            }
        }

        return int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>The parts read from the text, with where each group starts (for rewriting).</summary>
    private sealed record Parts
    {
        private static readonly Parts None = new();

        public string? Place { get; private init; }

        public string DayText { get; private init; } = string.Empty;

        public string MonthText { get; private init; } = string.Empty;

        public string YearText { get; private init; } = string.Empty;

        public int PlaceStart { get; private init; }

        public int PlaceLength { get; private init; }

        /// <summary>The span of the text between "ngày" and "tháng" (untrimmed), or -1 without "ngày".</summary>
        public int DayStart { get; private init; } = -1;

        public int DayEnd { get; private init; } = -1;

        public int MonthStart { get; private init; } = -1;

        public int MonthEnd { get; private init; } = -1;

        public int YearStart { get; private init; } = -1;

        public int YearEnd { get; private init; } = -1;

        public ValueArray<int> Pieces { get; private init; }

        public static Parts Parse(string text)
        {
            var m = PlaceDatePattern.Match(text);
            if (!m.Success)
            {
                return None;
            }

            var place = m.Groups["place"];
            var day = m.Groups["day"];
            var month = m.Groups["month"];
            var year = m.Groups["year"];
            var placeText = place.Value.Trim();
            var pieces = new int[2 * PieceNames.Length];
            for (var i = 0; i < PieceNames.Length; i++)
            {
                var g = m.Groups[PieceNames[i]];
                pieces[2 * i] = g.Success ? g.Index : -1;
                pieces[(2 * i) + 1] = g.Success ? g.Length : 0;
            }

            var sp2 = m.Groups["sp2"];
            var sp3 = m.Groups["sp3"];
            var sp4 = m.Groups["sp4"];
            var sp5 = m.Groups["sp5"];
            var sp6 = m.Groups["sp6"];
            return new Parts
            {
                Place = placeText.Length == 0 ? null : placeText,
                DayText = day.Value.Trim(),
                MonthText = month.Value.Trim(),
                YearText = year.Value.Trim(),
                PlaceStart = place.Index + (place.Value.Length - place.Value.TrimStart().Length),
                PlaceLength = placeText.Length,
                DayStart = day.Success ? sp2.Index : -1,
                DayEnd = day.Success ? sp3.Index + sp3.Length : -1,
                MonthStart = sp4.Index,
                MonthEnd = sp5.Index + sp5.Length,
                YearStart = sp6.Index,
                YearEnd = text.Length,
                Pieces = pieces,
            };
        }
    }
}

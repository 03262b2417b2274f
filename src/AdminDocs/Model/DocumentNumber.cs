using System;
using System.Text.RegularExpressions;
using AdminDocs.Decree;

namespace AdminDocs;

/// <summary>
/// The số, ký hiệu line (ô 3), e.g. <c>Số: 12/BC-SGTVT</c>, <c>Số:    /SGTVT-VP</c> (a draft) or
/// <c>Số: 33/2009/QĐ-UBND</c> (a regulation with its year).
/// </summary>
/// <remarks>
/// The line as written (<see cref="Text"/>) is the one source of truth: the parts (<see cref="Label"/>,
/// <see cref="Value"/>, <see cref="Year"/>, <see cref="Symbol"/>, <see cref="SymbolGroups"/>, <see cref="Body"/>) are
/// read from it and cannot be set, so the model can never contradict itself: <c>number with { Text = "Số: 99/BC" }</c>
/// re-reads every part, and <see cref="WithValue"/>, <see cref="WithYear"/> and <see cref="WithSymbol"/> change one
/// part by rewriting that part of the text in place (the rest, spacing included, stays as written). A text without
/// the "Số" label has empty parts.
/// </remarks>
/// <param name="Text">The whole line as written.</param>
public sealed record DocumentNumber(string Text)
{
    private static readonly Regex NumberLabel = new(
        @"^(?<label>[Ss][ốỐoO](?:\s*[:;.])?)(?=\s|\d|/|$)",
        RegexOptions.CultureInvariant);

    private static readonly Regex PartyNumber = new(
        @"^(?<value>\d*)\s*-\s*(?<symbol>\S.*/.*\S)\s*$",
        RegexOptions.CultureInvariant);

    private static readonly Regex YearGroup = new(@"^(?<y>\d{4})\s*/\s*", RegexOptions.CultureInvariant);

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

    /// <summary>The label as written ("Số:", "Số", "SỐ :"); empty when the text has none.</summary>
    public string Label => _parts.Label;

    /// <summary>The number as written (e.g. "05"), or <see langword="null"/> when left blank.</summary>
    public string? Value => _parts.Value;

    /// <summary>The year group of a "33/2009/QĐ-UBND" style number, or <see langword="null"/>.</summary>
    public string? Year => _parts.Year;

    /// <summary>The ký hiệu as written (e.g. "BC-SGTVT"), without the number and year, or <see langword="null"/>.</summary>
    public string? Symbol => _parts.Symbol;

    /// <summary>The ký hiệu groups split at hyphens or dashes and trimmed (e.g. ["BC", "SGTVT"]).</summary>
    public ValueArray<string> SymbolGroups => _parts.SymbolGroups;

    /// <summary>The part after the label, as written (number, separators and ký hiệu).</summary>
    public string Body => _parts.Body;

    /// <summary>The offset of <see cref="Body"/> in <see cref="Text"/>.</summary>
    public int BodyOffset => _parts.BodyOffset;

    /// <summary>The offset of <see cref="Value"/> in <see cref="Text"/>, or -1 when the number is blank or the text
    /// has no label; with <see cref="Origin"/> (<see cref="SourceSpan.LocationAt"/>) it points at the number in the source.</summary>
    public int ValueOffset => _parts.Label.Length == 0 || Value is null ? -1 : _parts.BodyOffset + _parts.ValueStart;

    /// <summary>The offset of <see cref="Year"/> in <see cref="Text"/>, or -1 when there is no year group.</summary>
    public int YearOffset => Year is null ? -1 : _parts.BodyOffset + _parts.YearStart;

    /// <summary>The offset of <see cref="Symbol"/> in <see cref="Text"/>, or -1 when there is no ký hiệu.</summary>
    public int SymbolOffset => Symbol is null ? -1 : _parts.BodyOffset + _parts.SymbolStart;

    /// <summary>The offset in <see cref="Text"/> of each of <see cref="SymbolGroups"/>, in order.</summary>
    public ValueArray<int> SymbolGroupOffsets => _parts.GroupOffsets;

    /// <summary>Where the line came from.</summary>
    public SourceSpan Origin { get; init; } = SourceSpan.None;

    /// <summary>A copy whose number is <paramref name="value"/>, the text rewritten in place.</summary>
    /// <param name="value">The new number as written ("05"), or <see langword="null"/> or empty to leave it blank.</param>
    /// <returns>The new number line.</returns>
    /// <exception cref="InvalidOperationException">The text has no "Số" label.</exception>
    public DocumentNumber WithValue(string? value) => Replace(_parts.ValueStart, _parts.ValueLength, value ?? string.Empty);

    /// <summary>
    /// A copy whose year group ("33/<b>2009</b>/QĐ-UBND") is <paramref name="year"/>, the text rewritten in place;
    /// <see langword="null"/> removes the group.
    /// </summary>
    /// <param name="year">The year (four digits), or <see langword="null"/>.</param>
    /// <returns>The new number line.</returns>
    /// <exception cref="InvalidOperationException">The text has no "Số" label or no "/" after the number.</exception>
    /// <exception cref="ArgumentException"><paramref name="year"/> is not four digits.</exception>
    public DocumentNumber WithYear(string? year)
    {
        if (year is not null && !YearGroup.IsMatch(year + "/"))
        {
            throw new ArgumentException("The year must be four digits.", nameof(year));
        }

        if (_parts.YearStart < 0)
        {
            throw new InvalidOperationException("The number has no '/' after its value: " + Text);
        }

        return Replace(_parts.YearStart, _parts.YearLength, year is null ? string.Empty : year + "/");
    }

    /// <summary>A copy whose ký hiệu is <paramref name="symbol"/> (e.g. "BC-SGTVT"), the text rewritten in place.</summary>
    /// <param name="symbol">The new ký hiệu as written.</param>
    /// <returns>The new number line.</returns>
    /// <exception cref="InvalidOperationException">The text has no "Số" label.</exception>
    public DocumentNumber WithSymbol(string symbol)
    {
        if (symbol is null)
        {
            throw new ArgumentNullException(nameof(symbol));
        }

        if (_parts.SymbolStart < 0)
        {
            // "Số: 12": the ký hiệu goes after a slash.
            return Replace(_parts.Body.Length, 0, "/" + symbol);
        }

        return Replace(_parts.SymbolStart, _parts.SymbolLength, symbol);
    }

    private DocumentNumber Replace(int start, int length, string replacement)
    {
        if (_parts.Label.Length == 0)
        {
            throw new InvalidOperationException("The number line has no 'Số' label: " + Text);
        }

        var at = _parts.BodyOffset + start;
#pragma warning disable CA1845 // netstandard2.0 has no span-based string.Concat.
        return this with { Text = Text.Substring(0, at) + replacement + Text.Substring(at + length) };
#pragma warning restore CA1845
    }

    private static bool IsBlank(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsWhiteSpace(c) && c is not ('.' or '…' or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The parts read from the text, with where each starts in the body (for rewriting).</summary>
    private sealed record Parts
    {
        private static readonly Parts None = new();

        public string Label { get; private init; } = string.Empty;

        public string? Value { get; private init; }

        public string? Year { get; private init; }

        public string? Symbol { get; private init; }

        public ValueArray<string> SymbolGroups { get; private init; }

        public ValueArray<int> GroupOffsets { get; private init; }

        public string Body { get; private init; } = string.Empty;

        public int BodyOffset { get; private init; }

        public int ValueStart { get; private init; }

        public int ValueLength { get; private init; }

        public int YearStart { get; private init; } = -1;

        public int YearLength { get; private init; }

        public int SymbolStart { get; private init; } = -1;

        public int SymbolLength { get; private init; }

        public static Parts Parse(string text)
        {
            var m = NumberLabel.Match(text);
            if (!m.Success)
            {
                return None;
            }

            var label = m.Groups["label"].Value;
            var bodyOffset = label.Length;
            while (bodyOffset < text.Length && char.IsWhiteSpace(text[bodyOffset]))
            {
                bodyOffset++;
            }

            var body = text.Substring(bodyOffset);
            int valueStart, valueLength, symbolStart, symbolLength;
            int yearStart = -1, yearLength = 0;
            string? year = null;
            var slash = body.IndexOf('/');
            var party = PartyNumber.Match(body);
            if (party.Success && (slash < 0 || body.IndexOfAny(Dashes.All) < slash))
            {
                (valueStart, valueLength) = (0, party.Groups["value"].Length);
                var symbolGroup = party.Groups["symbol"];
                (symbolStart, symbolLength) = (symbolGroup.Index, symbolGroup.Length);
            }
            else if (slash >= 0)
            {
                (valueStart, valueLength) = Trimmed(body, 0, slash);
                var restStart = slash + 1;
                while (restStart < body.Length && char.IsWhiteSpace(body[restStart]))
                {
                    restStart++;
                }

                yearStart = restStart;
                var yearMatch = YearGroup.Match(body, restStart, body.Length - restStart);
                if (yearMatch.Success && yearMatch.Index == restStart)
                {
                    year = yearMatch.Groups["y"].Value;
                    yearLength = yearMatch.Length;
                    restStart += yearMatch.Length;
                }

                (symbolStart, symbolLength) = Trimmed(body, restStart, body.Length - restStart);
            }
            else
            {
                var digits = 0;
                while (digits < body.Length && char.IsDigit(body[digits]))
                {
                    digits++;
                }

                (valueStart, valueLength) = (0, digits);
                (symbolStart, symbolLength) = Trimmed(body, digits, body.Length - digits);
            }

            var value = body.Substring(valueStart, valueLength);
            var symbol = symbolLength == 0 ? null : body.Substring(symbolStart, symbolLength);
            var (groups, offsets) = symbol is null ? (ValueArray<string>.Empty, ValueArray<int>.Empty) : Groups(symbol, bodyOffset + symbolStart);
            return new Parts
            {
                Label = label,
                Value = IsBlank(value) ? null : value,
                Year = year,
                Symbol = symbol,
                SymbolGroups = groups,
                GroupOffsets = offsets,
                Body = body,
                BodyOffset = bodyOffset,
                ValueStart = valueStart,
                ValueLength = valueLength,
                YearStart = yearStart,
                YearLength = yearLength,
                SymbolStart = symbolLength > 0 ? symbolStart : slash >= 0 && !party.Success ? body.Length : -1,
                SymbolLength = symbolLength,
            };
        }

        private static (int Start, int Length) Trimmed(string s, int start, int length)
        {
            var end = start + length;
            while (start < end && char.IsWhiteSpace(s[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(s[end - 1]))
            {
                end--;
            }

            return (start, end - start);
        }

        // The groups split at the separators and trimmed, each with its offset in the text.
        private static (ValueArray<string> Groups, ValueArray<int> Offsets) Groups(string symbol, int symbolOffset)
        {
            var groups = System.Collections.Immutable.ImmutableArray.CreateBuilder<string>();
            var offsets = System.Collections.Immutable.ImmutableArray.CreateBuilder<int>();
            var start = 0;
            for (var i = 0; i <= symbol.Length; i++)
            {
                if (i < symbol.Length && Array.IndexOf(Dashes.GroupSeparators, symbol[i]) < 0)
                {
                    continue;
                }

                var (at, length) = Trimmed(symbol, start, i - start);
                if (length > 0)
                {
                    groups.Add(symbol.Substring(at, length));
                    offsets.Add(symbolOffset + at);
                }

                start = i + 1;
            }

            return (groups.ToImmutable(), offsets.ToImmutable());
        }
    }
}

using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using AdminDocs.Decree;

namespace AdminDocs.Validation.Rules;

/// <summary>One spacing fault found by <see cref="PunctuationSpacing"/>.</summary>
/// <param name="Offset">Where to point: the first space before the mark, or the mark itself when the space after it is missing.</param>
/// <param name="Variant">"space-before" or "no-space-after".</param>
/// <param name="Mark">The punctuation mark.</param>
internal readonly record struct PunctuationFinding(int Offset, string Variant, char Mark);

/// <summary>
/// The scanner of AD6001: spaces before ";" "," ":" "!" "?" and a sentence-ending ".", and a missing space after
/// ";" "," ":" before a word, within one line. Numbers, dates, times, numbering labels, ellipses, the end mark "./.",
/// abbreviations, URLs and e-mail addresses are left alone.
/// </summary>
internal static class PunctuationSpacing
{
    /// <summary>The variant for a space before a mark.</summary>
    public const string SpaceBefore = "space-before";

    /// <summary>The variant for a missing space after a mark.</summary>
    public const string NoSpaceAfter = "no-space-after";

    private const string MarksWithSpaceAfter = ";,:";

    private const string MarksWithoutSpaceBefore = ";,:!?";

    // What may stand before a space and a mark without the space being a fault: an opening bracket or quote, a
    // placeholder (dots, underscores, an ellipsis), a bullet or dash, a table pipe, another mark.
    private const string NeutralBefore = "([{“‘«|…._" + Dashes.Common + "/\\*+•;,:!?";

    private const string ClosingAfterDot = ")]}\"'”’»";

    private static readonly Regex Domain = new(
        @"(?:^|[^\p{L}\p{N}])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:vn|com|net|org|gov|edu|int|info|io)(?:[^\p{L}\p{N}]|$)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Scans one line.</summary>
    /// <param name="line">The line.</param>
    /// <param name="start">Where scanning starts (text before it, e.g. an authority prefix, belongs to another rule).</param>
    /// <returns>The findings in order.</returns>
    public static IReadOnlyList<PunctuationFinding> Scan(string? line, int start = 0)
    {
        var findings = new List<PunctuationFinding>();
        if (string.IsNullOrEmpty(line) || !HasLetterOrDigit(line!))
        {
            return findings;
        }

        var text = line!;
        for (var i = Math.Max(0, start); i < text.Length; i++)
        {
            var c = text[i];
            if (MarksWithoutSpaceBefore.IndexOf(c) >= 0)
            {
                if (SpaceBeforeAt(text, i, start) is { } at && !InAddress(text, at - 1))
                {
                    findings.Add(new PunctuationFinding(at, SpaceBefore, c));
                }

                if (MarksWithSpaceAfter.IndexOf(c) >= 0
                    && i + 1 < text.Length
                    && char.IsLetter(text[i + 1])
                    && !InAddress(text, i)
                    && !(c == ';' && EndsEntity(text, i)))
                {
                    findings.Add(new PunctuationFinding(i, NoSpaceAfter, c));
                }
            }
            else if (c == '.' && IsSentenceEndingDot(text, i) && SpaceBeforeAt(text, i, start) is { } at && !InAddress(text, at - 1))
            {
                findings.Add(new PunctuationFinding(at, SpaceBefore, c));
            }
        }

        return findings;
    }

    /// <summary>About <paramref name="width"/> characters of the line around an offset, cut at word boundaries,
    /// for a message.</summary>
    public static string Context(string line, int offset, int width = 30)
    {
        var from = Math.Max(0, offset - (width / 2));
        var to = Math.Min(line.Length, from + width);
        from = Math.Max(0, Math.Min(from, to - width));

        // Drop a word cut at either end, as long as the text around the offset stays.
        if (from > 0 && !char.IsWhiteSpace(line[from - 1]))
        {
            var next = line.IndexOf(' ', from);
            if (next >= 0 && next < offset - 1)
            {
                from = next + 1;
            }
        }

        if (to < line.Length && !char.IsWhiteSpace(line[to]))
        {
            var previous = line.LastIndexOf(' ', to - 1);
            if (previous > offset + 1)
            {
                to = previous;
            }
        }

        if (from > 0 && char.IsLowSurrogate(line[from]))
        {
            from--;
        }

        if (to < line.Length && to > 0 && char.IsHighSurrogate(line[to - 1]))
        {
            to++;
        }

        return line.Substring(from, to - from).Trim();
    }

    // The offset of the first space of the run of spaces right before the mark at i, when that run follows a word.
    private static int? SpaceBeforeAt(string text, int i, int start)
    {
        if (i == 0 || !char.IsWhiteSpace(text[i - 1]))
        {
            return null;
        }

        var j = i - 1;
        while (j >= start && char.IsWhiteSpace(text[j]))
        {
            j--;
        }

        if (j < start || j < 0 || NeutralBefore.IndexOf(text[j]) >= 0)
        {
            return null;
        }

        return j + 1;
    }

    // A "." that ends a sentence: not part of an ellipsis or of "./.", and followed by the end, a space or a closing mark.
    private static bool IsSentenceEndingDot(string text, int i)
    {
        if (i + 1 < text.Length && text[i + 1] is '.' or '/' or '…')
        {
            return false;
        }

        if (i > 0 && text[i - 1] is '.' or '…')
        {
            return false;
        }

        return i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || ClosingAfterDot.IndexOf(text[i + 1]) >= 0;
    }

    // Whether the character at i belongs to a token (a run without white space) that is a URL, an e-mail address or
    // a domain name. Asked only where a finding is about to be made, so ordinary text costs nothing.
    private static bool InAddress(string text, int i)
    {
        if (i < 0 || i >= text.Length || char.IsWhiteSpace(text[i]))
        {
            return false;
        }

        var from = i;
        while (from > 0 && !char.IsWhiteSpace(text[from - 1]))
        {
            from--;
        }

        var to = i + 1;
        while (to < text.Length && !char.IsWhiteSpace(text[to]))
        {
            to++;
        }

        return IsAddress(text.Substring(from, to - from));
    }

    private static bool IsAddress(string token) =>
        token.IndexOf("://", StringComparison.Ordinal) >= 0
        || token.IndexOf('@') > 0
        || token.IndexOf("www.", StringComparison.OrdinalIgnoreCase) >= 0
        || (token.IndexOf('.') >= 0 && Domain.IsMatch(token));

    // Whether the ";" at i closes an HTML entity such as "&amp;" or "&#39;" left in the text.
    private static bool EndsEntity(string text, int i)
    {
        var j = i - 1;
        while (j >= 0 && (text[j] is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '#'))
        {
            j--;
        }

        return j >= 0 && j < i - 1 && text[j] == '&';
    }

    private static bool HasLetterOrDigit(string text)
    {
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                return true;
            }
        }

        return false;
    }
}

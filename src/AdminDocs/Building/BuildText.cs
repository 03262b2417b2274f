using System;
using System.Globalization;
using System.Text;
using AdminDocs.Text;

namespace AdminDocs.Building;

/// <summary>Text helpers of the builder: argument checks, NFC, punctuation and the Vietnamese date.</summary>
internal static class BuildText
{
    /// <summary>Checks a one-line text argument: not null, not blank, no line break; NFC and trimmed.</summary>
    public static string Line(string? text, string parameter)
    {
        if (text is null)
        {
            throw new ArgumentNullException(parameter);
        }

        var nfc = VietnameseText.Nfc(text).Trim();
        if (nfc.Length == 0)
        {
            throw new ArgumentException("The text is empty.", parameter);
        }

        if (nfc.IndexOf('\n') >= 0 || nfc.IndexOf('\r') >= 0)
        {
            throw new ArgumentException($"The text \"{Cut(nfc)}\" has a line break: give one line per call.", parameter);
        }

        return CollapseInner(nfc);
    }

    /// <summary>The text without the punctuation it ends with (";", ".", ",", "./.").</summary>
    public static string StripEnd(string text)
    {
        var end = text.Length;
        while (end > 0 && (text[end - 1] is ';' or '.' or ',' or '/' || char.IsWhiteSpace(text[end - 1])))
        {
            end--;
        }

        return text.Substring(0, end);
    }

    /// <summary>The text in capitals (Vietnamese letters keep their marks).</summary>
    public static string Upper(string text) => text.ToUpperInvariant();

    /// <summary>The text with a leading list marker ("- ", "+ ", "• ") removed.</summary>
    public static string StripMarker(string text)
    {
        var t = text;
        if (t.Length > 1 && t[0] is '-' or '–' or '—' or '+' or '•' && char.IsWhiteSpace(t[1]))
        {
            t = t.Substring(1).TrimStart();
        }

        return t;
    }

    /// <summary>"ngày 05 tháng 3 năm 2025": a day below 10 and the months 1 and 2 get a leading zero (Phụ lục I, II.4.b).</summary>
    public static string Date(DateTime date)
    {
        var day = date.Day.ToString("00", CultureInfo.InvariantCulture);
        var month = date.Month <= 2
            ? date.Month.ToString("00", CultureInfo.InvariantCulture)
            : date.Month.ToString(CultureInfo.InvariantCulture);
        return "ngày " + day + " tháng " + month + " năm " + date.Year.ToString("0000", CultureInfo.InvariantCulture);
    }

    /// <summary>A document number: below 10 with a leading zero ("05").</summary>
    public static string Number(int value) => value.ToString("00", CultureInfo.InvariantCulture);

    public static string Cut(string text) => text.Length > 60 ? text.Remove(60) + "…" : text;

    private static string CollapseInner(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }
}

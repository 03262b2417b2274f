using System;
using System.Collections.Generic;
using System.Linq;
using AdminDocs.Decree;
using AdminDocs.Text;

namespace AdminDocs.Validation.Rules;

/// <summary>Shared texts and helpers of the header rules (Quốc hiệu, Tiêu ngữ, issuer).</summary>
internal static class HeaderText
{
    /// <summary>The Tiêu ngữ's phrases: its text with every dash made a hyphen (<paramref name="hyphenated"/>), split
    /// at the hyphens, each phrase's white space collapsed.</summary>
    public static string[] MottoPhrases(string text, out string hyphenated)
    {
        hyphenated = text;
        foreach (var dash in Dashes.Others)
        {
            hyphenated = hyphenated.Replace(dash, '-');
        }

        return hyphenated.Split('-').Select(p => VietnameseText.CollapseSpaces(p)).ToArray();
    }

    /// <summary>Whether the phrases are the Tiêu ngữ's three, in any case.</summary>
    public static bool AreMottoPhrases(string[] phrases) =>
        phrases.Length == FixedTexts.MottoPhrases.Length
        && phrases.Zip(FixedTexts.MottoPhrases, (a, b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase)).All(x => x);

    /// <summary>The name's text; empty when its lines were replaced by a default array.</summary>
    public static string TextOf(AgencyName name) => name.Lines.IsDefault ? string.Empty : name.Text;

    /// <summary>The subject's text; empty when its lines were replaced by a default array.</summary>
    public static string TextOf(Subject subject) => subject.Lines.IsDefault ? string.Empty : subject.Text;

    /// <summary>Whether the text has a lower-case letter.</summary>
    public static bool HasLower(string text)
    {
        foreach (var ch in text)
        {
            if (char.IsLetter(ch) && char.IsLower(ch))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] Spaces = { ' ', '\t', '\u00A0' };

    /// <summary>Splits a text into words at white space.</summary>
    public static string[] Words(string text) => text.Split(Spaces, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether <paramref name="words"/> starts with the words of <paramref name="phrase"/> (compared by key).</summary>
    public static bool StartsWithPhrase(IReadOnlyList<string> words, string phrase)
    {
        var p = Words(phrase);
        if (words.Count < p.Length)
        {
            return false;
        }

        for (var i = 0; i < p.Length; i++)
        {
            if (!string.Equals(VietnameseText.Key(words[i]), VietnameseText.Key(p[i]), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}

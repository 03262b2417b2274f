using System;
using System.Collections.Generic;
using System.Text;
using AdminDocs.Text;

namespace AdminDocs.Validation.Rules;

/// <summary>AD3009: each syllable of the place name starts with a capital or is a number ("Quận 5"); the generic second
/// syllable of "Thành phố", "Thị xã", "Thị trấn" may stay lower case (NĐ 30/2020 Phụ lục I, II.4.c; Phụ lục II).</summary>
internal sealed class PlaceCapitalizationRule : CatalogRule
{
    private static readonly (string First, string Second)[] GenericNouns =
    {
        ("THÀNH", "PHỐ"), ("THỊ", "XÃ"), ("THỊ", "TRẤN"),
    };

    public PlaceCapitalizationRule()
        : base("AD3009")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var placeDate = context.Document.PlaceDate;
        var place = placeDate?.Place;
        if (placeDate is null || string.IsNullOrWhiteSpace(place))
        {
            return;
        }

        var syllables = Syllables(place!);
        var fixedPlace = new StringBuilder(place);
        var wrong = false;
        string? previous = null;
        foreach (var (start, word) in syllables)
        {
            var first = FirstLetterOrDigit(word);
            if (first >= 0 && char.IsLetter(word[first]) && !char.IsUpper(word[first]) && !IsGenericSecond(previous, word))
            {
                wrong = true;
                fixedPlace[start + first] = char.ToUpperInvariant(word[first]);
            }

            previous = word;
        }

        if (wrong)
        {
            var layout = PlaceDateLayout.Of(placeDate);
            context.Report("placeDate.place", layout?.At("place") ?? placeDate.Origin.Location, place!, fixedPlace.ToString());
        }
    }

    private static bool IsGenericSecond(string? previous, string word)
    {
        if (previous is null)
        {
            return false;
        }

        var p = VietnameseText.Key(previous);
        var w = VietnameseText.Key(word);
        foreach (var (first, second) in GenericNouns)
        {
            if (string.Equals(p, VietnameseText.Key(first), StringComparison.Ordinal) && string.Equals(w, VietnameseText.Key(second), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstLetterOrDigit(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (char.IsLetterOrDigit(word[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static List<(int Start, string Word)> Syllables(string text)
    {
        var result = new List<(int, string)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var separator = i == text.Length || char.IsWhiteSpace(text[i]) || text[i] is '-' or '–' or '—' or '(' or ')';
            if (separator)
            {
                if (start >= 0)
                {
                    result.Add((start, text.Substring(start, i - start)));
                    start = -1;
                }
            }
            else if (start < 0)
            {
                start = i;
            }
        }

        return result;
    }
}

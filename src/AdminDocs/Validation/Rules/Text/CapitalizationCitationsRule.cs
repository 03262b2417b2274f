using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD6008 (NĐ 30/2020 Phụ lục II): in a citation of a part of a document ("điểm a khoản 2 Điều 103 Mục 5 Chương XII Phần
/// I") Phần, Chương, Mục, Điều are capitalised and khoản, điểm are lower case. Only a word followed by a reference (a
/// number, a Roman numeral, or a letter for điểm) is read; a word at the start of a sentence or clause is left alone; a
/// lower-case "phần", "chương", "mục" is reported only inside a citation chain (next to another cited part) because it
/// often names a part of the document itself.
/// </summary>
internal sealed class CapitalizationCitationsRule : CatalogRule
{
    private static readonly Regex Citation = new(
        @"(?<![\p{L}\p{N}])(?<word>[Đđ]iểm|[Kk]hoản|[Đđ]iều|[Mm]ục|[Cc]hương|[Pp]hần)\s+(?<ref>\d+[a-zđ]?|[IVXLC]+|[a-zđ])(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant);

    public CapitalizationCitationsRule()
        : base("AD6008")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        foreach (var line in TextLines.Of(context.Document))
        {
            var text = line.Text;
            var matches = new List<Match>();
            foreach (Match m in Citation.Matches(text))
            {
                if (Fits(m))
                {
                    matches.Add(m);
                }
            }

            for (var k = 0; k < matches.Count; k++)
            {
                var m = matches[k];
                var word = m.Groups["word"].Value;
                var lowerFirst = WithFirst(word, char.ToLowerInvariant(word[0]));
                var upperFirst = WithFirst(word, char.ToUpperInvariant(word[0]));
                var shouldBeUpper = lowerFirst is "điều" or "mục" or "chương" or "phần";
                string expected;
                if (shouldBeUpper && char.IsLower(word[0]))
                {
                    if (lowerFirst != "điều" && !InChain(text, matches, k))
                    {
                        continue;
                    }

                    expected = upperFirst;
                }
                else if (!shouldBeUpper && char.IsUpper(word[0]) && !TextLines.StartsClause(text, m.Index))
                {
                    expected = lowerFirst;
                }
                else
                {
                    continue;
                }

                var written = m.Value;
                context.Report(line.Path, TextLocator.Locate(line.Origin, text, m.Index), written, expected + written.Remove(0, word.Length));
            }
        }
    }

    private static string WithFirst(string text, char first)
    {
        var chars = text.ToCharArray();
        chars[0] = first;
        return new string(chars);
    }

    // The reference fits the word: a letter only after điểm; a Roman numeral not after điểm, khoản.
    private static bool Fits(Match m)
    {
        var word = m.Groups["word"].Value.ToLowerInvariant();
        var reference = m.Groups["ref"].Value;
        var isLetter = reference.Length == 1 && char.IsLower(reference[0]);
        var isRoman = reference.Length > 0 && char.IsUpper(reference[0]);
        return word switch
        {
            "điểm" => isLetter,
            "khoản" => !isLetter && !isRoman,
            "điều" => !isLetter && !isRoman,
            _ => !isLetter,
        };
    }

    // Whether the citation at k is next to another one (only spaces or "của" between).
    private static bool InChain(string text, List<Match> matches, int k)
    {
        return (k > 0 && Gap(text, matches[k - 1], matches[k])) || (k + 1 < matches.Count && Gap(text, matches[k], matches[k + 1]));
    }

    private static bool Gap(string text, Match a, Match b)
    {
        var between = text.Substring(a.Index + a.Length, Math.Max(0, b.Index - a.Index - a.Length)).Trim();
        return between.Length == 0 || string.Equals(between, "của", StringComparison.OrdinalIgnoreCase);
    }
}

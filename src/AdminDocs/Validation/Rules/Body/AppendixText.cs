using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace AdminDocs.Validation.Rules;

/// <summary>Helpers of the appendix rules: the path of an appendix and the mentions of appendices in the body.</summary>
internal static class AppendixText
{
    private static readonly Regex Mention = new(
        @"phụ\s+lục(?:\s+số)?(?<list>(?:\s*(?:,|và|đến|tới|-|–)?\s*(?:(?-i:[IVXLC]+)|\d+)\b)*)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex Token = new(@"[IVXLC]+|\d+|đến|tới|-|–", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static string PathOf(int index) => "appendices[" + BodyTree.Index(index) + "]";

    /// <summary>The appendix numbers the text mentions, and whether it mentions appendices without a number.</summary>
    public static (HashSet<int> Numbers, bool Generic) Mentions(string text)
    {
        var numbers = new HashSet<int>();
        var generic = false;
        foreach (Match m in Mention.Matches(text))
        {
            var list = m.Groups["list"].Value;
            if (list.Trim().Length == 0)
            {
                generic = true;
                continue;
            }

            int? previous = null;
            var range = false;
            foreach (Match t in Token.Matches(list))
            {
                var value = BodyTree.NumberValue(t.Value.ToUpperInvariant());
                if (value is null)
                {
                    range = true;
                    continue;
                }

                if (range && previous is { } from)
                {
                    for (var v = from + 1; v < value && v - from < 100; v++)
                    {
                        numbers.Add(v);
                    }
                }

                numbers.Add(value.Value);
                previous = value;
                range = false;
            }
        }

        return (numbers, generic);
    }
}

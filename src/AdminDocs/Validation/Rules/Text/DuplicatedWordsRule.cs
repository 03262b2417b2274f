using System;
using System.Collections.Generic;
using System.Linq;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD6006: the same word or phrase of one to three words written twice in a row, case ignored ("về việc về việc",
/// "của của"), in the trích yếu, Kính gửi, body and Nơi nhận. Only spaces may separate the two copies; numbers are left
/// alone, and so are the reduplicated words that are correct Vietnamese ("ngày ngày", "dần dần", "năm năm" ...,
/// see <see cref="Reduplicatives"/>). Practice.
/// </summary>
internal sealed class DuplicatedWordsRule : CatalogRule
{
    /// <summary>Single words that Vietnamese doubles on purpose (reduplicatives and "năm năm" = five years).</summary>
    internal static readonly HashSet<string> Reduplicatives = new(StringComparer.Ordinal)
    {
        "ngày", "người", "nhà", "đâu", "ai", "từ", "dần", "thường", "lâu", "đời", "mãi", "năm", "mười", "trăm", "nghìn",
        "ngàn", "vạn", "lớp", "tầng", "xanh", "đỏ", "vàng", "trắng", "cao", "hơi", "khá", "vừa", "nhiều", "đôi", "cứ",
        "sẽ", "là", "ào", "rì", "đùng", "chiều", "sáng", "tối", "đêm", "tháng", "chậm", "rất", "xa", "gần", "to", "nhỏ",
        "bé", "bình", "ba", "hai", "bốn", "sáu", "bảy", "tám", "chín", "một",
    };

    public DuplicatedWordsRule()
        : base("AD6006")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        foreach (var line in TextLines.Of(context.Document))
        {
            var text = line.Text;
            var words = TextLines.Words(text);
            var i = 0;
            while (i < words.Count)
            {
                var n = RepeatAt(text, words, i);
                if (n == 0)
                {
                    i++;
                    continue;
                }

                var start = words[i].Start;
                var last = words[i + (2 * n) - 1];
                var phrase = text.Substring(start, last.Start + last.Word.Length - start);
                context.Report(line.Path, TextLocator.Locate(line.Origin, text, words[i + n].Start), phrase);
                i += 2 * n;
            }
        }
    }

    // The length (1–3 words) of a phrase at word i repeated right after it, or 0.
    private static int RepeatAt(string text, List<(int Start, string Word)> words, int i)
    {
        for (var n = 3; n >= 1; n--)
        {
            if (i + (2 * n) > words.Count)
            {
                continue;
            }

            var same = true;
            for (var k = 0; k < n && same; k++)
            {
                same = string.Equals(words[i + k].Word, words[i + n + k].Word, StringComparison.Ordinal); // "xã hội Hội đồng": a capital starts a name, not a repeat
            }

            if (!same || !OnlySpacesBetween(text, words, i, 2 * n))
            {
                continue;
            }

            var phrase = words.Skip(i).Take(n).Select(w => w.Word).ToList();
            if (phrase.Any(w => w.All(char.IsDigit)) || (n == 1 && (Reduplicatives.Contains(Lower(phrase[0])) || phrase[0].Length == 1)))
            {
                continue;
            }

            return n;
        }

        return 0;
    }

    private static bool OnlySpacesBetween(string text, List<(int Start, string Word)> words, int from, int count)
    {
        for (var k = from; k < from + count - 1; k++)
        {
            var end = words[k].Start + words[k].Word.Length;
            for (var p = end; p < words[k + 1].Start; p++)
            {
                if (text[p] != ' ' && text[p] != '\u00A0' && text[p] != '\t')
                {
                    return false;
                }
            }

            if (end == words[k + 1].Start)
            {
                return false;
            }
        }

        return true;
    }

    private static string Lower(string word) => word.ToLowerInvariant();
}

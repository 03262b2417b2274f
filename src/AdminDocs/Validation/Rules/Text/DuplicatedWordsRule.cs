using System;
using System.Collections.Generic;
using System.Linq;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD6006: the same word or phrase written twice in a row, case respected ("về việc về việc", "của của"), in the trích
/// yếu, Kính gửi, body and Nơi nhận. Only spaces may separate the two copies; numbers are left alone. Practice.
/// </summary>
/// <remarks>
/// <para>A Vietnamese "word" here is a syllable (the text is spaced syllable by syllable), so a syllable written twice in
/// a row is most often correct: two compounds meeting on a shared syllable ("thi công | công trình", "hành vi | vi
/// phạm", "kiểm định | định kỳ", "công nghệ số | số 71") or a reduplicative ("song song", "chung chung", "từ từ",
/// "đời đời"). Without a Vietnamese lexicon the rule cannot tell those from a slip of the keyboard, so it reports:</para>
/// <list type="bullet">
/// <item>a phrase of two or three syllables written twice ("về việc về việc", "thực hiện thực hiện"): compounds do
/// not chain that way;</item>
/// <item>a single syllable written twice only when it is a grammatical word (<see cref="FunctionWords"/>: "của",
/// "và", "các", "được", "việc" ...), which does not form reduplicatives, and the syllable before it does not make a
/// compound ending in it (<see cref="CompoundsEndingIn"/>: "công việc | việc làm", "kèm theo | theo quy định").</item>
/// </list>
/// <para>Limits: a doubled content syllable ("trực thuộc thuộc", "hai hai khu", "cáo cáo") is not reported — it has
/// the shape of a compound boundary; a phrase repeated on purpose ("nhiều lần nhiều lần") would be. Measured on the
/// 36 real Word files of the shared corpus and the .txt test corpus (paragraph text, a syllable twice with only
/// spaces between): 44 single-syllable repeats — 33 compound boundaries (21 "thi công công trình", 4 "hành vi vi
/// phạm"), 4 reduplicatives or numbers ("song song", "chung chung", "bốn bốn" = 44), 7 slips ("hai hai khu" ×3,
/// "việc việc" ×2, "trực thuộc thuộc", "cáo cáo"). The rule as it was reported 40 of them, 4 real; it now reports the
/// 2 "việc việc", both real.</para>
/// </remarks>
internal sealed class DuplicatedWordsRule : CatalogRule
{
    /// <summary>Single words that Vietnamese doubles on purpose (reduplicatives and "năm năm" = five years): never
    /// reported, even when they are grammatical words ("từ từ", "đều đều", "là là").</summary>
    internal static readonly HashSet<string> Reduplicatives = new(StringComparer.Ordinal)
    {
        "ngày", "người", "nhà", "đâu", "ai", "từ", "dần", "thường", "lâu", "đời", "mãi", "năm", "mười", "trăm", "nghìn",
        "ngàn", "vạn", "lớp", "tầng", "xanh", "đỏ", "vàng", "trắng", "cao", "hơi", "khá", "vừa", "nhiều", "đôi", "cứ",
        "sẽ", "là", "ào", "rì", "đùng", "chiều", "sáng", "tối", "đêm", "tháng", "chậm", "rất", "xa", "gần", "to", "nhỏ",
        "bé", "bình", "ba", "hai", "bốn", "sáu", "bảy", "tám", "chín", "một", "song", "chung", "đều", "hay", "riêng",
        "lăm", "chăm", "lần", "khắp",
    };

    /// <summary>The grammatical words (prepositions, conjunctions, plural markers, aspect words) whose doubling is a
    /// slip: they neither reduplicate nor, with the exceptions of <see cref="CompoundsEndingIn"/>, end a compound.
    /// Words that do end common compounds were left out ("tại": "hiện tại tại"; "trên": "cấp trên trên"; "bị":
    /// "chuẩn bị bị"; "có": "hiện có có"; "vào": "đầu vào vào").</summary>
    internal static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "của", "và", "các", "những", "được", "cho", "trong", "với", "để", "theo", "về", "đã", "đang", "thì", "mà",
        "hoặc", "nhưng", "nếu", "vì", "như", "nhằm", "mỗi", "mọi", "cũng", "rằng", "này", "ở", "đến", "tới", "bởi",
        "việc", "không", "tuy", "nhau", "đối", "sau", "khi",
    };

    /// <summary>For a grammatical word, the syllables before it that make a compound ending in it: after them the
    /// doubled word is two words meeting ("công việc việc làm", "tiếp theo theo quy định", "hàng không không ...").</summary>
    internal static readonly Dictionary<string, HashSet<string>> CompoundsEndingIn = new(StringComparer.Ordinal)
    {
        ["việc"] = new(StringComparer.Ordinal) { "công", "làm", "sự", "vụ", "thôi", "nghỉ", "Công", "Làm", "Sự", "Vụ" },
        ["theo"] = new(StringComparer.Ordinal) { "kèm", "tiếp", "làm", "noi", "đi", "Kèm", "Tiếp", "Làm" },
        ["về"] = new(StringComparer.Ordinal) { "trở", "quay", "trả", "đưa", "gửi", "mang", "thuộc", "đi", "Trở", "Quay" },
        ["không"] = new(StringComparer.Ordinal) { "hàng", "chân", "hư", "khoảng", "số", "Hàng", "Chân", "Hư", "Khoảng", "Số" },
        ["được"] = new(StringComparer.Ordinal) { "có", "Có" },
        ["trong"] = new(StringComparer.Ordinal) { "bên", "phía", "Bên", "Phía" },
        ["đến"] = new(StringComparer.Ordinal) { "tìm", "nghĩ", "Tìm", "Nghĩ" },
        ["tới"] = new(StringComparer.Ordinal) { "sắp", "tiến", "Sắp", "Tiến" },
        ["đối"] = new(StringComparer.Ordinal) { "phản", "tuyệt", "tương", "đối", "Phản", "Tuyệt", "Tương" },
        ["sau"] = new(StringComparer.Ordinal) { "phía", "về", "Phía", "Về" },
        ["khi"] = new(StringComparer.Ordinal) { "trước", "sau", "Trước", "Sau" },
        ["như"] = new(StringComparer.Ordinal) { "hầu", "Hầu" },
        ["này"] = new(StringComparer.Ordinal) { "nọ" },
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
            if (phrase.Any(w => w.All(char.IsDigit)) || (n == 1 && !SingleWordSlip(words, i)))
            {
                continue;
            }

            return n;
        }

        return 0;
    }

    // A single word written twice at i, i+1 is reported only when it is a grammatical word, not a reduplicative,
    // and the word before it does not make a compound ending in it (see the remarks).
    private static bool SingleWordSlip(List<(int Start, string Word)> words, int i)
    {
        var lower = Lower(words[i].Word);
        if (words[i].Word.Length == 1 || Reduplicatives.Contains(lower) || !FunctionWords.Contains(lower))
        {
            return false;
        }

        return i == 0 || !CompoundsEndingIn.TryGetValue(lower, out var before) || !before.Contains(words[i - 1].Word);
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

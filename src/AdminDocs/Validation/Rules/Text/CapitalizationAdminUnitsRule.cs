using System;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD6007 (NĐ 30/2020 Phụ lục II): the generic noun of an administrative unit is lower case before its name ("tỉnh Nam
/// Định", "thành phố Thái Nguyên"), capitalised for a numbered unit ("Quận 1") and in "Thủ đô Hà Nội", "Thành phố Hồ Chí
/// Minh". Conservative: a capitalised "Tỉnh", "Huyện", "Thị xã", "Thành phố" is reported only in running text (not at the
/// start of a sentence or clause, not within six words after a capitalised word, which may be a body's proper name such as
/// "Ủy ban nhân dân Tỉnh ..."); a capitalised "Quận", "Phường", "Xã", "Thị trấn" is never reported, since the name may be a
/// person's ("Phường Điện Biên Phủ").
/// </summary>
internal sealed class CapitalizationAdminUnitsRule : CatalogRule
{
    private static readonly string[] Generic = { "tỉnh", "huyện", "thị xã", "thành phố" };

    private static readonly string[] Numbered = { "quận", "phường", "xã", "thị trấn", "huyện", "thị xã" };

    public CapitalizationAdminUnitsRule()
        : base("AD6007")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        foreach (var line in TextLines.Of(context.Document))
        {
            var text = line.Text;
            var words = TextLines.Words(text);
            for (var i = 0; i < words.Count; i++)
            {
                var finding = Check(text, words, i);
                if (finding is { } f)
                {
                    context.Report(line.Path, TextLocator.Locate(line.Origin, text, words[i].Start), f.Written, f.Expected);
                }
            }
        }
    }

    private static (string Written, string Expected)? Check(string text, System.Collections.Generic.List<(int Start, string Word)> words, int i)
    {
        var word = words[i].Word;
        if (word.Length == 0)
        {
            return null;
        }

        // Special forms: "thủ đô Hà Nội", "thành phố Hồ Chí Minh" in lower case.
        if (Phrase(text, words, i, "thủ đô Hà Nội", StringComparison.Ordinal) is { } capital)
        {
            return (capital, "Thủ đô Hà Nội");
        }

        if (Phrase(text, words, i, "thành phố Hồ Chí Minh", StringComparison.Ordinal) is { } hcm)
        {
            return (hcm, "Thành phố Hồ Chí Minh");
        }

        // Numbered units in lower case: "quận 1" → "Quận 1".
        foreach (var noun in Numbered)
        {
            if (Noun(text, words, i, noun, StringComparison.Ordinal) is { } n && i + n < words.Count
                && IsNumber(words[i + n].Word) && OnlySpace(text, words[i + n - 1], words[i + n]))
            {
                var written = text.Substring(words[i].Start, words[i + n].Start + words[i + n].Word.Length - words[i].Start);
                return (written, WithFirst(written, char.ToUpperInvariant(written[0])));
            }
        }

        // A capitalised generic noun before a name, in running text.
        if (!char.IsUpper(word[0]) || TextLines.StartsClause(text, words[i].Start))
        {
            return null;
        }

        foreach (var noun in Generic)
        {
            var capitalised = WithFirst(noun, char.ToUpperInvariant(noun[0]));
            if (Noun(text, words, i, capitalised, StringComparison.Ordinal) is not { } n || i + n >= words.Count)
            {
                continue;
            }

            var name = words[i + n].Word;
            if (!char.IsUpper(name[0]) || IsNumber(name) || IsAllCaps(name) || !OnlySpace(text, words[i + n - 1], words[i + n])
                || (noun == "thành phố" && Noun(text, words, i, "Thành phố Hồ Chí Minh", StringComparison.Ordinal) is not null)
                || AfterCapitalisedWord(text, words, i))
            {
                return null;
            }

            var written = text.Substring(words[i].Start, words[i + n].Start + name.Length - words[i].Start);
            return (written, WithFirst(written, char.ToLowerInvariant(written[0])));
        }

        return null;
    }

    // How many words the noun takes when the text has it at word i, or null.
    private static int? Noun(string text, System.Collections.Generic.List<(int Start, string Word)> words, int i, string noun, StringComparison comparison)
    {
        var parts = noun.Split(' ');
        if (i + parts.Length > words.Count)
        {
            return null;
        }

        for (var k = 0; k < parts.Length; k++)
        {
            if (!string.Equals(words[i + k].Word, parts[k], comparison) || (k > 0 && !OnlySpace(text, words[i + k - 1], words[i + k])))
            {
                return null;
            }
        }

        return parts.Length;
    }

    // A special form written with its generic noun in lower case ("thủ đô Hà Nội"), or null.
    private static string? Phrase(string text, System.Collections.Generic.List<(int Start, string Word)> words, int i, string canonical, StringComparison comparison)
    {
        var parts = canonical.Split(' ');
        if (Noun(text, words, i, canonical, StringComparison.OrdinalIgnoreCase) is not { } n
            || !string.Equals(words[i].Word, parts[0], comparison)
            || !string.Equals(words[i + 1].Word, parts[1], comparison))
        {
            return null;
        }

        for (var k = 2; k < n; k++)
        {
            if (!string.Equals(words[i + k].Word, parts[k], StringComparison.Ordinal))
            {
                return null;
            }
        }

        return text.Substring(words[i].Start, words[i + n - 1].Start + words[i + n - 1].Word.Length - words[i].Start);
    }

    // Whether a capitalised word (not at a clause start) comes within the six words before word i, with no punctuation
    // between: the unit may then be part of a body's proper name ("Ủy ban nhân dân Tỉnh ...", "Công an Tỉnh ...").
    private static bool AfterCapitalisedWord(string text, System.Collections.Generic.List<(int Start, string Word)> words, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 6; k--)
        {
            if (!OnlySpace(text, words[k], words[k + 1]))
            {
                return false;
            }

            if (char.IsUpper(words[k].Word[0]) && !TextLines.StartsClause(text, words[k].Start))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OnlySpace(string text, (int Start, string Word) a, (int Start, string Word) b)
    {
        var end = a.Start + a.Word.Length;
        if (end >= b.Start)
        {
            return false;
        }

        for (var p = end; p < b.Start; p++)
        {
            if (text[p] != ' ' && text[p] != '\u00A0')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNumber(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    private static string WithFirst(string text, char first)
    {
        var chars = text.ToCharArray();
        chars[0] = first;
        return new string(chars);
    }

    private static bool IsAllCaps(string word) => word.Length > 1 && string.Equals(word, word.ToUpperInvariant(), StringComparison.Ordinal);
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using AdminDocs.Decree;
using AdminDocs.Sources;
using AdminDocs.Text;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// Shared helpers of the signature rules (AD5002–AD5008): authority prefixes, title classes, names and the source
/// line of each title. Phụ lục I, II.7 of Nghị định 30/2020.
/// </summary>
internal static class SignatureText
{
    private static readonly string[][] PersonalTitles = Keys(
        "CHỦ TỊCH", "PHÓ", "GIÁM ĐỐC", "TỔNG GIÁM ĐỐC", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "THỦ TƯỚNG", "CỤC TRƯỞNG",
        "VỤ TRƯỞNG", "TỔNG CỤC TRƯỞNG", "CHI CỤC TRƯỞNG", "VIỆN TRƯỞNG", "HIỆU TRƯỞNG", "CHÁNH", "TRƯỞNG", "BÍ THƯ",
        "TỔNG THƯ KÝ", "THƯ KÝ", "CHỦ NHIỆM", "ĐẠI SỨ", "TỔNG LÃNH SỰ", "TỔNG BIÊN TẬP", "KIỂM TOÁN TRƯỞNG",
        "TỔNG KIỂM TOÁN", "TỔNG THANH TRA", "TƯ LỆNH", "CHÍNH ỦY", "CHỈ HUY TRƯỞNG", "GIÁM ĐỐC ĐIỀU HÀNH");

    private static readonly string[][] Collectives = Keys(
        "ỦY BAN", "UBND", "HĐND", "BAN", "HỘI ĐỒNG", "ĐOÀN", "THƯỜNG TRỰC", "TẬP THỂ", "CHÍNH PHỦ", "ĐẢNG ỦY",
        "ĐẢNG ĐOÀN", "BAN CÁN SỰ", "CHI ỦY", "CHI BỘ", "LIÊN ĐOÀN", "CÔNG ĐOÀN", "HỘI", "TỔ", "LIÊN MINH", "QUỐC HỘI",
        "MẶT TRẬN", "BỘ CHÍNH TRỊ", "BAN BÍ THƯ", "LÃNH ĐẠO");

    // Academic, professional and honorary titles (học hàm, học vị, danh hiệu) written before a name.
    private static readonly Regex AcademicPattern = new(
        @"^(?<t>(?:(?:GS|PGS|TSKH|TS|ThS|Ths|THS|KS|BS|BSCKI{1,2}|CKI{1,2}|DS|DSCKI{1,2}|CN|NCS|LS|NGND|NGƯT|NSND|NSƯT|TTND|TTƯT|TTUT|NGUT|NSUT)(?:\s*\.\s*|\s+))+)(?=\S)",
        RegexOptions.CultureInvariant);

    // Military ranks (cấp bậc quân hàm), which the same exemption covers.
    private static readonly Regex RankPattern = new(
        @"^(?<t>(?:Thiếu|Trung|Thượng|Đại)\s+(?:úy|uý|tá|tướng)\s+)(?=\S)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The message variant for a flaw.</summary>
    public static string? Variant(AuthorityFlaw flaw) => flaw switch
    {
        AuthorityFlaw.Slash => "slash",
        AuthorityFlaw.NoPeriod => "no-period",
        AuthorityFlaw.LowerCase => "lower-case",
        _ => null,
    };

    /// <summary>
    /// The lines of a block that start with an authority prefix: the block's own authority (title index 0) and
    /// any title line with a nested prefix ("KT. CHỦ TỊCH" under "TM. ỦY BAN NHÂN DÂN").
    /// </summary>
    /// <summary>The prefixed lines with a head title of every signature block of the document, with the block and
    /// its index: the walk the authority-chain rules (AD5003–AD5005) share.</summary>
    public static IEnumerable<(int BlockIndex, SignatureBlock Block, int TitleIndex, AuthorityKind Kind, string Head, string LineText)> PrefixedLinesWithHead(AdminDocument document)
    {
        var signatures = document.Signatures;
        for (var i = 0; i < signatures.Length; i++)
        {
            if (signatures[i] is not { } block)
            {
                continue;
            }

            foreach (var (titleIndex, kind, head, lineText) in PrefixedLines(block))
            {
                if (head.Length > 0)
                {
                    yield return (i, block, titleIndex, kind, head, lineText);
                }
            }
        }
    }

    public static IEnumerable<(int TitleIndex, AuthorityKind Kind, string Head, string LineText)> PrefixedLines(SignatureBlock block)
    {
        var titles = block.Titles;
        var authorityKind = Authorities.KindOf(block.Authority);
        if (authorityKind != AuthorityKind.None)
        {
            var head = titles.Length > 0 ? (titles[0] ?? string.Empty).Trim() : string.Empty;
            yield return (0, authorityKind, head, (block.Authority!.Trim() + " " + head).Trim());
        }

        var count = TitleCount(block);
        for (var j = authorityKind == AuthorityKind.None ? 0 : 1; j < count; j++)
        {
            if (Authorities.Parse(titles[j]) is { } p)
            {
                yield return (j, p.Kind, p.Rest, (titles[j] ?? string.Empty).Trim());
            }
        }
    }

    /// <summary>The title line after <paramref name="titleIndex"/>, or <see langword="null"/> when none follows
    /// (the signer's name, when the recognizer left it among the titles, is not a title).</summary>
    public static string? NextTitle(SignatureBlock block, int titleIndex)
    {
        var titles = block.Titles;
        var next = titleIndex + 1 < TitleCount(block) ? titles[titleIndex + 1] : null;
        return string.IsNullOrWhiteSpace(next) ? null : next!.Trim();
    }

    /// <summary>The number of real title lines: <see cref="SignatureBlock.Titles"/> without a name left among them.</summary>
    public static int TitleCount(SignatureBlock block)
    {
        var titles = block.Titles;
        return NameAmongTitles(block) is { } k ? k : titles.Length;
    }

    /// <summary>
    /// The index of the signer's name when the recognizer left it as the last title line because it is written in
    /// capitals ("TS. NGUYỄN VĂN AN" after "(đã ký)"): the block has no <see cref="SignatureBlock.SignerName"/>, and
    /// the last title line starts with an academic title or comes right after a signature placeholder line.
    /// </summary>
    public static int? NameAmongTitles(SignatureBlock block)
    {
        var titles = block.Titles;
        if (!string.IsNullOrWhiteSpace(block.SignerName?.Text) || titles.Length < 2)
        {
            return null;
        }

        var k = titles.Length - 1;
        var candidate = (titles[k] ?? string.Empty).Trim();
        if (candidate.Length == 0 || Authorities.Parse(candidate) is not null)
        {
            return null;
        }

        if (AcademicTitle(candidate) is not null)
        {
            return k;
        }

        // A placeholder such as "(đã ký)" sits between the titles and the name.
        var lines = block.Lines;
        for (var n = lines.Length - 1; n > 0; n--)
        {
            var text = lines[n]?.Text?.Trim() ?? string.Empty;
            if (string.Equals(text, candidate, StringComparison.Ordinal))
            {
                var before = lines[n - 1]?.Text?.Trim() ?? string.Empty;
                return before.StartsWith("(", StringComparison.Ordinal) && before.EndsWith(")", StringComparison.Ordinal) ? k : null;
            }
        }

        return null;
    }

    /// <summary>The signer's name as written: <see cref="SignatureBlock.SignerName"/>, or the name left among the
    /// titles; with its model path and location.</summary>
    public static (string Text, string Path, SourceLocation? Location)? Name(SignatureBlock block, int blockIndex)
    {
        if (block.SignerName is { } element && !string.IsNullOrWhiteSpace(element.Text))
        {
            return (element.Text.Trim(), PathOf(blockIndex) + ".signerName", element.Origin.Location);
        }

        if (NameAmongTitles(block) is { } k)
        {
            return (block.Titles[k].Trim(), PathOf(blockIndex) + ".titles[" + k.ToString(CultureInfo.InvariantCulture) + "]", LocationOfTitle(block, k));
        }

        return null;
    }

    /// <summary>Whether two titles are the same title (case, spacing and tone-mark placement ignored).</summary>
    public static bool SameTitle(string a, string b) =>
        string.Equals(VietnameseText.Key(a), VietnameseText.Key(b), StringComparison.Ordinal);

    /// <summary>Whether a title is abbreviated "P. GIÁM ĐỐC" (for "PHÓ GIÁM ĐỐC"); gives the full form.</summary>
    public static bool IsAbbreviatedDeputy(string title, out string expanded)
    {
        var t = title.Trim();
        if (t.Length > 2 && (t[0] == 'P' || t[0] == 'p') && t[1] == '.')
        {
            expanded = "PHÓ " + t.Substring(2).TrimStart();
            return true;
        }

        expanded = string.Empty;
        return false;
    }

    /// <summary>Whether a text after "TM." is a personal title (CHỦ TỊCH, GIÁM ĐỐC) rather than a collective or body.</summary>
    public static bool IsPersonalTitle(string text)
    {
        var words = WordKeys(text);
        return words.Length > 0 && StartsWithAny(words, PersonalTitles) && !StartsWithAny(words, Collectives);
    }

    /// <summary>The academic title, honorary title or military rank a name starts with, or <see langword="null"/>.</summary>
    public static string? AcademicTitle(string name)
    {
        var m = AcademicPattern.Match(name);
        if (!m.Success)
        {
            m = RankPattern.Match(name);
        }

        return m.Success ? m.Groups["t"].Value.Trim() : null;
    }

    /// <summary>The name without a leading academic title or rank.</summary>
    public static string WithoutAcademicTitle(string name)
    {
        var title = AcademicTitle(name);
        return title is null ? name : name.Substring(name.IndexOf(title, StringComparison.Ordinal) + title.Length).Trim();
    }

    /// <summary>A name with the first letter of every word in capitals; with <paramref name="lowerRest"/> the
    /// other letters in lower case ("ĐỖ NGUYÊN ĐỨC" → "Đỗ Nguyên Đức").</summary>
    public static string TitleCase(string name, bool lowerRest)
    {
        var sb = new StringBuilder(name.Length);
        var start = true;
        foreach (var ch in name)
        {
            if (char.IsWhiteSpace(ch))
            {
                start = true;
                sb.Append(ch);
            }
            else if (char.IsLetter(ch))
            {
                sb.Append(start ? char.ToUpperInvariant(ch) : (lowerRest ? char.ToLowerInvariant(ch) : ch));
                start = false;
            }
            else
            {
                sb.Append(ch);
            }
        }

        return sb.ToString();
    }

    /// <summary>The model path of a block ("signatures[0]").</summary>
    public static string PathOf(int index) => "signatures[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>The model path of a title or of the authority when the title index is 0 and the block has one.</summary>
    public static string TitlePath(SignatureBlock block, int blockIndex, int titleIndex) =>
        titleIndex == 0 && Authorities.KindOf(block.Authority) != AuthorityKind.None
            ? PathOf(blockIndex) + ".authority"
            : PathOf(blockIndex) + ".titles[" + titleIndex.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>The source line of a title, or <see langword="null"/> when the block has no lines.</summary>
    public static TextElement? LineOfTitle(SignatureBlock block, int titleIndex)
    {
        var lines = block.Lines;
        var titles = block.Titles;
        if (lines.IsEmpty)
        {
            return null;
        }

        // Match the titles to the lines in order; the first title shares its line with the authority.
        var k = 0;
        for (var j = 0; j < titles.Length && k < lines.Length; j++)
        {
            var title = (titles[j] ?? string.Empty).Trim();
            var found = -1;
            for (var n = k; n < lines.Length; n++)
            {
                var text = lines[n]?.Text?.Trim() ?? string.Empty;
                if (title.Length > 0 && text.EndsWith(title, StringComparison.Ordinal))
                {
                    found = n;
                    break;
                }
            }

            if (found < 0)
            {
                if (j == titleIndex)
                {
                    return j == 0 ? lines[0] : null;
                }

                continue;
            }

            if (j == titleIndex)
            {
                return lines[found];
            }

            k = found + 1;
        }

        return titleIndex == 0 ? lines[0] : null;
    }

    /// <summary>The location of a title line (or of the block when the line is not found).</summary>
    public static SourceLocation? LocationOfTitle(SignatureBlock block, int titleIndex) =>
        LineOfTitle(block, titleIndex)?.Origin.Location ?? block.Origin.Location;

    private static string[] WordKeys(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(VietnameseText.Key)
            .Where(k => k.Length > 0)
            .ToArray();

    private static bool StartsWithAny(string[] words, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (phrase.Length <= words.Length && phrase.Select((w, i) => string.Equals(w, words[i], StringComparison.Ordinal)).All(x => x))
            {
                return true;
            }
        }

        return false;
    }

    private static string[][] Keys(params string[] phrases) => phrases.Select(WordKeys).ToArray();
}

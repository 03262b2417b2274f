using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AdminDocs.Text;

namespace AdminDocs;

/// <summary>
/// What the model knows of a signer and their titles: the posts a person signs with and the collectives a TM. line
/// names (one list for the recognizer, the rules and the builder), the academic, professional and honorary titles and the military ranks
/// written before it (Phụ lục I, II.7.c forbids them), and the name written in capitals that a reader can only tell
/// from a title by where it stands.
/// </summary>
internal static class SignatureNames
{
    // The posts a person signs with (chức vụ), and the collectives and bodies a TM. line names.
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

    /// <summary>
    /// A block without a name whose last title line is the name written in capitals ("TS. NGUYỄN VĂN AN" after
    /// "(đã ký)"): that line becomes the <see cref="SignatureLineRole.Name"/> when it starts with an academic title
    /// or comes right after a note in brackets, and at least one title line stays above it.
    /// </summary>
    public static void PromoteNameAmongTitles(List<SignatureLine> lines)
    {
        var titleCount = 0;
        var last = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Role == SignatureLineRole.Name)
            {
                return;
            }

            if (lines[i].IsTitle)
            {
                titleCount++;
                last = i;
            }
        }

        if (titleCount < 2 || lines[last].Role != SignatureLineRole.Title)
        {
            return;
        }

        var candidate = lines[last].Text.Trim();
        if (candidate.Length == 0 || Decree.Authorities.Parse(candidate) is not null)
        {
            return;
        }

        var before = last > 0 ? lines[last - 1].Text.Trim() : string.Empty;
        if (AcademicTitle(candidate) is not null
            || (before.StartsWith("(", StringComparison.Ordinal) && before.EndsWith(")", StringComparison.Ordinal)))
        {
            lines[last] = lines[last] with { Role = SignatureLineRole.Name };
        }
    }

    /// <summary>Whether a text is a personal title (CHỦ TỊCH, GIÁM ĐỐC, PHÓ GIÁM ĐỐC SỞ ...) rather than a collective or body.</summary>
    public static bool IsPersonalTitle(string text)
    {
        var words = WordKeys(text);
        return words.Length > 0 && StartsWithAny(words, PersonalTitles) && !StartsWithAny(words, Collectives);
    }

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

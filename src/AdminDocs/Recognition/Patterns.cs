using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AdminDocs.Decree;
using AdminDocs.Text;

namespace AdminDocs.Recognition;

/// <summary>What the recognizer looks for in a line. Tolerant on purpose: the rules, not the recognizer, judge
/// the form (a "Nơi nhận :" is still the Nơi nhận label; "KT GIÁM ĐỐC" is still a signature).</summary>
internal static class Patterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    // A note in brackets in place of the signature or the seal: "(Đã ký)", "(Ký, đóng dấu)", "(đã ký và đóng dấu)".
    private const string PlaceholderCore = @"\([^()]{0,40}(?:ký|dấu|ky|signed)[^()]{0,40}\)";

    // Tolerant of misspelt tones (HOÀ, HÕA, HỎA; CỌNG; VIẾT): a misspelt Quốc hiệu is still the Quốc hiệu, and AD2002
    // judges its spelling; read as anything else it would be glued onto the issuer.
    public static readonly Regex NationalTitle = new(
        @"C[ỘOỌÔ]NG\s*H(?:[OÒÓỎÕỌ][AÀÁẢÃẠ])\s*X[ÃA]\s*H[ỘO]I\s*CH[ỦU]\s*NGH[ĨI]A\s*VI[ỆEẾÊ]T\s*NAM", Options);

    public static readonly Regex Motto = new(
        @"Đ[ộo]c\s*l[ậa]p\s*[" + Dashes.RegexClass + @"]?\s*T[ựu]\s*do\s*[" + Dashes.RegexClass + @"]?\s*H[ạa]nh\s*ph[úu]c", Options);

    public static readonly Regex PartyHeading = new(@"ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM", RegexOptions.CultureInvariant);

    public static readonly Regex NumberStart = new(
        @"^[Ss][ốỐoO]\s*[:;.]?\s*(?:[\d.…_\s]*\s*/|[^\s/]{1,8}\s*/|\d+\s*[-–]\s*\p{L}|[\d.…_]*\s*$)", RegexOptions.CultureInvariant);

    public static readonly Regex PlaceDate = new(@"(?:ngày\s*[\d.…_ ]{0,12}\s*)?tháng\s*[\d.…_ ]{0,12}\s*năm\s*\d{0,4}", Options);

    public static readonly Regex Vv = new(@"^(?:V/v|V/V|v/v|V\.v|Về\s+việc)(?=[\s:.]|$)", RegexOptions.CultureInvariant);

    public static readonly Regex VvInside = new(@"\s(?:V/v|V/V|v/v)\s", RegexOptions.CultureInvariant);

    public static readonly Regex KinhGui = new(@"^Kính\s*gửi\s*(?::|\s|$)", Options);

    public static readonly Regex RecipientsLabel = new(@"^N[ơo]i\s*nh[ậa]n\s*(?::|$|\s)", Options);

    /// <summary>Whether a line starts a signature with an authority prefix (<see cref="Authorities.ParseSignatureLine"/>).</summary>
    public static bool IsAuthority(string text) => Authorities.ParseSignatureLine(text) is not null;

    /// <summary>A line of notes in place of the signature or the seal: one, or several side by side ("(Đã ký)   (Đã ký)").</summary>
    public static readonly Regex Placeholder = new("^" + PlaceholderCore + @"(?:\s+" + PlaceholderCore + ")*$", Options);

    /// <summary>A note in place of the signature or the seal inside a line ("… PHÓ GIÁM ĐỐC (Đã ký) Lê Văn A"), for
    /// the run-on splitter: the same pattern as <see cref="Placeholder"/>, not anchored.</summary>
    public static readonly Regex PlaceholderInText = new(PlaceholderCore, Options);

    /// <summary>Words as a pattern that takes any white space between them ("Nơi nhận" → <c>Nơi\s+nhận</c>).</summary>
    public static string Words(string words) => string.Join(@"\s+", words.Split(' ').Select(Regex.Escape));

    public static readonly Regex ListMarker = new(@"^(?<m>[" + Dashes.Common + @"+•*])\s*", RegexOptions.CultureInvariant);

    public static readonly Regex Archive = new(@"^Lưu\b", RegexOptions.CultureInvariant);

    public static readonly Regex DrafterCode = new(@"^[\p{Lu}Đ][\p{L}]{0,5}\.?\s*\(\d+\)\.?$", RegexOptions.CultureInvariant);

    public static readonly Regex Contact = new(
        @"^(?:Địa\s*chỉ|ĐT|Điện\s*thoại|Tel|Fax|E-?mail|Email|Website|Trang\s*thông\s*tin\s*điện\s*tử)\s*:", Options);

    /// <summary>A page marker an extraction writes between pages: "===== TRANG 1 =====", "--- Trang 2 ---", "[Trang 3]".</summary>
    public static readonly Regex PageMarker = new(@"^(?:[=\-_*#\[]+\s*)?(?:TRANG|Trang|trang|PAGE|Page)\s*\d+\s*(?:/\s*\d+\s*)?(?:[=\-_*\]]+)?$", RegexOptions.CultureInvariant);

    public static readonly Regex Separator = new(@"^(?:[" + Dashes.RegexClass + @"_=~*.·]\s*){3,}$|^\*$", RegexOptions.CultureInvariant);

    // "Phụ lục", "PHỤ LỤC II", "Phụ lục số 01:", "Phụ lục 1. Danh sách ...", "Phụ lục: DANH SÁCH ...".
    public static readonly Regex Appendix = new(@"^(?:PHỤ\s+LỤC|Phụ\s+lục)(?:\s+(?:[Ss]ố|SỐ))?(?:\s+(?<n>[IVXLC]+|\d+))?\s*[.:]?\s*$|^(?:PHỤ\s+LỤC|Phụ\s+lục)(?:\s+(?:[Ss]ố|SỐ))?\s+(?<n>[IVXLC]+|\d+)\b|^(?:PHỤ\s+LỤC|Phụ\s+lục)\s*:\s*\p{Lu}", RegexOptions.CultureInvariant);

    public static readonly Regex AppendixReference = new(@"^\(\s*Kèm\s+theo", Options);

    public static readonly Regex LegalBasis = new(@"^Căn\s+cứ\b", RegexOptions.CultureInvariant);

    private static readonly string[] OrganizationHeads =
    {
        "UBND", "ỦY BAN", "UỶ BAN", "HĐND", "HỘI ĐỒNG", "BỘ", "SỞ", "PHÒNG", "CỤC", "TỔNG CỤC", "CHI CỤC", "VỤ", "VIỆN",
        "TRƯỜNG", "BAN", "TRUNG TÂM", "VĂN PHÒNG", "BỆNH VIỆN", "ĐẠI HỌC", "HỌC VIỆN", "TÒA ÁN", "TOÀ ÁN", "KHO BẠC",
        "CÔNG AN", "ĐẢNG ỦY", "ĐẢNG UỶ", "ĐẢNG ĐOÀN", "ĐOÀN", "TỈNH ỦY", "TỈNH UỶ", "THÀNH ỦY", "THÀNH UỶ", "HUYỆN ỦY",
        "HUYỆN UỶ", "QUẬN ỦY", "QUẬN UỶ", "THỊ ỦY", "THỊ UỶ", "HỘI", "LIÊN ĐOÀN", "CÔNG TY", "TỔNG CÔNG TY", "NGÂN HÀNG",
        "THANH TRA", "CHÍNH PHỦ", "QUỐC HỘI", "THỦ TƯỚNG", "MẶT TRẬN", "BẢO HIỂM", "ĐÀI", "TẬP ĐOÀN", "KIỂM TOÁN",
        "CHI NHÁNH", "ĐỘI", "TRẠM", "HẠT", "XÍ NGHIỆP", "BỘ CHỈ HUY", "BỘ TƯ LỆNH", "CHI BỘ", "ĐOÀN THANH NIÊN",
    };

    private static readonly string[] Surnames =
    {
        "NGUYỄN", "TRẦN", "LÊ", "PHẠM", "HOÀNG", "HUỲNH", "PHAN", "VŨ", "VÕ", "ĐẶNG", "BÙI", "ĐỖ", "HỒ", "NGÔ", "DƯƠNG",
        "LÝ", "ĐINH", "ĐÀO", "TRƯƠNG", "LƯU", "MAI", "CAO", "LÂM", "TRỊNH", "HÀ", "TÔ", "TẠ", "LƯƠNG", "ĐOÀN", "VƯƠNG",
        "CHÂU", "QUÁCH", "TĂNG", "THÁI", "LA", "KIỀU", "TỐNG", "TÔN", "LỤC", "HỨA", "KHỔNG", "DOÃN", "CHU", "VI", "NÔNG",
    };

    private static readonly char[] WordSeparators = { ' ', '\t' };

    private static readonly Dictionary<string, MarkKind> MarkKeys = Marks.UrgencyRecognized.Select(m => (m, MarkKind.Urgency))
        .Concat(Marks.Secrecy.Select(m => (m, MarkKind.Secrecy)))
        .Concat(Marks.CirculationRecognized.Select(m => (m, MarkKind.Circulation)))
        .GroupBy(x => VietnameseText.Key(x.Item1), StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Item2, StringComparer.Ordinal);

    // The same marks by their bare letters, to catch a misspelt stamp ("HOẢ TÔC", "Xem xong tra lai"); AD6002-AD6004
    // then judge the spelling and the case.
    private static readonly Dictionary<string, MarkKind> MarkBaseKeys = Marks.UrgencyRecognized.Select(m => (m, MarkKind.Urgency))
        .Concat(Marks.Secrecy.Select(m => (m, MarkKind.Secrecy)))
        .Concat(Marks.CirculationRecognized.Select(m => (m, MarkKind.Circulation)))
        .GroupBy(x => VietnameseText.BaseKey(x.Item1), StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Item2, StringComparer.Ordinal);

    public static string? Mark(string text, out MarkKind kind) =>
        text.Length <= 24 && (MarkKeys.TryGetValue(VietnameseText.Key(text), out kind) || MarkBaseKeys.TryGetValue(VietnameseText.BaseKey(text), out kind))
            ? text
            : Fail(out kind);

    private static string? Fail(out MarkKind kind)
    {
        kind = default;
        return null;
    }

    public static bool StartsWithOrganizationHead(string text)
    {
        var upper = VietnameseText.CollapseSpaces(text).ToUpperInvariant();
        return OrganizationHeads.Any(h => upper == h || upper.StartsWith(h + " ", StringComparison.Ordinal));
    }

    public static bool IsCapsLine(string text) =>
        VietnameseText.IsAllCaps(text, 2) && !text.EndsWith(":", StringComparison.Ordinal) && WordCount(text) <= 16;

    /// <summary>A person's name: 2–7 words, each starting with a capital, letters only (an academic prefix such as
    /// "TS." allowed).</summary>
    public static bool IsPersonName(string text, bool allowCaps)
    {
        var words = text.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Length > 7)
        {
            return false;
        }

        var letters = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            var isPrefix = w.EndsWith(".", StringComparison.Ordinal) && w.Length <= 8 && i < words.Length - 2;
            foreach (var ch in w)
            {
                if (char.IsLetter(ch))
                {
                    letters++;
                }
                else if (!(ch == '.' && isPrefix))
                {
                    return false;
                }
            }

            if (!VietnameseText.StartsUpper(w))
            {
                return false;
            }
        }

        if (letters < 4)
        {
            return false;
        }

        if (VietnameseText.IsAllCaps(text))
        {
            // A name in capitals ("NGUYỄN VĂN AN", "TS. NGUYỄN VĂN AN") is told from a title by its surname.
            var first = words.FirstOrDefault(w => !w.EndsWith(".", StringComparison.Ordinal)) ?? string.Empty;
            return allowCaps && Surnames.Contains(first);
        }

        return true;
    }

    public static int WordCount(string text) => text.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries).Length;
}

/// <summary>The kinds of marks.</summary>
internal enum MarkKind
{
    Urgency,
    Secrecy,
    Circulation,
}

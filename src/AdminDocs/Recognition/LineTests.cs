using System;
using System.Collections.Generic;
using System.Linq;
using AdminDocs.Text;

namespace AdminDocs.Recognition;

/// <summary>The tests on one line that several phases share.</summary>
internal static class LineTests
{
    // ---------------------------------------------------------------- line tests
    internal static bool IsNationalTitle(string t)
    {
        var m = Patterns.NationalTitle.Match(t);
        return m.Success && m.Index == 0 && m.Length == t.TrimEnd('.').Length;
    }

    internal static bool IsMotto(string t)
    {
        var m = Patterns.Motto.Match(t);
        return m.Success && m.Index == 0 && m.Length >= t.TrimEnd('.', '!').Length;
    }

    internal static bool IsPartyHeading(string t)
    {
        var m = Patterns.PartyHeading.Match(t);
        return m.Success && m.Index == 0 && m.Length == t.Length;
    }

    internal static bool IsHeaderPlaceDate(string t)
    {
        var m = Patterns.PlaceDate.Match(t);
        if (!m.Success || t.Length > 90)
        {
            return false;
        }

        var before = t.Substring(0, m.Index).Trim().TrimEnd(',').Trim();
        return before.Length == 0 || (Patterns.WordCount(before) <= 6 && !before.Contains("/") && !VietnameseText.IsAllCaps(before, 4) && VietnameseText.StartsUpper(before) || before.Length <= 2);
    }

    internal static (DocumentKind Kind, int Length)? IsTitleLine(string t)
    {
        var collapsed = VietnameseText.CollapseSpaces(t).TrimEnd('.');
        if (collapsed.EndsWith(":", StringComparison.Ordinal))
        {
            return null;
        }

        var key = VietnameseText.Key(collapsed);
        if (key == CongVanKey)
        {
            return (DocumentKind.OfficialLetter, t.Length);
        }

        foreach (var info in DocumentKindInfo.All)
        {
            if (info.Title is null)
            {
                continue;
            }

            if (info.TitleKey == key)
            {
                return (info.Kind, t.Length);
            }

            // "BIÊN BẢN LÀM VIỆC", "GIẤY MỜI HỌP", "HỢP ĐỒNG MUA BÁN": a tên loại of a form-like kind with a short
            // qualifier in capitals is still that tên loại (other kinds followed by capitals are a trích yếu in capitals).
            if (QualifiedTitleKinds.Contains(info.Kind) && collapsed.StartsWith(info.Title + " ", StringComparison.Ordinal)
                && VietnameseText.IsAllCaps(collapsed) && Patterns.WordCount(collapsed.Substring(info.Title.Length)) <= 3)
            {
                return (info.Kind, t.Length);
            }

            // "BÁO CÁO Kết quả ...": the title in capitals followed by the subject on the same line.
            if (t.StartsWith(info.Title + " ", StringComparison.Ordinal) && t.Length > info.Title.Length + 1 && !VietnameseText.IsAllCaps(t.Substring(info.Title.Length)))
            {
                return (info.Kind, info.Title.Length);
            }
        }

        // A thư công has no tên loại of its own in Phụ lục III; its title line names the letter ("THƯ CHÚC MỪNG",
        // "THƯ CẢM ƠN", "THƯ NGỎ"), in capitals.
        if (collapsed.StartsWith("THƯ ", StringComparison.Ordinal) && VietnameseText.IsAllCaps(collapsed)
            && Patterns.WordCount(collapsed) is >= 2 and <= 6 && key != ThuKyKey)
        {
            return (DocumentKind.PublicLetter, t.Length);
        }

        if (OtherTitleKeys.Contains(key))
        {
            return (DocumentKind.Other, t.Length);
        }

        // A giấy phép (a văn bản chuyên ngành, outside Nghị định 30's kinds) names what it permits on its title line:
        // "GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP".
        foreach (var prefix in OtherTitlePrefixes)
        {
            if ((collapsed == prefix || collapsed.StartsWith(prefix + " ", StringComparison.Ordinal))
                && VietnameseText.IsAllCaps(collapsed) && Patterns.WordCount(collapsed) <= 10)
            {
                return (DocumentKind.Other, t.Length);
            }
        }

        return null;
    }

    // Kinds whose tên loại may carry a short qualifier in capitals on its line ("BIÊN BẢN LÀM VIỆC", "GIẤY MỜI HỌP").
    private static readonly HashSet<DocumentKind> QualifiedTitleKinds = new()
    {
        DocumentKind.Minutes, DocumentKind.Invitation, DocumentKind.Contract,
    };

    // Titles of kinds outside Nghị định 30's list that name their object on the same line (kind Other).
    private static readonly string[] OtherTitlePrefixes = { "GIẤY PHÉP" };

    internal static bool IsTitleLike(string t) =>
        Patterns.IsCapsLine(t) && Patterns.WordCount(t) <= 5 && !Patterns.StartsWithOrganizationHead(t) && !Patterns.Separator.IsMatch(t);

    internal static readonly string CongVanKey = VietnameseText.Key("CÔNG VĂN");

    internal static readonly string ThuKyKey = VietnameseText.Key("THƯ KÝ");

    // Titles of kinds outside Nghị định 30's list: TT01's own types and Party types (kind Other).
    internal static readonly HashSet<string> OtherTitleKeys = new(
        new[] { "BẢN CAM KẾT", "GIẤY CHỨNG NHẬN", "GIẤY ĐI ĐƯỜNG", "GIẤY BIÊN NHẬN HỒ SƠ", "KẾT LUẬN", "THÔNG TRI", "DIỄN VĂN" }.Select(VietnameseText.Key),
        StringComparer.Ordinal);
}

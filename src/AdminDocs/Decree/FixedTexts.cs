using System;

namespace AdminDocs.Decree;

/// <summary>
/// The fixed texts of Nghị định 30/2020 (Phụ lục I) and of the Party's Hướng dẫn 36: what the builder writes, what
/// the rules compare with and what the recognizer looks for. One copy; the recognizer's tolerant patterns accept
/// the variants, the rules judge them.
/// </summary>
internal static class FixedTexts
{
    /// <summary>The Quốc hiệu as the decree spells it (ô 1).</summary>
    public const string NationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    /// <summary>The Quốc hiệu with the old tone-mark placement (Mục V example), accepted.</summary>
    public const string NationalTitleOldTone = "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    /// <summary>The three phrases of the Tiêu ngữ.</summary>
    public static readonly string[] MottoPhrases = { "Độc lập", "Tự do", "Hạnh phúc" };

    /// <summary>The Tiêu ngữ: the phrases joined by a spaced hyphen-minus.</summary>
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>The Party heading of Hướng dẫn 36.</summary>
    public const string PartyHeading = "ĐẢNG CỘNG SẢN VIỆT NAM";

    /// <summary>The words of the addressee label (ô 9a), without the colon.</summary>
    public const string AddresseesWords = "Kính gửi";

    /// <summary>The addressee label as written.</summary>
    public const string AddresseesLabel = AddresseesWords + ":";

    /// <summary>The words of the recipients label (ô 9b), without the colon.</summary>
    public const string RecipientsWords = "Nơi nhận";

    /// <summary>The recipients label as written.</summary>
    public const string RecipientsLabel = RecipientsWords + ":";

    /// <summary>The first Nơi nhận item of a document with a Kính gửi.</summary>
    public const string AsAbove = "Như trên";

    /// <summary>The word that opens the archive item ("Lưu: VT, TCCB.").</summary>
    public const string ArchiveWord = "Lưu";

    /// <summary>The văn thư unit every archive item names first.</summary>
    public const string ArchiveOffice = "VT";

    /// <summary>The trích yếu prefix of a công văn ("V/v").</summary>
    public const string SubjectPrefix = "V/v";

    /// <summary>Whether a Nơi nhận item is the archive item ("Lưu: VT, ..."; case ignored).</summary>
    public static bool IsArchiveItem(string text) => text.StartsWith(ArchiveWord, StringComparison.OrdinalIgnoreCase);
}

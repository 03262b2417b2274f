using System.Linq;

namespace AdminDocs.Decree;

/// <summary>
/// The marks of Phụ lục I (ô 10a, 10b, 11): độ khẩn, độ mật and the phạm vi lưu hành notes, as the decree writes
/// them and in the variants the recognizer also takes.
/// </summary>
internal static class Marks
{
    /// <summary>The NĐ 30 urgency levels, from the least urgent (the decree also spells HỎA as HOẢ).</summary>
    public static readonly string[] Urgency = { "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC" };

    /// <summary>The extra TT 01/2011 level [U].</summary>
    public const string Tt01Urgency = "HỎA TỐC HẸN GIỜ";

    /// <summary>The secrecy levels, from the lowest.</summary>
    public static readonly string[] Secrecy = { "MẬT", "TỐI MẬT", "TUYỆT MẬT" };

    /// <summary>The circulation notes the rules know.</summary>
    public static readonly string[] Circulation = { "XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI BỘ", "KHÔNG PHỔ BIẾN", "TÀI LIỆU THU HỒI" };

    /// <summary>The draft stamp, a circulation note the recognizer takes but no rule requires.</summary>
    public const string Draft = "DỰ THẢO";

    /// <summary>Every urgency text the recognizer takes for a mark: the levels of both profiles, the other tone
    /// placement and the colloquial "KHẨN CẤP".</summary>
    public static readonly string[] UrgencyRecognized =
        Urgency.Concat(new[] { "HOẢ TỐC", Tt01Urgency, "HOẢ TỐC HẸN GIỜ", "KHẨN CẤP" }).ToArray();

    /// <summary>Every circulation text the recognizer takes for a mark.</summary>
    public static readonly string[] CirculationRecognized = Circulation.Concat(new[] { Draft }).ToArray();
}

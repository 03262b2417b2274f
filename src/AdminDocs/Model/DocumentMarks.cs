
namespace AdminDocs;

/// <summary>The optional marks: secrecy (độ mật), urgency (mức độ khẩn) and circulation notes (phạm vi lưu hành).</summary>
public sealed record DocumentMarks
{
    /// <summary>No marks.</summary>
    public static DocumentMarks None { get; } = new();

    /// <summary>The secrecy mark as written ("MẬT", "TỐI MẬT", "TUYỆT MẬT"), or <see langword="null"/>.</summary>
    public TextElement? Secrecy { get; init; }

    /// <summary>The urgency mark as written ("KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"), or <see langword="null"/>.</summary>
    public TextElement? Urgency { get; init; }

    /// <summary>Circulation notes as written ("XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI BỘ").</summary>
    public ValueArray<TextElement> Circulation { get; init; }
}

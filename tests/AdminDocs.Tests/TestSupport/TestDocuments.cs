using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using AdminDocs.Reading;
using AdminDocs.Recognition;
using AdminDocs.Validation;

namespace AdminDocs.Tests.TestSupport;

/// <summary>Documents the tests build themselves, and shortcuts to validate them.</summary>
public static class TestDocuments
{
    /// <summary>
    /// A complete, correct báo cáo under Nghị định 30, built in code (no source): every rule is silent on it.
    /// Tests change one component with <c>with</c> to make a bad example.
    /// </summary>
    public static AdminDocument CorrectReport() => new()
    {
        Kind = DocumentKind.Report,
        NationalTitle = new TextElement("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        Motto = new TextElement("Độc lập - Tự do - Hạnh phúc"),
        ParentAgency = new AgencyName(ImmutableArray.Create("UBND TỈNH BÌNH ĐỊNH")),
        IssuingAgency = new AgencyName(ImmutableArray.Create("SỞ GIAO THÔNG VẬN TẢI")),
        Number = LineParsers.ParseNumber("Số: 125/BC-SGTVT"),
        PlaceDate = LineParsers.ParsePlaceDate("Bình Định, ngày 05 tháng 12 năm 2024"),
        Title = new TextElement("BÁO CÁO"),
        Subject = new Subject(ImmutableArray.Create("Kết quả hoạt động thông tin đối ngoại năm 2024")),
        Addressees = new Addressees(new TextElement("Kính gửi:"))
        {
            Items = ImmutableArray.Create(new ListItem("Ủy ban nhân dân tỉnh Bình Định.") { RawText = "Ủy ban nhân dân tỉnh Bình Định." }),
            OnLabelLine = true,
        },
        Body = new Body
        {
            Nodes = ImmutableArray.Create<BodyNode>(
                new Paragraph("Thực hiện Công văn số 887/STTTT-TTBCXB ngày 25/11/2024 của Sở Thông tin và Truyền thông, Sở Giao thông vận tải báo cáo như sau:"),
                new BodySection(SectionLevel.Section, "I.") { Number = "I", Heading = "KẾT QUẢ THỰC HIỆN" },
                new Paragraph("Trên đây là báo cáo kết quả hoạt động thông tin đối ngoại năm 2024 của Sở Giao thông vận tải./.")),
        },
        Signatures = ImmutableArray.Create(new SignatureBlock
        {
            Authority = "KT.",
            Titles = ImmutableArray.Create("GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
            SignerName = new TextElement("Đỗ Nguyên Đức"),
        }),
        Recipients = new Recipients(new TextElement("Nơi nhận:"))
        {
            Items = ImmutableArray.Create(
                Item("- Như trên;"),
                Item("- Sở Thông tin và Truyền thông;"),
                Item("- Giám đốc Sở (b/c);"),
                Item("- Lưu: VT, VP.")),
        },
    };

    /// <summary>A list item as the recognizer builds it from a line such as "- Như trên;".</summary>
    public static ListItem Item(string rawLine)
    {
        var marker = rawLine.Length > 0 && "-–—+•".Contains(rawLine[0]) ? rawLine.Substring(0, 1) : string.Empty;
        return new ListItem(rawLine.Substring(marker.Length).TrimStart()) { Marker = marker, RawText = rawLine };
    }

    /// <summary>Validates a document with the default validator.</summary>
    public static ValidationResult Validate(AdminDocument document, ValidationOptions? options = null) =>
        Validator.Default.Validate(document, options);

    /// <summary>Reads plain text as the text reader does (UTF-8).</summary>
    public static Sources.SourceDocument Read(string text, string path = "test.txt") =>
        new PlainTextReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), path, ReaderLimits.Default, default);

    /// <summary>Reads and recognizes plain text.</summary>
    public static AdminDocument Recognize(string text) => DocumentRecognizer.Recognize(Read(text));

    /// <summary>Reads, recognizes and validates plain text.</summary>
    public static ValidationResult ValidateText(string text, ValidationOptions? options = null) =>
        Validator.Default.Validate(Read(text), options);

    /// <summary>The ids of the diagnostics of one rule.</summary>
    public static Diagnostic[] Of(this ValidationResult result, string id) =>
        result.Diagnostics.Where(d => d.Id == id).ToArray();
}

using System;
using System.IO;
using System.Linq;
using AdminDocs.Docx.Tests.TestSupport;
using AdminDocs.Validation;

namespace AdminDocs.Docx.Tests.Rules.Typography;

/// <summary>
/// A báo cáo as a .docx with every page and typography fact right (AD1001–AD1014): A4 portrait, margins
/// 20/20/30/15 mm, Times New Roman black, body justified 14 pt with a 1.27 cm indent, 6 pt before and single
/// spacing, the page number centered in the header and hidden on page 1, header and footer in borderless
/// two-column tables. Each fact is a property a test changes before building.
/// </summary>
internal sealed class DocxLayoutReport
{
    public static readonly Validator Validator = Validation.Validator.CreateBuilder().AddDocx().Build();

    private static readonly ParaProps Center = new() { Align = "center" };
    private static readonly ParaProps Left = new() { Align = "left" };

    public string Font { get; set; } = "Times New Roman";

    public string? BodyFont { get; set; }

    public string? BodyColor { get; set; }

    public double BodySize { get; set; } = 14;

    public double? OddBodySize { get; set; }

    public ParaProps Body { get; set; } = new() { Align = "both", FirstLineCm = 1.27, BeforePt = 6, AfterPt = 0, LineMultiple = 1.0 };

    public string PlaceDate { get; set; } = "Bình Định, ngày 05 tháng 12 năm 2024";

    public string Title { get; set; } = "BÁO CÁO";

    public (double Width, double Height) Paper { get; set; } = (210, 297);

    public bool Landscape { get; set; }

    public bool WideTable { get; set; }

    public (double Top, double Bottom, double Left, double Right) Margins { get; set; } = (20, 20, 30, 15);

    public bool TitlePage { get; set; } = true;

    public bool PageNumberInHeader { get; set; } = true;

    public string PageNumberAlign { get; set; } = "center";

    public RunProps PageNumberRun { get; set; } = new() { Size = 14 };

    public string? PageNumberFormat { get; set; }

    public bool SwapHeaderColumns { get; set; }

    public byte[] Build()
    {
        var b = new DocxBuilder()
            .DocDefaults(new RunProps { Font = Font, Size = 14 })
            .Section(s =>
            {
                s.PageSize(Landscape ? Paper.Height : Paper.Width, Landscape ? Paper.Width : Paper.Height, Landscape)
                    .Margins(Margins.Top, Margins.Bottom, Margins.Left, Margins.Right);
                if (TitlePage)
                {
                    s.TitlePage();
                }

                if (PageNumberFormat is not null)
                {
                    s.PageNumbers(null, PageNumberFormat);
                }

                var para = new ParaProps { Align = PageNumberAlign };
                if (PageNumberInHeader)
                {
                    s.Header(h => h.Paragraph(p => p.PageField(PageNumberRun), para));
                }
                else
                {
                    s.Footer(f => f.Paragraph(p => p.PageField(PageNumberRun), para));
                }
            });

        void Issuer(Content c) => c.Paragraph("UBND TỈNH BÌNH ĐỊNH", Center, new RunProps { Size = 13 })
            .Paragraph("SỞ GIAO THÔNG VẬN TẢI", Center, new RunProps { Size = 13, Bold = true });
        void National(Content c) => c.Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Center, new RunProps { Size = 13, Bold = true })
            .Paragraph("Độc lập - Tự do - Hạnh phúc", Center, new RunProps { Size = 14, Bold = true });
        void Number(Content c) => c.Paragraph("Số: 215/BC-SGTVT", Center, new RunProps { Size = 13 });
        void Date(Content c) => c.Paragraph(PlaceDate, Center, new RunProps { Size = 14, Italic = true });

        b.Table(t => t.Borderless().Grid(65, 100)
            .Row(r => _ = SwapHeaderColumns ? r.Cell(National).Cell(Issuer) : r.Cell(Issuer).Cell(National))
            .Row(r => _ = SwapHeaderColumns ? r.Cell(Date).Cell(Number) : r.Cell(Number).Cell(Date)));
        b.Empty()
            .Paragraph(Title, Center, new RunProps { Size = 14, Bold = true })
            .Paragraph("Kết quả hoạt động thông tin đối ngoại năm 2024", Center, new RunProps { Size = 14, Bold = true })
            .Empty()
            .Paragraph("Kính gửi: Ủy ban nhân dân tỉnh Bình Định.", Center, new RunProps { Size = 14 })
            .Empty();

        var run = new RunProps { Size = BodySize, Font = BodyFont, Color = BodyColor };
        var texts = new[]
        {
            "Thực hiện Công văn số 1025/STTTT-TTBCXB ngày 20/11/2024 của Sở Thông tin và Truyền thông, Sở Giao thông vận tải báo cáo như sau:",
            "Sở đã phân công 01 lãnh đạo Sở phụ trách và 01 công chức Văn phòng Sở trực tiếp theo dõi công tác thông tin đối ngoại.",
            "Sở tổ chức tuyên truyền, phổ biến chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về công tác đối ngoại.",
            "Sở cập nhật thường xuyên thông tin về chính sách phát triển hạ tầng giao thông của tỉnh trên Trang thông tin điện tử của Sở.",
            "Trên đây là báo cáo kết quả hoạt động thông tin đối ngoại năm 2024 của Sở Giao thông vận tải./.",
        };
        for (var i = 0; i < texts.Length; i++)
        {
            b.Paragraph(texts[i], Body, i == 2 && OddBodySize is { } odd ? run with { Size = odd } : run);
        }

        if (WideTable)
        {
            b.Table(t => t.Bordered().Grid(20, 60, 40, 40, 40, 40, 20).Row("STT", "Nội dung", "Kế hoạch", "Thực hiện", "Tỷ lệ", "Ghi chú", "Ký"));
        }

        b.Empty();
        b.Table(t => t.Borderless().Grid(80, 85).Row(r => r
            .Cell(c => c.Paragraph("Nơi nhận:", Left, new RunProps { Size = 12, Bold = true, Italic = true })
                .Paragraph("- Như trên;", Left, new RunProps { Size = 11 })
                .Paragraph("- Lưu: VT, VP.", Left, new RunProps { Size = 11 }))
            .Cell(c => c.Paragraph("KT. GIÁM ĐỐC", Center, new RunProps { Size = 14, Bold = true })
                .Paragraph("PHÓ GIÁM ĐỐC", Center, new RunProps { Size = 14, Bold = true })
                .Empty(3)
                .Paragraph("Đỗ Nguyên Đức", Center, new RunProps { Size = 14, Bold = true }))));
        return b.Build();
    }

    public ValidationResult Validate(DocumentProfile? profile = null)
    {
        using var stream = new MemoryStream(Build());
        return Validator.Validate(stream, "report.docx", new ValidationOptions { Profile = profile });
    }

    /// <summary>The findings of the page and typography rules (and any failure of one of them).</summary>
    public static Diagnostic[] Layout(ValidationResult result) =>
        result.Diagnostics
            .Where(d => d.MessageKey == "rule-failed" ? d.Arguments[0].StartsWith("AD10", StringComparison.Ordinal) : d.Id.StartsWith("AD10", StringComparison.Ordinal))
            .ToArray();

    public static string Describe(Diagnostic[] found) =>
        string.Join(" | ", found.Select(d => d.MessageKey + " " + d.ModelPath + " " + d.Location + " [" + string.Join(", ", d.Arguments) + "]"));
}

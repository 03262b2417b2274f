using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using AdminDocs.Docx.Tests.TestSupport;
using AdminDocs.Validation;

namespace AdminDocs.Docx.Tests.Rules.Style;

/// <summary>
/// A correctly formatted báo cáo as a .docx, laid out as offices do it: a borderless two-column header table (parent
/// and issuer with a drawn rule | Quốc hiệu and Tiêu ngữ with a drawn rule; Số | place and date), the tên loại and
/// trích yếu with a short drawn rule, Kính gửi, căn cứ and body paragraphs, and a borderless two-column footer table
/// (Nơi nhận | signature). Each component's formatting is a property a test changes before building.
/// </summary>
internal sealed class DocxStyleReport
{
    public static readonly Validator Validator = Validation.Validator.CreateBuilder().AddDocx().Build();

    public static readonly ImmutableArray<string> StyleIds = ImmutableArray.Create(
        "AD2003", "AD2006", "AD2103", "AD2211", "AD3010", "AD3104", "AD3108", "AD3203", "AD4004", "AD5009", "AD5010", "AD5107");

    private static readonly ParaProps Center = new() { Align = "center" };
    private static readonly ParaProps Left = new() { Align = "left" };
    private static readonly ParaProps Justify = new() { Align = "both", FirstLineCm = 1.27 };

    public RunProps Parent { get; set; } = new() { Size = 12, Bold = false };

    public RunProps Issuer { get; set; } = new() { Size = 12, Bold = true };

    public double? IssuerLineMm { get; set; } = 24;

    public RunProps NationalTitle { get; set; } = new() { Size = 12, Bold = true };

    public RunProps Motto { get; set; } = new() { Size = 13, Bold = true };

    public double? MottoLineMm { get; set; } = 60;

    public bool MottoBorder { get; set; }

    public RunProps Number { get; set; } = new() { Size = 13 };

    public ParaProps NumberPara { get; set; } = Center;

    public RunProps PlaceDate { get; set; } = new() { Size = 13, Italic = true };

    public bool PlaceDateBelowTable { get; set; }

    /// <summary>A công văn: no tên loại, a "V/v" line under the number.</summary>
    public bool Letter { get; set; }

    public RunProps Vv { get; set; } = new() { Size = 12 };

    public RunProps Title { get; set; } = new() { Size = 14, Bold = true };

    public RunProps Subject { get; set; } = new() { Size = 14, Bold = true };

    public double? SubjectLineMm { get; set; } = 40;

    public RunProps Addressees { get; set; } = new() { Size = 14 };

    public RunProps LegalBasis { get; set; } = new() { Size = 14, Italic = true };

    public RunProps Label { get; set; } = new() { Size = 12, Bold = true, Italic = true };

    public RunProps Items { get; set; } = new() { Size = 11 };

    public RunProps Titles { get; set; } = new() { Size = 14, Bold = true };

    public RunProps Name { get; set; } = new() { Size = 14, Bold = true };

    /// <summary>Put the signature in a second row of the footer table, under the Nơi nhận.</summary>
    public bool SignatureInNextRow { get; set; }

    /// <summary>A seal scan: a floating picture in the empty paragraph between the title lines and the name.</summary>
    public bool Seal { get; set; }

    public byte[] Build()
    {
        var b = new DocxBuilder()
            .DocDefaults(new RunProps { Font = "Times New Roman", Size = 14 })
            .Section(s => s.PageSize(210, 297).Margins(20, 20, 30, 15));

        b.Table(t => t.Borderless().Grid(65, 100)
            .Row(r => r
                .Cell(c =>
                {
                    c.Paragraph("UBND TỈNH BÌNH ĐỊNH", Center, Parent).Paragraph("SỞ GIAO THÔNG VẬN TẢI", Center, Issuer);
                    if (IssuerLineMm is { } issuerLine)
                    {
                        c.Paragraph(p => p.Line(issuerLine), Center);
                    }
                })
                .Cell(c =>
                {
                    c.Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Center, NationalTitle)
                        .Paragraph("Độc lập - Tự do - Hạnh phúc", Center with { BottomBorder = MottoBorder }, Motto);
                    if (MottoLineMm is { } mottoLine)
                    {
                        c.Paragraph(p => p.Line(mottoLine), Center);
                    }
                }))
            .Row(r => r
                .Cell(c =>
                {
                    c.Paragraph(Letter ? "Số: 125/SGTVT-VP" : "Số: 125/BC-SGTVT", NumberPara, Number);
                    if (Letter)
                    {
                        c.Paragraph("V/v triển khai nhiệm vụ năm 2025", Center with { BeforePt = 6 }, Vv);
                    }
                })
                .Cell(c =>
                {
                    if (!PlaceDateBelowTable)
                    {
                        c.Paragraph("Bình Định, ngày 05 tháng 12 năm 2024", Center, PlaceDate);
                    }
                })));

        if (PlaceDateBelowTable)
        {
            b.Paragraph("Bình Định, ngày 05 tháng 12 năm 2024", new ParaProps { Align = "right" }, PlaceDate);
        }

        b.Empty();
        if (!Letter)
        {
            b.Paragraph("BÁO CÁO", Center, Title).Paragraph("Kết quả hoạt động thông tin đối ngoại năm 2024", Center, Subject);
            if (SubjectLineMm is { } subjectLine)
            {
                b.Paragraph(p => p.Line(subjectLine), Center);
            }
        }

        b.Paragraph("Kính gửi: Ủy ban nhân dân tỉnh Bình Định.", Center, Addressees)
            .Paragraph("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;", Justify, LegalBasis)
            .Paragraph("Căn cứ Quyết định số 12/2021/QĐ-UBND ngày 10 tháng 5 năm 2021 của Ủy ban nhân dân tỉnh.", Justify, LegalBasis)
            .Paragraph("Thực hiện Công văn số 887/STTTT-TTBCXB ngày 25/11/2024 của Sở Thông tin và Truyền thông, Sở Giao thông vận tải báo cáo kết quả hoạt động thông tin đối ngoại năm 2024 như sau:", Justify, new RunProps { Size = 14 })
            .Paragraph("Trên đây là báo cáo kết quả hoạt động thông tin đối ngoại năm 2024 của Sở Giao thông vận tải, kính báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.", Justify, new RunProps { Size = 14 })
            .Empty();

        void Recipients(Content c) => c
            .Paragraph("Nơi nhận:", Left, Label)
            .Paragraph("- Như trên;", Left, Items)
            .Paragraph("- Sở Thông tin và Truyền thông;", Left, Items)
            .Paragraph("- Lưu: VT, VP.", Left, Items);

        void Signature(Content c)
        {
            c.Paragraph("KT. GIÁM ĐỐC", Center, Titles).Paragraph("PHÓ GIÁM ĐỐC", Center, Titles);
            if (Seal)
            {
                c.Paragraph(p => p.Image(40, 40, "Con dấu", floating: true), Center);
            }
            else
            {
                c.Empty(3);
            }

            c.Paragraph("Đỗ Nguyên Đức", Center, Name);
        }

        b.Table(t =>
        {
            t.Borderless().Grid(80, 85);
            if (SignatureInNextRow)
            {
                t.Row(r => r.Cell(Recipients).Cell(_ => { })).Row(r => r.Cell(_ => { }).Cell(Signature));
            }
            else
            {
                t.Row(r => r.Cell(Recipients).Cell(Signature));
            }
        });

        return b.Build();
    }

    public ValidationResult Validate(ValidationOptions? options = null)
    {
        using var stream = new MemoryStream(Build());
        return Validator.Validate(stream, "report.docx", options ?? Draft);
    }

    public static ValidationOptions Draft { get; } = new() { Today = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Unspecified) };

    public static ValidationOptions Issued { get; } = new() { Today = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Unspecified), Stage = ValidationStage.Issued };

    /// <summary>The findings of the style rules (and any failure of one of them).</summary>
    public Diagnostic[] StyleFindings(ValidationOptions? options = null) =>
        Validate(options).Diagnostics
            .Where(d => d.MessageKey == "rule-failed" ? StyleIds.Contains(d.Arguments[0]) : StyleIds.Contains(d.Id))
            .ToArray();

    public static string Describe(Diagnostic[] found) =>
        string.Join(" | ", found.Select(d => d.MessageKey + " " + d.ModelPath + " [" + string.Join(", ", d.Arguments) + "]"));
}

using AdminDocs.Tests.TestSupport;
using System;
using System.IO;
using System.Linq;
using AdminDocs.Docx.Tests.TestSupport;
using AdminDocs.Reading;
using AdminDocs.Recognition;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Docx.Tests.Recognition;

/// <summary>The sample report laid out as offices lay it out in Word must recognize exactly as its text version.</summary>
public class DocxRecognitionTests
{
    private static readonly RunProps Body = new() { Font = "Times New Roman", Size = 14 };
    private static readonly RunProps Bold = Body with { Bold = true };
    private static readonly ParaProps Center = new() { Align = "center" };
    private static readonly ParaProps Justify = new() { Align = "both", FirstLineCm = 1.27, AfterPt = 6 };

    private static string SamplePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "bao-cao-sgtvt-binh-dinh-2019.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("samples/bao-cao-sgtvt-binh-dinh-2019.txt");
    }

    private static string[] SampleLines() =>
        File.ReadAllLines(SamplePath()).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();

    private static string TextDump() =>
        Dump.Of(DocumentRecognizer.Recognize(PlainTextReader.ReadText(File.ReadAllText(SamplePath()))));

    /// <summary>The sample with the Số line and the date in a two-column header table and Nơi nhận and the
    /// signature in a two-column footer table.</summary>
    private static DocxBuilder SampleAsDocx(bool wordNumbering = false, bool pageNumber = false)
    {
        var lines = SampleLines();
        var number = lines[0];
        var date = lines[1];
        var recipientsAt = Array.IndexOf(lines, "Nơi nhận:");
        var signatureAt = Array.FindIndex(lines, l => l.StartsWith("**KT.", StringComparison.Ordinal));
        var b = new DocxBuilder()
            .DocDefaults(Body)
            .Table(t => t.Borderless().Grid(60, 100).Row(r => r
                .Cell(number, Center, Body)
                .Cell(date, Center, Body with { Italic = true })))
            .Empty();
        if (wordNumbering)
        {
            b.Numbering(1, new NumberingLevel("decimal", "%1."), new NumberingLevel("decimal", "%1.%2."));
        }

        for (var i = 2; i < recipientsAt; i++)
        {
            var line = lines[i];
            if (i <= 4)
            {
                b.Paragraph(line, Center, Bold);
            }
            else if (wordNumbering && System.Text.RegularExpressions.Regex.Match(line, @"^(\d+)\.(\d+\.)?\s") is { Success: true } m)
            {
                b.Paragraph(line.Substring(m.Length), Justify with { NumId = 1, Level = m.Groups[2].Success ? 1 : 0 }, Bold);
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal) && wordNumbering)
            {
                b.Numbering(2, new NumberingLevel("bullet", "-"));
                b.Paragraph(line.Substring(2), Justify with { NumId = 2 }, Body);
            }
            else
            {
                b.Paragraph(line, Justify, Body);
            }
        }

        var recipients = lines.Skip(recipientsAt).Take(signatureAt - recipientsAt).ToArray();
        var signature = lines.Skip(signatureAt).Select(l => l.Replace("**", string.Empty)).ToArray();
        b.Table(t => t.Borderless().Grid(80, 90).Row(r => r
            .Cell(c =>
            {
                c.Paragraph(recipients[0], null, Bold with { Italic = true, Size = 12 });
                foreach (var item in recipients.Skip(1))
                {
                    c.Paragraph(item, null, Body with { Size = 11 });
                }
            })
            .Cell(c =>
            {
                c.Paragraph(p => p.Text(signature[0], Bold).Break().Text(signature[1], Bold), Center);
                c.Empty(3);
                c.Paragraph(signature[2], Center, Bold);
            })));
        b.Section(s =>
        {
            s.PageSize(210, 297).Margins(20, 20, 30, 15);
            if (pageNumber)
            {
                s.Header(h => h.Paragraph(p => p.PageField(), Center));
            }
        });
        return b;
    }

    [Fact]
    public void The_sample_in_header_and_footer_tables_recognizes_as_the_text_version()
    {
        var source = SampleAsDocx().Read();
        source.Diagnostics.Should().BeEmpty();
        var docx = Dump.Of(DocumentRecognizer.Recognize(source));
        docx.Should().Be(TextDump());
    }

    [Fact]
    public void The_validator_reads_docx_files()
    {
        var validator = Validator.CreateBuilder().AddDocx().Build();
        using var stream = new MemoryStream(SampleAsDocx().Build());
        var result = validator.Validate(stream, "bao-cao.docx");
        result.Format.Should().Be("docx");
        result.Diagnostics.Should().NotContain(d => d.Descriptor.Id == "AD0001" || d.Descriptor.Id == "AD0004");
        Dump.Of(result.Document).Should().Be(TextDump());
        result.Source!.Sections.Single().MarginLeftMm.Should().BeApproximately(30, 0.1);
    }

    [Fact]
    public void Page_header_blocks_do_not_disturb_recognition()
    {
        var source = SampleAsDocx(pageNumber: true).Read();
        source.Sections.Single().PageNumbers.Should().ContainSingle();
        Dump.Of(DocumentRecognizer.Recognize(source)).Should().Be(TextDump());
    }

    [Fact]
    public void Word_numbered_sections_give_the_same_body_as_typed_labels()
    {
        var typed = DocumentRecognizer.Recognize(SampleAsDocx().Read());
        var numbered = DocumentRecognizer.Recognize(SampleAsDocx(wordNumbering: true).Read());
        Body(numbered).Should().Be(Body(typed));

        static string Body(AdminDocument d)
        {
            var dump = Dump.Of(d);
            return string.Join("\n", dump.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void A_header_aligned_with_tabs_is_recognized()
    {
        var tabs = new ParaProps { Tabs = new[] { ("center", 3.5), ("center", 11.5) } };
        var source = new DocxBuilder()
            .DocDefaults(Body)
            .Paragraph(p => p.Tab().Text("UBND TỈNH BÌNH ĐỊNH").Tab().Text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Bold), tabs)
            .Paragraph(p => p.Tab().Text("SỞ GIAO THÔNG VẬN TẢI", Bold).Tab().Text("Độc lập - Tự do - Hạnh phúc", Bold), tabs)
            .Empty()
            .Paragraph(p => p.Tab().Text("Số: 123/BC-SGTVT").Tab().Text("Bình Định, ngày 10 tháng 11 năm 2019", Body with { Italic = true }), tabs)
            .Paragraph("BÁO CÁO", Center, Bold)
            .Paragraph("Kết quả hoạt động thông tin đối ngoại năm 2019", Center, Bold)
            .Paragraph("Sở Giao thông vận tải báo cáo như sau:", Justify)
            .Paragraph("1. Kết quả", Justify, Bold)
            .Paragraph("Nội dung báo cáo.", Justify)
            .Read();
        source.Blocks[0].Text.Should().Be("UBND TỈNH BÌNH ĐỊNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        var d = DocumentRecognizer.Recognize(source);
        d.NationalTitle!.Text.Should().Be("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Dump.Of(d));
        d.Motto!.Text.Should().Be("Độc lập - Tự do - Hạnh phúc");
        d.IssuingAgency!.Text.Should().EndWith("SỞ GIAO THÔNG VẬN TẢI");
        d.Number!.Text.Should().Be("Số: 123/BC-SGTVT");
        d.PlaceDate!.Day.Should().Be(10);
        d.Kind.Should().Be(DocumentKind.Report);
    }

    [Fact]
    public void A_tab_aligned_header_splits_parent_and_issuer_by_bold()
    {
        var tabs = new ParaProps { Tabs = new[] { ("center", 3.5), ("center", 11.5) } };
        var d = DocumentRecognizer.Recognize(new DocxBuilder()
            .DocDefaults(Body)
            .Paragraph(p => p.Tab().Text("UBND TỈNH BÌNH ĐỊNH").Tab().Text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Bold), tabs)
            .Paragraph(p => p.Tab().Text("SỞ GIAO THÔNG VẬN TẢI", Bold).Tab().Text("Độc lập - Tự do - Hạnh phúc", Bold), tabs)
            .Paragraph("BÁO CÁO", Center, Bold)
            .Read());
        d.ParentAgency!.Text.Should().Be("UBND TỈNH BÌNH ĐỊNH");
        d.IssuingAgency!.Text.Should().Be("SỞ GIAO THÔNG VẬN TẢI");
    }
}

using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Docx.Tests.Writing;

/// <summary>LibreOffice opens what the writer writes and prints the layout Phụ lục I draws (one soffice at a time).</summary>
[Collection(nameof(SerialLibreOffice))]
public class LibreOfficeTests
{
    [Fact]
    public void Sample_report_prints_on_two_pages_with_the_header_and_footer_columns()
    {
        var pdf = LibreOffice.ToPdf(DocxWriter.ToBytes(WrittenDocuments.Sample()), "bao-cao");

        LibreOffice.PageCount(pdf).Should().Be(2);
        var page1 = LibreOffice.PageText(pdf, 1);
        RightOf(page1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ GIAO THÔNG VẬN TẢI");
        RightOf(page1, "Độc lập - Tự do - Hạnh phúc", "SỞ GIAO THÔNG VẬN TẢI");
        RightOf(page1, "Bình Định, ngày 05 tháng 12 năm 2024", "Số: 215/BC-SGTVT");
        FirstLine(page1).Should().Contain("UBND TỈNH BÌNH ĐỊNH", "page 1 shows no page number above the header");

        var page2 = LibreOffice.PageText(pdf, 2);
        FirstLine(page2).Trim().Should().Be("2", "the page number is centered at the top from page 2");
        RightOf(page2, "KT. GIÁM ĐỐC", "Nơi nhận:");
        RightOf(page2, "Đỗ Nguyên Đức", "- Sở Thông tin và Truyền thông;");
    }

    [Fact]
    public void Official_letter_prints_its_V_v_under_the_number_and_the_signature_right_of_the_recipients()
    {
        var model = WritingAssets.Recognize("corpus/18-cong-van-vv.txt");
        var pdf = LibreOffice.ToPdf(DocxWriter.ToBytes(model), "cong-van");

        LibreOffice.PageCount(pdf).Should().BeGreaterThanOrEqualTo(1);
        var all = string.Join("\n", Enumerable.Range(1, LibreOffice.PageCount(pdf)).Select(p => LibreOffice.PageText(pdf, p)));
        RightOf(LibreOffice.PageText(pdf, 1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ NỘI VỤ");
        all.Should().Contain("V/v rà soát");
        RightOf(all, "KT. GIÁM ĐỐC", "Nơi nhận:");
    }

    [Fact]
    public void Tt01_document_numbers_its_pages_bottom_right()
    {
        var model = WritingAssets.Recognize("corpus/34-quyet-dinh-tt01-2019.txt");
        var long_ = model with { Body = new Body { Nodes = model.Body.Nodes.AddRange(Enumerable.Range(1, 40).Select(i => (BodyNode)new Paragraph($"Đoạn bổ sung thứ {i} để văn bản sang trang thứ hai, kiểm tra số trang ở chân trang bên phải."))) } };
        var pdf = LibreOffice.ToPdf(DocxWriter.ToBytes(long_), "tt01");

        LibreOffice.PageCount(pdf).Should().BeGreaterThanOrEqualTo(2);
        var page2 = LibreOffice.PageText(pdf, 2).TrimEnd('\n', '\f', ' ').Split('\n');
        var last = page2[page2.Length - 1];
        last.Trim().Should().Be("2");
        last.IndexOf('2', StringComparison.Ordinal).Should().BeGreaterThan(60, "the number sits at the right of the footer: " + last);
        FirstLine(LibreOffice.PageText(pdf, 2)).Trim().Should().NotBe("2");
    }

    [Fact]
    public void Appendices_start_new_pages_numbered_from_1()
    {
        var pdf = LibreOffice.ToPdf(DocxWriter.ToBytes(WrittenDocuments.SampleWithAppendices()), "phu-luc");

        LibreOffice.PageCount(pdf).Should().Be(4, "two pages of report, then one page per appendix");
        LibreOffice.PageText(pdf, 3).Should().Contain("Phụ lục I").And.Contain("DANH MỤC TIN BÀI ĐÃ ĐĂNG NĂM 2024");
        LibreOffice.PageText(pdf, 4).Should().Contain("Phụ lục II");
        FirstLine(LibreOffice.PageText(pdf, 3)).Should().Contain("Phụ lục I", "an appendix's first page shows no number");
    }

    [Fact]
    public void Regenerate_the_docs_image_of_page_1()
    {
        // docs/images/bao-cao-page1.png: page 1 of the sample report as LibreOffice prints it (Liberation Serif
        // stands in for Times New Roman). Written only when ADMINDOCS_WRITE_DOCS_IMAGES=1 (see docs/writer.md).
        var pdf = LibreOffice.ToPdf(DocxWriter.ToBytes(WrittenDocuments.Sample()), "bao-cao-page1");
        var png = Path.Combine(Path.GetDirectoryName(pdf)!, "bao-cao-page1.png");
        LibreOffice.RenderFirstPage(pdf, png, 80);
        new FileInfo(png).Length.Should().BeGreaterThan(10_000);

        if (Environment.GetEnvironmentVariable("ADMINDOCS_WRITE_DOCS_IMAGES") == "1")
        {
            var repo = RepositoryRoot();
            File.Copy(png, Path.Combine(repo, "docs", "images", "bao-cao-page1.png"), overwrite: true);
        }
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", ".."));

    private static string FirstLine(string page) => page.Split('\n').First(l => l.Trim().Length > 0);

    /// <summary>Asserts that <paramref name="right"/> starts to the right of where <paramref name="left"/> ends, in
    /// the columns of the printed page.</summary>
    private static void RightOf(string page, string right, string left)
    {
        var lines = page.Split('\n');
        var r = lines.Select(l => l.IndexOf(right, StringComparison.Ordinal)).FirstOrDefault(i => i >= 0, -1);
        var l = lines.Select(x => (Index: x.IndexOf(left, StringComparison.Ordinal), Line: x)).FirstOrDefault(x => x.Index >= 0);
        r.Should().BeGreaterThanOrEqualTo(0, "\"" + right + "\" is printed:\n" + page);
        l.Line.Should().NotBeNull("\"" + left + "\" is printed:\n" + page);
        r.Should().BeGreaterThan(l.Index + left.Length - 1, "\"" + right + "\" is right of \"" + left + "\":\n" + page);
    }
}

[CollectionDefinition(nameof(SerialLibreOffice), DisableParallelization = true)]
public sealed class SerialLibreOffice
{
}

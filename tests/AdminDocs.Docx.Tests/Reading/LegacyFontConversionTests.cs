using System;
using System.IO;
using System.Linq;
using AdminDocs.Docx.Tests.TestSupport;
using AdminDocs.Reading;
using AdminDocs.Text.Encodings;
using CsCheck;
using DocumentFormat.OpenXml.Packaging;
using FluentAssertions;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace AdminDocs.Docx.Tests.Reading;

public class LegacyFontConversionTests
{
    [Fact]
    public void Legacy_font_runs_become_Unicode_in_Times_New_Roman_and_nothing_else_changes()
    {
        var bytes = new DocxBuilder()
            .ParagraphStyle("Legacy", "Legacy", run: new RunProps { Font = ".VnTime" })
            .Paragraph("Uû ban nh©n d©n", run: new RunProps { Font = ".VnTimeH" })
            .Paragraph("Céng hoµ x· héi chñ nghÜa ViÖt Nam", run: new RunProps { Font = ".VnTime" })
            .Paragraph("Coäng hoøa xaõ hoäi", run: new RunProps { Font = "VNI-Times" })
            .Paragraph("B¸o c¸o kÕt qu¶", para: new ParaProps { Style = "Legacy" })
            .Paragraph("Hà Nội, ngày 5 tháng 3 năm 2024", run: new RunProps { Font = ".VnTime" })
            .Paragraph("12", run: new RunProps { Font = ".VnTime" })
            .Paragraph("Unicode á ©", run: new RunProps { Font = "Times New Roman" })
            .Build();

        using var output = new MemoryStream();
        var result = DocxLegacyFonts.Convert(new MemoryStream(bytes), output);

        result.Tcvn3Runs.Should().Be(4, "three legacy runs, and the ASCII run in .VnTime joins them");
        result.VniRuns.Should().Be(1);
        result.UnicodeRunsLeft.Should().Be(1);
        output.Position = 0;
        using var doc = WordprocessingDocument.Open(output, false);
        var paragraphs = doc.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>().ToList();
        paragraphs.Select(p => p.InnerText).Should().Equal(
            "UỶ BAN NHÂN DÂN",
            "Cộng hoà xã hội chủ nghĩa Việt Nam",
            "Cộng hòa xã hội",
            "Báo cáo kết quả",
            "Hà Nội, ngày 5 tháng 3 năm 2024",
            "12",
            "Unicode á ©");
        string? Font(int i) => paragraphs[i].Descendants<W.Run>().First().RunProperties?.RunFonts?.Ascii?.Value;
        Enumerable.Range(0, 4).Select(Font).Should().OnlyContain(f => f == "Times New Roman");
        Font(4).Should().Be(".VnTime", "a Unicode run in a legacy font is left as it is");
        Font(5).Should().Be("Times New Roman", "ASCII in a lower-case legacy font joins a conversion (its text reads the same)");

        output.Position = 0;
        var read = new DocxReader().Read(output, "converted.docx", ReaderLimits.Default, default);
        read.Diagnostics.Where(d => d.Descriptor.Id == "AD0003").Should().BeEmpty("the legacy text is Unicode now; the Unicode run left in .VnTime holds no legacy character");
    }

    [Fact]
    public void The_TCVN3_fixture_converts_whole_and_its_soft_hyphens_become_u_horn()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestAssets", "docx", "legacy-font-vntime.docx");
        using var output = new MemoryStream();
        var result = DocxLegacyFonts.Convert(File.OpenRead(path), output);

        result.Tcvn3Runs.Should().BeGreaterThan(30);
        var text = string.Join("\n", Read(output.ToArray()));
        text.Should().Contain("UBND TỈNH BÌNH ĐỊNH").And.Contain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").And.Contain("Độc lập - Tự do - Hạnh phúc")
            .And.Contain("chủ trương, đường lối của Đảng").And.Contain("Nhà nước").And.Contain("người lao động");
        VietnameseEncodings.Detect(text).Should().BeNull("no line looks legacy-encoded any more");
    }

    [Fact]
    public void A_document_without_legacy_fonts_is_reported_unchanged()
    {
        var bytes = new DocxBuilder().Paragraph("Cộng hoà xã hội chủ nghĩa Việt Nam").Build();
        using var output = new MemoryStream();
        DocxLegacyFonts.Convert(new MemoryStream(bytes), output).Changed.Should().BeFalse();
    }

    [Fact]
    public void Text_whose_letters_read_as_Vietnamese_either_way_follows_the_rest_of_the_document()
    {
        var legacy = new DocxBuilder()
            .Paragraph("Céng hoµ x· héi", run: new RunProps { Font = ".VnTime" })
            .Paragraph("Sè: 215/BC", run: new RunProps { Font = ".VnTime" })
            .Build();
        using var output = new MemoryStream();
        DocxLegacyFonts.Convert(new MemoryStream(legacy), output).Tcvn3Runs.Should().Be(2);
        output.Position = 0;
        using (var doc = WordprocessingDocument.Open(output, false))
        {
            doc.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>().Last().InnerText.Should().Be("Số: 215/BC");
        }

        var unicode = new DocxBuilder().Paragraph("các", run: new RunProps { Font = ".VnTime" }).Build();
        using var output2 = new MemoryStream();
        var result = DocxLegacyFonts.Convert(new MemoryStream(unicode), output2);
        result.Changed.Should().BeFalse("nothing in the document proves it legacy-encoded");
        result.UnicodeRunsLeft.Should().Be(1);
    }

    [Fact]
    public void A_page_number_in_VnTime_in_a_Unicode_document_is_left_alone()
    {
        var bytes = new DocxBuilder()
            .Paragraph("Cộng hoà xã hội chủ nghĩa Việt Nam")
            .Paragraph("2", run: new RunProps { Font = ".VnTime" })
            .Build();
        using var output = new MemoryStream();
        DocxLegacyFonts.Convert(new MemoryStream(bytes), output).Changed.Should().BeFalse();
        output.Position = 0;
        using var doc = WordprocessingDocument.Open(output, false);
        doc.MainDocumentPart!.Document!.Body!.Descendants<W.Run>().Last().RunProperties!.RunFonts!.Ascii!.Value.Should().Be(".VnTime");
    }

    [Theory]
    [InlineData("20_sct_quyet-dinh-doan-kiem-tra-hoa-chat.docx")]
    [InlineData("14_sct_bao-cao-ubnd-dinh-ky-vlncn-2025.docx")]
    [InlineData("27_sct_to-trinh-vbqppl-tien-chat-thuoc-no.docx")]
    public void On_real_documents_only_text_with_legacy_characters_changes(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestAssets", "real", "docx", name);
        if (!File.Exists(path))
        {
            return;
        }

        var before = Read(File.ReadAllBytes(path));
        using var output = new MemoryStream();
        DocxLegacyFonts.Convert(File.OpenRead(path), output);
        var after = Read(output.ToArray());

        after.Should().HaveCount(before.Count);
        var letters = VietnameseEncodings.AllLetters.ToHashSet();
        for (var i = 0; i < before.Count; i++)
        {
            if (before[i] != after[i])
            {
                before[i].Should().Match(t => t.Any(c => c >= 0x80 && c <= 0xFF && !letters.Contains(c.ToString())),
                    $"only text with a legacy character may change; block {i}: \"{before[i]}\" -> \"{after[i]}\"");
            }
        }
    }

    [Fact]
    public void The_real_document_whose_page_number_field_inherits_VnTime_has_no_legacy_text()
    {
        // Its Normal style is .VnTime: the PAGE field of its header (and any run without a font) inherits it.
        var path = Path.Combine(AppContext.BaseDirectory, "TestAssets", "real", "docx", "20_sct_quyet-dinh-doan-kiem-tra-hoa-chat.docx");
        using (var stream = File.OpenRead(path))
        {
            new DocxReader().Read(stream, "20.docx", ReaderLimits.Default, default).Diagnostics.Should().NotContain(d => d.Id == "AD0003");
        }

        using var output = new MemoryStream();
        using var input = File.OpenRead(path);
        DocxLegacyFonts.Convert(input, output).Changed.Should().BeFalse();
    }

    [Fact]
    public void Converting_a_Unicode_document_changes_nothing_whatever_its_fonts()
    {
        // Real Vietnamese words (every word carries a letter above U+00FF or none beyond ASCII), in any font.
        var words = Gen.OneOf("Cộng", "hòa", "xã", "hội", "chủ", "nghĩa", "Việt", "Nam", "Độc", "lập", "Tự", "do", "Hạnh", "phúc",
            "Số:", "12/BC-SGTVT", "Kính", "gửi:", "Ủy", "ban", "nhân", "dân", "tỉnh", "Bình", "Định", "ngày", "05", "tháng", "năm", "2024",
            "Nơi", "nhận:", "Lưu:", "VT", "-----", "PHÓ", "GIÁM", "ĐỐC", "Đỗ", "Nguyên", "Đức", "25°C", "2");
        var fonts = Gen.OneOf("Times New Roman", ".VnTime", ".VnTimeH", "VNI-Times", "Arial");
        Gen.Select(words.Array[1, 8], fonts).Array[1, 6].Sample(paragraphs =>
        {
            var builder = new DocxBuilder();
            foreach (var (text, font) in paragraphs)
            {
                // A capital font shows lower-case ASCII as capitals (text to convert): Unicode text in it is typed in capitals.
                var line = string.Join(" ", text);
                builder.Paragraph(font == ".VnTimeH" ? line.ToUpperInvariant() : line, run: new RunProps { Font = font });
            }

            var bytes = builder.Build();
            using var output = new MemoryStream();
            var result = DocxLegacyFonts.Convert(new MemoryStream(bytes), output);
            result.Changed.Should().BeFalse();
            Read(output.ToArray()).Should().Equal(Read(bytes));
            using var again = new MemoryStream(bytes);
            new DocxReader().Read(again, "x.docx", ReaderLimits.Default, default).Diagnostics.Should().NotContain(d => d.Id == "AD0003");
        }, iter: 60);
    }

    private static System.Collections.Generic.List<string> Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return new DocxReader().Read(stream, "x.docx", ReaderLimits.Default, default).Blocks.Select(b => b.Text).ToList();
    }
}

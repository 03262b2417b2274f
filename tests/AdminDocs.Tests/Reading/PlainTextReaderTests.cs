using System.IO;
using System.Linq;
using System.Text;
using AdminDocs.Reading;
using AdminDocs.Sources;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Reading;

public class PlainTextReaderTests
{
    private static SourceDocument Read(byte[] bytes, ReaderLimits? limits = null) =>
        new PlainTextReader().Read(new MemoryStream(bytes), "x.txt", limits ?? ReaderLimits.Default, default);

    private static SourceDocument Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    [Theory]
    [InlineData("Số: 05/BC-SNV\nBÁO CÁO\n")]
    [InlineData("Số: 05/BC-SNV\r\nBÁO CÁO\r\n")]
    [InlineData("Số: 05/BC-SNV\rBÁO CÁO")]
    public void Reads_LF_CRLF_and_CR_line_ends(string text)
    {
        var doc = Read(text);
        doc.Blocks.Select(b => b.Text).Should().Equal("Số: 05/BC-SNV", "BÁO CÁO");
        doc.Blocks[1].Location.Line.Should().Be(2);
        doc.Diagnostics.Should().BeEmpty();
        doc.Facts.Should().Be(SourceFacts.Text, "plain text never feeds the layout rules");
    }

    [Fact]
    public void Reads_UTF8_with_a_byte_order_mark_and_UTF16_with_one()
    {
        var withBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Hà Nội")).ToArray();
        Read(withBom).Blocks.Single().Text.Should().Be("Hà Nội");
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Hà Nội")).ToArray();
        Read(utf16).Blocks.Single().Text.Should().Be("Hà Nội");
    }

    [Fact]
    public void Counts_blank_lines_and_keeps_columns_of_indented_text()
    {
        var doc = Read("a\n\n\n   Bình Định");
        doc.Blocks[1].BlankLinesBefore.Should().Be(2);
        doc.Blocks[1].Location.Should().Be(new SourceLocation(4, 4));
        doc.Blocks[1].LocationAt(5).Column.Should().Be(9);
    }

    [Fact]
    public void Strips_emphasis_across_the_lines_of_a_paragraph_and_keeps_it_as_formatting()
    {
        var doc = Read("**KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC**\n\nĐỗ Nguyên *Đức*");
        doc.Blocks.Select(b => b.Text).Should().Equal("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đỗ Nguyên Đức");
        doc.Blocks[0].Runs.Should().ContainSingle().Which.Format.Bold.Should().BeTrue();
        doc.Blocks[0].Location.Column.Should().Be(3, "the first character after the markers");
        doc.Blocks[2].Runs[^1].Should().Be(new TextRun("Đức", new RunFormat { Bold = false, Italic = true }));
        doc.Blocks[2].LocationAt(10).Column.Should().Be(12, "the column map skips the removed '*'");
    }

    [Theory]
    [InlineData("-------")]
    [InlineData("***")]
    [InlineData("* * *")]
    [InlineData("___")]
    [InlineData("*")]
    [InlineData("a * b * c")]
    [InlineData("ma_so_thue = 5")]
    [InlineData("2 * 3 = 6")]
    [InlineData("**không đóng")]
    [InlineData("# Tiêu đề không phải Markdown")]
    [InlineData("[liên kết](http://x)")]
    public void Typed_separators_and_other_markdown_stay_text(string line)
    {
        Read(line).Blocks.Single().Text.Should().Be(line);
    }

    [Fact]
    public void Emphasis_never_crosses_a_blank_line()
    {
        var doc = Read("**mở\n\nđóng**");
        doc.Blocks.Select(b => b.Text).Should().Equal("**mở", "đóng**");
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_give_AD0001_and_no_guess()
    {
        // "Hà Nội" in Windows-1258 is not valid UTF-8.
        var doc = Read(new byte[] { 0x48, 0xE0, 0x20, 0x4E, 0xF4, 0xD2, 0x69 });
        doc.Blocks.Should().BeEmpty();
        var d = doc.Diagnostics.Should().ContainSingle().Subject;
        d.Id.Should().Be("AD0001");
        d.MessageKey.Should().Be("AD0001.invalid-utf8");
        d.GetMessage(AdminDocs.Validation.MessageLanguage.English).Should().Contain("offset 1").And.Contain("UTF-8");
    }

    [Fact]
    public void Binary_content_gives_AD0001()
    {
        var doc = Read(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 });
        doc.Diagnostics.Single().MessageKey.Should().Be("AD0001.binary");
    }

    [Fact]
    public void Text_in_a_legacy_TCVN3_encoding_gives_AD0003_with_its_place()
    {
        var doc = Read("Sở Nội vụ\nB¸o c¸o kÕt qu¶ c«ng t¸c n¨m 2015\nBaùo caùo keát quaû coâng taùc");
        var legacy = doc.Diagnostics.Where(d => d.Id == "AD0003").ToList();
        legacy.Should().HaveCount(2);
        legacy[0].Location!.Line.Should().Be(2);
        legacy[0].Arguments[0].Should().StartWith("TCVN3");
        legacy[1].Arguments[0].Should().Be("VNI");
        doc.Blocks.Should().HaveCount(3, "the text is kept as it is; converting it is the user's decision");
    }

    [Fact]
    public void Consecutive_legacy_lines_are_one_finding_with_their_count_and_evidence()
    {
        var doc = Read("Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\n\n-------\nB¸o c¸o kÕt qu¶\nHà Nội\nc«ng t¸c n¨m 2015");
        var legacy = doc.Diagnostics.Where(d => d.Id == "AD0003").ToList();
        legacy.Should().HaveCount(2, "a Unicode line (line 6) ends the first stretch");
        legacy[0].MessageKey.Should().Be("AD0003.lines");
        legacy[0].Location!.Line.Should().Be(1);
        legacy[0].Arguments.Take(2).Should().Equal("TCVN3 (ABC)", "3");
        legacy[0].Arguments[2].Should().Be("µ · ñ Ü Ö §");
        legacy[0].GetMessage(MessageLanguage.English).Should().Contain("3 line(s)").And.Contain("µ · ñ Ü Ö §");
        legacy[1].Location!.Line.Should().Be(7);
    }

    [Theory]
    [InlineData("Ø×H=3,5×3,5 m; N=22kW")]
    [InlineData("Nhiệt độ 25°C, độ ẩm 80%")]
    [InlineData("Theo Điều 5 § 2 của Hiệp định «Thương mại»")]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    public void Ordinary_Vietnamese_with_symbols_is_not_taken_for_a_legacy_encoding(string line)
    {
        Read(line).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Decomposed_text_is_normalized_to_NFC_and_reported_once_as_AD0006()
    {
        var nfd = "Hà Nội\nBình Định".Normalize(NormalizationForm.FormD);
        var doc = Read(nfd);
        doc.Blocks.Select(b => b.Text).Should().Equal("Hà Nội", "Bình Định");
        doc.Blocks.All(b => b.Text.IsNormalized(NormalizationForm.FormC)).Should().BeTrue();
        var d = doc.Diagnostics.Should().ContainSingle().Subject;
        d.Id.Should().Be("AD0006");
        d.Arguments.Should().Equal("2");
    }

    [Fact]
    public void A_file_over_the_size_limit_gives_AD0002_and_is_not_read()
    {
        var doc = Read(Encoding.UTF8.GetBytes(new string('a', 2000)), new ReaderLimits { MaxInputBytes = 1000 });
        doc.Blocks.Should().BeEmpty();
        doc.Diagnostics.Single().MessageKey.Should().Be("AD0002.file-too-large");
    }

    [Fact]
    public void Too_many_lines_stop_reading_safely_with_AD0002()
    {
        var text = string.Join("\n", Enumerable.Range(1, 50).Select(i => "dòng " + i));
        var doc = Read(Encoding.UTF8.GetBytes(text), new ReaderLimits { MaxBlocks = 10 });
        doc.Blocks.Should().HaveCount(10);
        doc.Diagnostics.Single().MessageKey.Should().Be("AD0002.too-many-blocks");
    }

    [Fact]
    public void An_empty_file_is_an_empty_document()
    {
        var doc = Read(System.Array.Empty<byte>());
        doc.Blocks.Should().BeEmpty();
        doc.Diagnostics.Should().BeEmpty();
    }
}

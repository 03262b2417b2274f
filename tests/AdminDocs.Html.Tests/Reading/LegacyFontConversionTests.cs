using System.IO;
using System.Linq;
using System.Text;
using AdminDocs.Html.Tests.TestSupport;
using AdminDocs.Text.Encodings;
using CsCheck;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Html.Tests.Reading;

public class LegacyFontConversionTests
{
    private const string Page =
        "<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>B¸o c¸o</title>" +
        "<style>.old { font-family: \".VnTime\", serif; color: red } .caps { font-family: .VnTimeH }</style></head><body>" +
        "<p class=\"caps\">uû ban nh©n d©n</p>" +
        "<p class=\"old\">B¸o c¸o kÕt qu¶ <b>ho¹t ®éng</b> n¨m 2015</p>" +
        "<p style=\"font-family: VNI-Times; font-size: 13pt\">Coäng hoøa xaõ hoäi</p>" +
        "<p><font face=\".VnTime\">Sè</font> 12</p>" +
        "<p class=\"old\">Hà Nội đã có dấu</p>" +
        "<p style=\"font-family: Arial\">Cộng hòa &amp; B¸o</p>" +
        "</body></html>";

    [Fact]
    public void Legacy_font_text_becomes_Unicode_and_the_legacy_font_names_Times_New_Roman()
    {
        var result = HtmlLegacyFonts.Convert(Page, out var html);

        result.Tcvn3Texts.Should().Be(5, "the capitals, three runs of the report line and Sè (TCVN3 is proven on the page)");
        result.VniTexts.Should().Be(1);
        result.UnicodeTextsLeft.Should().Be(1, "the Unicode text in .VnTime is left as it is");
        result.FontDeclarations.Should().Be(4);
        var source = HtmlTest.Read(html);
        source.Blocks.Select(b => b.Text).Should().Equal(
            "UỶ BAN NHÂN DÂN",
            "Báo cáo kết quả hoạt động năm 2015",
            "Cộng hòa xã hội",
            "Số 12",
            "Hà Nội đã có dấu",
            "Cộng hòa & B¸o");
        source.Diagnostics.Where(d => d.Id == "AD0003").Should().BeEmpty();
        html.Should().Contain("font-family: 'Times New Roman', serif; color: red").And.Contain("face=\"Times New Roman\"")
            .And.Contain("font-family: 'Times New Roman'; font-size: 13pt").And.Contain("<title>B¸o c¸o</title>", "only the body's text in a legacy font is converted")
            .And.Contain("charset=\"utf-8\"").And.NotContain(".VnTime").And.NotContain("VNI-Times");
    }

    [Fact]
    public void The_bytes_of_a_page_are_decoded_by_its_charset_and_written_as_UTF8()
    {
        var bytes = Encoding.Latin1.GetBytes(Page.Replace("Hà Nội đã có dấu", "Ha Noi").Replace("Cộng hòa", "Cong hoa"));
        using var output = new MemoryStream();
        var result = HtmlLegacyFonts.Convert(new MemoryStream(bytes), output);
        result.Changed.Should().BeTrue();
        var text = Encoding.UTF8.GetString(output.ToArray());
        text.Should().Contain("Báo cáo kết quả").And.Contain("UỶ BAN NHÂN DÂN");
    }

    [Fact]
    public void A_page_in_a_legacy_font_with_only_numbers_or_Unicode_is_written_back_byte_for_byte()
    {
        var page = "<p style=\"font-family:.VnTime\">12</p><p style=\"font-family:.VnTime\">Cộng hòa</p><p style=\"font-family:.VnTime\">Sè</p>";
        var bytes = Encoding.UTF8.GetBytes(page);
        using var output = new MemoryStream();
        var result = HtmlLegacyFonts.Convert(new MemoryStream(bytes), output);
        result.Changed.Should().BeFalse("\"Sè\" reads as Vietnamese either way and nothing on the page proves TCVN3");
        output.ToArray().Should().Equal(bytes);
    }

    [Fact]
    public void Converting_a_Unicode_page_changes_nothing()
    {
        var letters = Gen.OneOf(VietnameseEncodings.AllLetters.Select(l => l[0]).Concat("abc xyz,.;:-–()0123456789&<>\"'ĐđơƯ©§°".ToCharArray()).ToArray());
        var fonts = Gen.OneOf("Times New Roman", ".VnTime", "VNI-Times", ".VnTimeH", "Arial");
        Gen.Select(Gen.String[letters, 0, 40], fonts).Array[1, 5].Sample(paragraphs =>
        {
            var page = "<html><body>" + string.Concat(paragraphs.Select(p =>
                "<p style=\"font-family:" + p.Item2 + "\">" + System.Net.WebUtility.HtmlEncode(Unicode(p.Item1)) + "</p>")) + "</body></html>";
            var bytes = Encoding.UTF8.GetBytes(page);
            using var output = new MemoryStream();
            HtmlLegacyFonts.Convert(new MemoryStream(bytes), output).Changed.Should().BeFalse(page);
            output.ToArray().Should().Equal(bytes);
        });
    }

    // Unicode Vietnamese: every run of the generated text holds a letter above U+00FF, as real Unicode Vietnamese does.
    private static string Unicode(string text) => text + " Việt";
}

using System.Linq;
using System.Text;
using AdminDocs.Html.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Html.Tests.Reading;

/// <summary>The encoding comes from a byte-order mark or the declared charset, never from a guess.</summary>
public class EncodingTests
{
    private const string Text = "Độc lập - Tự do - Hạnh phúc";

    [Fact]
    public void Utf8_with_or_without_a_declaration_or_bom()
    {
        HtmlTest.ReadBytes(HtmlTest.Utf8("<p>" + Text + "</p>")).Blocks.Single().Text.Should().Be(Text);
        HtmlTest.ReadBytes(HtmlTest.Utf8("<meta charset=\"UTF-8\"><p>" + Text + "</p>")).Blocks.Single().Text.Should().Be(Text);
        HtmlTest.ReadBytes(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(HtmlTest.Utf8("<p>" + Text + "</p>")).ToArray()).Blocks.Single().Text.Should().Be(Text);
    }

    [Fact]
    public void Utf16_with_a_bom()
    {
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("<p>" + Text + "</p>")).ToArray();
        HtmlTest.ReadBytes(bytes).Blocks.Single().Text.Should().Be(Text);
    }

    [Fact]
    public void Windows_1252_as_Word_saves_a_filtered_page_with_character_references()
    {
        // Word writes Vietnamese letters outside Windows-1252 as references and the rest as single bytes.
        var ascii = "<meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\"><p>&#272;&#7897;c l&#7853;p - T&#7921; do - H&#7841;nh ph\u00FAc \u0093x\u0094</p>";
        var bytes = ascii.Select(c => c == '\u0093' ? (byte)0x93 : c == '\u0094' ? (byte)0x94 : (byte)c).ToArray();
        HtmlTest.ReadBytes(bytes).Blocks.Single().Text.Should().Be(Text + " \u201Cx\u201D");
    }

    [Theory]
    [InlineData("windows-1258")]
    [InlineData("x-viet-tcvn5712")]
    [InlineData("viscii")]
    public void A_legacy_Vietnamese_code_page_is_never_converted_silently(string charset)
    {
        var source = HtmlTest.ReadBytes(HtmlTest.Utf8($"<meta charset=\"{charset}\"><p>x</p>"));
        source.Blocks.Should().BeEmpty();
        var d = source.Diagnostics.Should().ContainSingle().Subject;
        d.MessageKey.Should().Be("AD0001.unsupported-charset");
        d.Arguments.Should().Equal(charset);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_give_AD0001_with_the_offset()
    {
        var bytes = HtmlTest.Utf8("<p>B").Concat(new byte[] { 0xE1, 0x6F }).Concat(HtmlTest.Utf8("</p>")).ToArray();
        var d = HtmlTest.ReadBytes(bytes).Diagnostics.Should().ContainSingle().Subject;
        d.MessageKey.Should().Be("AD0001.invalid-utf8");
        d.Arguments.Should().Equal("4");
    }

    [Fact]
    public void Text_typed_in_a_legacy_font_is_reported_AD0003()
    {
        var byFont = HtmlTest.Read("<p><font face=\".VnTime\">B¸o c¸o kÕt qu¶</font></p>");
        byFont.Diagnostics.Should().ContainSingle().Which.MessageKey.Should().Be("AD0003.font");

        var byText = HtmlTest.Read("<p style=\"font-family:Arial\">B¸o c¸o kÕt qu¶ ho¹t ®éng</p>");
        byText.Diagnostics.Should().ContainSingle().Which.MessageKey.Should().Be("AD0003.characters");
    }

    [Fact]
    public void A_page_mixing_Unicode_and_legacy_text_is_reported_where_each_legacy_stretch_starts()
    {
        var source = HtmlTest.Read(
            "<style>.old { font-family: '.VnTime', serif }</style>" +
            "<p>Cộng hòa xã hội chủ nghĩa Việt Nam</p>" +
            "<p class=\"old\">B¸o c¸o kÕt qu¶</p><p class=\"old\">ho¹t <b>®éng</b> n¨m 2015</p>" +
            "<p>Kính gửi: Ủy ban nhân dân tỉnh</p>" +
            "<p><span style=\"font-family:VNI-Times\">Coäng hoøa</span></p>" +
            "<p><span class=\"old\">12</span></p>");
        var legacy = source.Diagnostics.Where(d => d.Id == "AD0003").ToList();
        legacy.Select(d => d.MessageKey).Should().Equal("AD0003.font", "AD0003.font");
        legacy[0].Arguments.Take(4).Should().Equal("TCVN3 (ABC)", "4", "2", ".VnTime");
        legacy[0].Location.Should().Be(source.Blocks[1].Location);
        legacy[1].Arguments.Take(4).Should().Equal("VNI", "1", "1", "VNI-Times");
        legacy[1].Location.Should().Be(source.Blocks[4].Location, "a number in .VnTime is no legacy text");
    }

    [Fact]
    public void Decomposed_text_is_read_as_NFC_and_reported_AD0006()
    {
        var source = HtmlTest.Read("<p>" + Text.Normalize(NormalizationForm.FormD) + "</p>");
        source.Blocks.Single().Text.Should().Be(Text);
        source.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("AD0006");
    }
}

using System;
using System.Linq;
using System.Text;
using AdminDocs.Text.Encodings;
using CsCheck;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Text;

public class VietnameseEncodingsTests
{
    private static readonly LegacyEncoding[] Encodings = Enum.GetValues<LegacyEncoding>();

    [Fact]
    public void All_letters_are_every_vowel_with_every_tone_and_d_in_both_cases()
    {
        VietnameseEncodings.AllLetters.Should().HaveCount(146).And.OnlyHaveUniqueItems();
        VietnameseEncodings.AllLetters.Should().OnlyContain(l => l.Length == 1, "every Vietnamese letter is one precomposed character in NFC");
        VietnameseEncodings.AllLetters.Should().Contain(["ắ", "Ặ", "ợ", "Ự", "ỹ", "Ỵ", "đ", "Đ", "ể", "Ẫ"]);
    }

    [Theory]
    [InlineData(LegacyEncoding.Vni)]
    [InlineData(LegacyEncoding.Viqr)]
    [InlineData(LegacyEncoding.Viscii)]
    [InlineData(LegacyEncoding.Windows1258)]
    public void Every_letter_with_every_tone_round_trips(LegacyEncoding encoding)
    {
        foreach (var letter in VietnameseEncodings.AllLetters)
        {
            var legacy = VietnameseEncodings.FromUnicode(letter, encoding);
            VietnameseEncodings.ToUnicode(legacy, encoding).Should().Be(letter, $"{encoding} {letter} = \"{legacy}\"");
        }

        var all = string.Join(" ", VietnameseEncodings.AllLetters);
        VietnameseEncodings.ToUnicode(VietnameseEncodings.FromUnicode(all, encoding), encoding).Should().Be(all);
        var together = string.Concat(VietnameseEncodings.AllLetters);
        VietnameseEncodings.ToUnicode(VietnameseEncodings.FromUnicode(together, encoding), encoding).Should().Be(together);
    }

    [Fact]
    public void Tcvn3_lower_case_round_trips_through_the_normal_font_and_capitals_through_the_H_font()
    {
        foreach (var letter in VietnameseEncodings.AllLetters)
        {
            var capital = char.IsUpper(letter[0]);
            var legacy = VietnameseEncodings.FromUnicode(letter, LegacyEncoding.Tcvn3, capitalFont: capital);
            legacy.Should().HaveLength(1).And.Match(s => s[0] <= 0xFF, "TCVN3 is one byte per letter");
            VietnameseEncodings.ToUnicode(legacy, LegacyEncoding.Tcvn3, capitalFont: capital).Should().Be(letter);
        }
    }

    [Fact]
    public void Tcvn3_capitals_with_a_tone_need_the_H_font_but_the_seven_plain_capitals_are_in_the_normal_font()
    {
        var act = () => VietnameseEncodings.FromUnicode("CỘNG", LegacyEncoding.Tcvn3);
        act.Should().Throw<ArgumentException>().WithMessage("*Ộ*U+1ED8*Tcvn3*");
        foreach (var capital in "ĂÂÊÔƠƯĐ")
        {
            var legacy = VietnameseEncodings.FromUnicode(capital.ToString(), LegacyEncoding.Tcvn3);
            VietnameseEncodings.ToUnicode(legacy, LegacyEncoding.Tcvn3).Should().Be(capital.ToString());
        }

        VietnameseEncodings.ToUnicode("céng hoµ x· héi chñ nghÜa viÖt nam", LegacyEncoding.Tcvn3, capitalFont: true)
            .Should().Be("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    }

    [Theory]
    [InlineData(LegacyEncoding.Tcvn3, "Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam")]
    [InlineData(LegacyEncoding.Tcvn3, "§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc")]
    [InlineData(LegacyEncoding.Tcvn3, "B¸o c¸o kÕt qu¶ thùc hiÖn nhiÖm vô n¨m 2003", "Báo cáo kết quả thực hiện nhiệm vụ năm 2003")]
    [InlineData(LegacyEncoding.Tcvn3, "M\u00ADêng Kh\u00AD¬ng, ngµy 15 th¸ng 3 n¨m 2004", "Mường Khương, ngày 15 tháng 3 năm 2004")]
    [InlineData(LegacyEncoding.Vni, "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam")]
    [InlineData(LegacyEncoding.Vni, "Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc")]
    [InlineData(LegacyEncoding.Vni, "COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    [InlineData(LegacyEncoding.Vni, "Baùo caùo keát quaû, ngöôøi laøm ñöôïc", "Báo cáo kết quả, người làm được")]
    [InlineData(LegacyEncoding.Viqr, "Co^.ng ho`a xa~ ho^.i chu? nghi~a Vie^.t Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam")]
    [InlineData(LegacyEncoding.Viqr, "DDo^.c la^.p - Tu+. do - Ha.nh phu'c", "Độc lập - Tự do - Hạnh phúc")]
    [InlineData(LegacyEncoding.Viqr, "Ngu+o+`i ta ho?i: co' khoe? kho^ng\\?", "Người ta hỏi: có khoẻ không?")]
    [InlineData(LegacyEncoding.Viqr, "d\\d va\\. C:\\\\tmp", "dd va. C:\\tmp")]
    public void Real_looking_lines_convert(LegacyEncoding encoding, string legacy, string unicode) =>
        VietnameseEncodings.ToUnicode(legacy, encoding).Should().Be(unicode);

    [Fact]
    public void Windows1258_combining_tones_become_precomposed_NFC()
    {
        // "Việt" in windows-1258: V i ê (0xEA) + combining dot below (0xF2) t.
        var bytes = new byte[] { 0x56, 0x69, 0xEA, 0xF2, 0x74 };
        VietnameseEncodings.Decode(bytes, LegacyEncoding.Windows1258).Should().Be("Việt").And.Match(s => s.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Windows1258_and_Viscii_tables_agree_with_the_code_pages_of_the_platform()
    {
        var cp1258 = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1258)!;
        for (var b = 0; b < 256; b++)
        {
            var bytes = new[] { (byte)b };
            VietnameseEncodings.Decode(bytes, LegacyEncoding.Windows1258)
                .Should().Be(cp1258.GetString(bytes).Normalize(NormalizationForm.FormC), $"byte 0x{b:X2}");
        }

        // VISCII has every precomposed letter: each letter is one byte, and the 134 toned/modified letters all
        // sit outside ASCII.
        foreach (var letter in VietnameseEncodings.AllLetters)
        {
            VietnameseEncodings.FromUnicode(letter, LegacyEncoding.Viscii).Should().HaveLength(1);
        }

        VietnameseEncodings.Decode([0x56, 0x69, 0xAE, 0x74, 0x20, 0x4E, 0x61, 0x6D], LegacyEncoding.Viscii).Should().Be("Việt Nam");
    }

    [Fact]
    public void Windows1252_view_of_C1_bytes_is_read_as_the_bytes()
    {
        // Word shows VISCII byte 0x80 (Ạ) in a legacy font as "€", the windows-1252 character of that byte.
        VietnameseEncodings.ToUnicode("\u20AC", LegacyEncoding.Viscii).Should().Be("Ạ");
        VietnameseEncodings.ToUnicode("\u0080", LegacyEncoding.Viscii).Should().Be("Ạ");
    }

    [Fact]
    public void Printable_ASCII_is_left_alone_by_every_encoding_but_VIQR()
    {
        Gen.String[Gen.Char[' ', '~'], 0, 80].Sample(text =>
        {
            foreach (var encoding in Encodings.Where(e => e != LegacyEncoding.Viqr))
            {
                VietnameseEncodings.ToUnicode(text, encoding).Should().Be(text);
                VietnameseEncodings.ToUnicode(text, encoding, capitalFont: false).Should().Be(text);
            }
        }, iter: 2000, threads: 1);
    }

    [Fact]
    public void Any_Unicode_text_round_trips_through_VIQR_and_VNI_even_with_marks_after_vowels()
    {
        var chars = Gen.OneOf(
            Gen.OneOf(VietnameseEncodings.AllLetters.Select(l => l[0]).ToArray()),
            Gen.OneOf("aeiouyAEIOUYdD()^+'`?~.\\ ,-0123456789bcghklmnpqrstvx".ToCharArray()));
        Gen.String[chars, 0, 60].Sample(text =>
        {
            foreach (var encoding in new[] { LegacyEncoding.Viqr, LegacyEncoding.Vni, LegacyEncoding.Viscii, LegacyEncoding.Windows1258 })
            {
                VietnameseEncodings.ToUnicode(VietnameseEncodings.FromUnicode(text, encoding), encoding).Should().Be(text, encoding.ToString());
            }
        }, iter: 2000, threads: 1);
    }

    [Fact]
    public void Vietnamese_Unicode_text_is_never_detected_as_legacy_so_auto_conversion_changes_nothing()
    {
        var words = new[] { "Cộng", "hoà", "xã", "hội", "chủ", "nghĩa", "Việt", "Nam", "Độc", "lập", "Tự", "do", "Hạnh", "phúc", "QUYẾT", "ĐỊNH", "Điều", "1.", "ngày", "15", "tháng", "năm", "2024", "Ủy", "ban", "nhân", "dân", "tỉnh", "—", "(", ")", "\"" };
        Gen.OneOf(words).Array[0, 30].Select(ws => string.Join(" ", ws)).Array[1, 5].Select(lines => string.Join("\n", lines)).Sample(text =>
        {
            VietnameseEncodings.Detect(text).Should().BeNull();
        }, iter: 1000, threads: 1);
    }

    [Fact]
    public void Detect_names_the_encoding_with_its_evidence()
    {
        var tcvn = "UBND tØnh Hµ Giang\nCéng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc";
        var evidence = VietnameseEncodings.Detect(tcvn);
        evidence.Should().NotBeNull();
        evidence!.Encoding.Should().Be(LegacyEncoding.Tcvn3);
        evidence.LineCount.Should().BeGreaterThanOrEqualTo(2);
        evidence.OtherLineCount.Should().Be(0);
        evidence.FirstLine.Should().BeGreaterThanOrEqualTo(1);

        var vni = VietnameseEncodings.Detect("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nBaùo caùo keát quaû thöïc hieän");
        vni!.Encoding.Should().Be(LegacyEncoding.Vni);
        VietnameseEncodings.Detect("Plain ASCII text only").Should().BeNull();
    }

    [Theory]
    [InlineData(".VnTime", LegacyEncoding.Tcvn3, false)]
    [InlineData(".VnTimeH", LegacyEncoding.Tcvn3, true)]
    [InlineData(".VnArialH", LegacyEncoding.Tcvn3, true)]
    [InlineData("VNI-Times", LegacyEncoding.Vni, false)]
    [InlineData("Times New Roman", null, false)]
    [InlineData(null, null, false)]
    public void Fonts_name_their_encoding(string? font, LegacyEncoding? encoding, bool capital)
    {
        VietnameseEncodings.EncodingOfFont(font).Should().Be(encoding);
        VietnameseEncodings.IsCapitalFont(font).Should().Be(capital);
    }

    [Fact]
    public void Characters_an_encoding_cannot_hold_are_refused_not_dropped()
    {
        var act = () => VietnameseEncodings.FromUnicode("ä", LegacyEncoding.Vni);
        act.Should().Throw<ArgumentException>();
        var act2 = () => VietnameseEncodings.FromUnicode("中", LegacyEncoding.Viscii);
        act2.Should().Throw<ArgumentException>();
    }
}

public class WordDocFileTests
{
    [Fact]
    public void A_Word_97_2003_doc_gets_AD0001_telling_how_to_convert_it()
    {
        var validator = AdminDocs.Validation.Validator.CreateBuilder().Build();
        using var stream = new System.IO.MemoryStream([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

        var result = validator.Validate(stream, "cong-van.doc");

        var d = result.Diagnostics.Should().ContainSingle(x => x.Id == "AD0001").Subject;
        d.GetMessage(AdminDocs.Validation.MessageLanguage.English).Should().Contain("Word 97–2003").And.Contain("soffice --headless --convert-to docx \"cong-van.doc\"");
        d.GetMessage(AdminDocs.Validation.MessageLanguage.Vietnamese).Should().Contain("lưu dưới dạng .docx");
    }
}

using AdminDocs.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Recognition;

/// <summary>Inputs that fuzzing (fuzz/README.md, docs/reliability.md) found to crash or hang, reduced to text. The
/// raw inputs are in TestAssets/fuzz/ and are replayed through every reader by the tool's reliability tests.</summary>
public class FuzzFindingTests
{
    [Theory]
    [InlineData("Bình Định, ngàC 05 tháng 12 năm 2024")]
    [InlineData("Hà Nội, ngay 05 tháng 12 năm 2024")]
    [InlineData("Hà Nội, hôm nay 05 tháng 12 năm 2024")]
    public void A_header_line_with_tháng_and_năm_that_does_not_parse_as_a_date_does_not_crash(string line)
    {
        // The header took the line for the place-date (IsHeaderPlaceDate) but the parser refused it: a
        // NullReferenceException in HeaderPhase (docx fuzz target, 1 of 1,000,000 executions).
        var text = "SỞ GIAO THÔNG VẬN TẢI\nSố: 215/BC-SGTVT\n" + line + "\nBÁO CÁO\nKết quả năm 2024\nNội dung báo cáo.";

        var document = TestDocuments.Recognize(text);

        document.Number!.Text.Should().Be("Số: 215/BC-SGTVT");
        ModelText.Signature(ModelText.All(document)).Should().Be(ModelText.Signature(text.Split('\n')));
    }

    [Theory]
    [InlineData("Số:#215/BC-SGTVT")]
    [InlineData("Số:x/BC-SGTVT")]
    public void A_number_line_whose_label_does_not_parse_does_not_crash(string line)
    {
        // NumberStart matched, DocumentNumber found no label: a NullReferenceException in HeaderPhase.Number (html
        // fuzz target).
        var text = "SỞ GIAO THÔNG VẬN TẢI\n" + line + "\nBình Định, ngày 05 tháng 12 năm 2024\nBÁO CÁO\nKết quả năm 2024\nNội dung báo cáo.";

        var document = TestDocuments.Recognize(text);

        ModelText.Signature(ModelText.All(document)).Should().Be(ModelText.Signature(text.Split('\n')));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41, 0x00, 0xFE, 0xFF, 0x42, 0x00 }, 1)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x41, 0x42, 0xEF, 0xBF, 0xBE, 0x43 }, 2)]
    public void Text_holding_a_reversed_byte_order_mark_is_a_clear_AD0001_not_a_crash(byte[] bytes, int index)
    {
        // U+FFFE in the decoded text made String.IsNormalized throw ArgumentException (text fuzz target, 2 crashes
        // in 1,000,000 executions: UTF-16 files with a byte-swapped mark inside).
        using var stream = new System.IO.MemoryStream(bytes);

        var source = new AdminDocs.Reading.PlainTextReader().Read(stream, "x.txt", AdminDocs.Reading.ReaderLimits.Default, default);

        source.Blocks.Should().BeEmpty();
        source.Diagnostics.Should().ContainSingle(d => d.Id == "AD0001" && d.MessageKey == "AD0001.noncharacter")
            .Which.GetMessage(AdminDocs.Validation.MessageLanguage.English).Should().Contain("U+FFFE").And.Contain("character " + index);
    }

    [Fact]
    public void Nfc_replaces_what_is_no_character_instead_of_throwing()
    {
        AdminDocs.Text.VietnameseText.Nfc("a\uFFFEb\uD800c").Should().Be("a\uFFFDb\uFFFDc");
        AdminDocs.Text.VietnameseText.Nfc("Hoa\u0300 \uD83D\uDE00").Should().Be("Hoà \uD83D\uDE00");
    }

    [Fact]
    public void A_date_line_with_another_scripts_digit_in_its_year_does_not_crash_the_profile_choice()
    {
        // "năm 20෫5": \d matched the Sinhala digit and int.Parse threw FormatException while choosing the profile
        // (MutationPropertyTests, text, seed cGnxen1LfRh2).
        var text = "SỞ GIAO THÔNG VẬN TẢI\nSố: 215/BC-SGTVT\nBình Định, ngày 05 tháng 12 năm 20\u0DEB5\nBÁO CÁO\nKết quả\nNội dung báo cáo.";

        var document = TestDocuments.Recognize(text);
        document.PlaceDate.Should().NotBeNull("the profile falls back to the date line's 'năm' only when it is read");
        document.PlaceDate!.Year.Should().BeNull();
        document.Number!.Year.Should().BeNull();

        var act = () => TestDocuments.Validate(document);

        act.Should().NotThrow();
    }
}

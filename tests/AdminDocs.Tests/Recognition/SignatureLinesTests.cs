using System.Linq;
using AdminDocs.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Recognition;

/// <summary>Each line of a signature block keeps its role and parts (issue 12, point 2): the rules read them.</summary>
public class SignatureLinesTests
{
    private const string Head = """
        SỞ CÔNG THƯƠNG LÀO CAI
        ĐOÀN KIỂM TRA
        Số:    /BC-ĐKT
        Lào Cai, ngày 10 tháng 3 năm 2025

        BÁO CÁO
        Kết quả kiểm tra việc sử dụng vật liệu nổ công nghiệp

        Đoàn kiểm tra báo cáo kết quả kiểm tra như sau./.

        Nơi nhận:
        - Giám đốc Sở;
        - Lưu: VT, ĐKT.

        """;

    [Fact]
    public void The_signers_post_printed_under_the_name_is_a_line_of_the_block_not_a_second_signature()
    {
        // Real documents 12 and 13: the post "PHÓ GIÁM ĐỐC SỞ CÔNG THƯƠNG" under the name was a block without a name (AD5006).
        var text = Head + """
            TM. ĐOÀN KIỂM TRA
            TRƯỞNG ĐOÀN

            Hoàng Văn Thuân
            PHÓ GIÁM ĐỐC SỞ CÔNG THƯƠNG
            """;
        var doc = TestDocuments.Recognize(text);

        doc.Signatures.Should().ContainSingle();
        var block = doc.Signature!;
        block.SignatureLines.Select(l => (l.Role, l.Text)).Should().Equal(
            (SignatureLineRole.Authority, "TM. ĐOÀN KIỂM TRA"),
            (SignatureLineRole.Title, "TRƯỞNG ĐOÀN"),
            (SignatureLineRole.Name, "Hoàng Văn Thuân"),
            (SignatureLineRole.Other, "PHÓ GIÁM ĐỐC SỞ CÔNG THƯƠNG"));
        block.Authority.Should().Be("TM.");
        block.Titles.Should().Equal("ĐOÀN KIỂM TRA", "TRƯỞNG ĐOÀN");
        block.SignerName!.Text.Should().Be("Hoàng Văn Thuân");
        block.Lines.Select(l => l.Text).Should().EndWith("PHÓ GIÁM ĐỐC SỞ CÔNG THƯƠNG", "no line is lost");
        TestDocuments.ValidateText(text).Diagnostics.Select(d => d.Id).Should().NotContain(new[] { "AD5006", "AD5004", "AD0004" });
    }

    [Fact]
    public void A_second_signature_under_the_first_name_is_still_a_second_block()
    {
        var doc = TestDocuments.Recognize(Head + """
            NGƯỜI LẬP BIỂU
            Lê Thị Hoa
            GIÁM ĐỐC
            Trần Văn Nam
            """);

        doc.Signatures.Select(s => s.Titles.Single()).Should().Equal("NGƯỜI LẬP BIỂU", "GIÁM ĐỐC");
        doc.Signatures.Select(s => s.SignerName!.Text).Should().Equal("Lê Thị Hoa", "Trần Văn Nam");
    }

    [Fact]
    public void TM_and_KT_typed_in_one_paragraph_pushed_apart_by_spaces_are_one_block()
    {
        // Real document 22: "TM. ỦY BAN NHÂN DÂN" then many spaces and "KT. CHỦ TỊCH" in one paragraph (Word wraps it).
        var text = Head + "TM. ỦY BAN NHÂN DÂN" + new string(' ', 40) + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Thành Sinh\n";
        var doc = TestDocuments.Recognize(text);

        doc.Signatures.Should().ContainSingle();
        var block = doc.Signature!;
        block.Authority.Should().Be("TM.");
        block.Titles.Should().Equal("ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        block.SignerName!.Text.Should().Be("Nguyễn Thành Sinh");
        var kt = block.SignatureLines[1];
        (kt.Role, kt.Prefix, kt.Title).Should().Be((SignatureLineRole.Authority, "KT.", "CHỦ TỊCH"));
        kt.Origin.Location!.Column.Should().Be(1 + "TM. ỦY BAN NHÂN DÂN".Length + 40, "the line's origin is its own column");
        TestDocuments.ValidateText(text).Diagnostics.Select(d => d.Id).Should().NotContain(new[] { "AD5006", "AD5004", "AD5003" });
    }

    [Fact]
    public void Two_bodies_signing_side_by_side_are_still_two_blocks()
    {
        var doc = TestDocuments.Recognize(Head + "TM. ỦY BAN NHÂN DÂN XÃ A" + new string(' ', 10) + "TM. ỦY BAN NHÂN DÂN XÃ B\nCHỦ TỊCH" + new string(' ', 10) + "CHỦ TỊCH\nLê Thị Hoa" + new string(' ', 10) + "Trần Văn Nam\n");

        doc.Signatures.Should().HaveCount(2);
        doc.Signatures.Select(s => s.Titles[0]).Should().Equal("ỦY BAN NHÂN DÂN XÃ A", "ỦY BAN NHÂN DÂN XÃ B");
    }

    [Theory]
    [InlineData("(Đã ký)")]
    [InlineData("(đã ký và đóng dấu)")]
    [InlineData("(Ký, đóng dấu)")]
    public void Notes_in_place_of_the_signature_are_notes(string note)
    {
        var doc = TestDocuments.Recognize(Head + "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n" + note + "\nLê Văn Cường\n");

        doc.Signature!.SignatureLines.Select(l => l.Role).Should().Equal(
            SignatureLineRole.Authority, SignatureLineRole.Title, SignatureLineRole.Note, SignatureLineRole.Name);
        doc.Signature.Placeholders.Should().Equal(note);
    }

    [Fact]
    public void A_name_in_capitals_after_the_note_is_the_name()
    {
        var doc = TestDocuments.Recognize(Head + "GIÁM ĐỐC\n(Đã ký)\nTS. NGUYỄN VĂN AN\n");

        doc.Signature!.SignatureLines.Select(l => l.Role).Should().Equal(SignatureLineRole.Title, SignatureLineRole.Note, SignatureLineRole.Name);
        doc.Signature.SignerName!.Text.Should().Be("TS. NGUYỄN VĂN AN");
        doc.Signature.Titles.Should().Equal("GIÁM ĐỐC");
    }
}

using System.Linq;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Party;

/// <summary>AD7001-AD7004 on a Party báo cáo (Hướng dẫn 36-HD/VPTW), good and bad.</summary>
public class PartyRulesTests
{
    private const string Correct = """
        ĐẢNG BỘ TỈNH BÌNH ĐỊNH
        ĐẢNG CỘNG SẢN VIỆT NAM
        TỈNH ỦY
        *
        Số 12-BC/TU
        Bình Định, ngày 05 tháng 12 năm 2024

        BÁO CÁO
        kết quả thực hiện công tác cán bộ năm 2024
        -----

        Thực hiện Quy định số 105-QĐ/TW ngày 19/12/2017 của Bộ Chính trị về phân cấp quản lý cán bộ, Ban Thường vụ Tỉnh ủy báo cáo kết quả thực hiện công tác cán bộ năm 2024 như sau.

        Nơi nhận:
        - Ban Tổ chức Trung ương,
        - Các đồng chí Tỉnh ủy viên,
        - Lưu Văn phòng Tỉnh ủy.

        T/M BAN THƯỜNG VỤ
        PHÓ BÍ THƯ

        Nguyễn Văn An
        """;

    private static ValidationResult Validate(string text) => TestDocuments.ValidateText(text);

    [Fact]
    public void A_correct_Party_report_is_recognized_under_HD36_and_is_silent()
    {
        var result = Validate(Correct);
        result.Profile.Should().Be(DocumentProfile.Hd36, "a document headed ĐẢNG CỘNG SẢN VIỆT NAM switches to HD36");
        result.Document.IssuingAgency!.Text.Should().Be("TỈNH ỦY");
        result.Document.IssuingAgency.Rule!.Text.Should().Be("*", "the Party star under the issuing body is understood");
        result.Document.Number!.Value.Should().Be("12");
        result.Document.Number.SymbolGroups.Should().Equal("BC", "TU");
        result.Document.Signature!.Authority.Should().Be("T/M");
        result.Diagnostics.Should().BeEmpty(Dump.Of(result.Document));
    }

    [Fact]
    public void State_rules_about_Quoc_hieu_So_and_TM_do_not_apply_to_a_Party_document()
    {
        var result = Validate(Correct);
        result.Diagnostics.Select(d => d.Id).Should().NotContain(new[] { "AD2001", "AD2004", "AD2203", "AD5002", "AD5104", "AD5105" });
    }

    [Fact]
    public void AD7001_a_Quoc_hieu_in_a_Party_document_is_an_error()
    {
        var result = Validate(Correct.Replace("ĐẢNG CỘNG SẢN VIỆT NAM\n", "ĐẢNG CỘNG SẢN VIỆT NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"));
        result.Profile.Should().Be(DocumentProfile.Nd30, "with a Quốc hiệu it reads as a state document: choose --profile HD36 to judge it as a Party one");
        var forced = TestDocuments.ValidateText(Correct.Replace("ĐẢNG CỘNG SẢN VIỆT NAM\n", "ĐẢNG CỘNG SẢN VIỆT NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"), new ValidationOptions { Profile = DocumentProfile.Hd36 });
        var d = forced.Of("AD7001").Should().ContainSingle().Subject;
        d.MessageKey.Should().Be("AD7001.national-title");
        d.Severity.Should().Be(DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("Số: 12/BC-TU", "AD7002.state-style")]
    [InlineData("Số 5-BC/TU", "AD7002.leading-zero")]
    [InlineData("Số 12/BC", "AD7002")]
    [InlineData("Văn bản số 12", "AD7002.missing")]
    public void AD7002_the_Party_number_form(string line, string key)
    {
        var result = TestDocuments.ValidateText(Correct.Replace("Số 12-BC/TU", line), new ValidationOptions { Profile = DocumentProfile.Hd36 });
        result.Of("AD7002").Should().ContainSingle().Which.MessageKey.Should().Be(key);
    }

    [Theory]
    [InlineData("Số 12-BC/TU")]
    [InlineData("Số: 12-BC/TU")]
    [InlineData("Số 125-QĐi/TU")]
    [InlineData("Số    -BC/TU")]
    public void AD7002_accepts_the_Party_forms_and_a_draft_blank(string line)
    {
        TestDocuments.ValidateText(Correct.Replace("Số 12-BC/TU", line), new ValidationOptions { Profile = DocumentProfile.Hd36 })
            .Of("AD7002").Should().BeEmpty();
    }

    [Theory]
    [InlineData("TM. BAN THƯỜNG VỤ", "AD7003.state-prefix", "T/M")]
    [InlineData("KT. BÍ THƯ", "AD7003.state-prefix", "K/T")]
    [InlineData("T / M BAN THƯỜNG VỤ", "AD7003.malformed", "T / M")]
    public void AD7003_Party_documents_sign_T_M_K_T_T_L(string line, string key, string argument)
    {
        var result = TestDocuments.ValidateText(Correct.Replace("T/M BAN THƯỜNG VỤ", line), new ValidationOptions { Profile = DocumentProfile.Hd36 });
        var d = result.Of("AD7003").Should().ContainSingle().Subject;
        d.MessageKey.Should().Be(key);
        d.Arguments.Should().Contain(argument);
        d.Location!.Line.Should().Be(19);
    }

    [Fact]
    public void AD7004_state_style_recipients_are_info_in_a_Party_document()
    {
        var result = Validate(Correct.Replace("- Ban Tổ chức Trung ương,", "- Ban Tổ chức Trung ương;").Replace("- Lưu Văn phòng Tỉnh ủy.", "- Lưu: VT, VP."));
        result.Of("AD7004").Select(d => d.MessageKey).Should().Equal("AD7004.comma", "AD7004.archive");
        result.Of("AD7004").Should().OnlyContain(d => d.Severity == DiagnosticSeverity.Info);
    }

    [Fact]
    public void AD7001_to_AD7004_never_run_on_a_state_document()
    {
        var result = Validate(System.IO.File.ReadAllText(Dump.Asset("samples/bao-cao-mau-nd30.txt")));
        result.Diagnostics.Should().NotContain(d => d.Descriptor.Component == "party");
    }
}

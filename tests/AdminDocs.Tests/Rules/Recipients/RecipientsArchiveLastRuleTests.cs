using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Recipients;

public class RecipientsArchiveLastRuleTests
{
    [Theory]
    [InlineData("- Lưu: VT, VP.")]
    [InlineData("- Lưu: VT, TCCB.")]
    [InlineData("- Lưu: VT, HC (2).")]
    [InlineData("- Lưu: VT.")]
    [InlineData("- Lưu: VT, Hồ sơ.")]
    [InlineData("- Lưu: VT, VP, TCCB (02).")]
    [InlineData("- Lưu: VT, CN(Loan).")]
    [InlineData("- Lưu: VT, KT(Long, Đức).")]
    [InlineData("- Lưu: VT, TH (Thắng), KT (Long).")]
    [InlineData("- Lưu: VT, KGVX (3b) vt.")]
    [InlineData("- Lưu: VT, ĐMDN (2b).DH.")]
    [InlineData("- Lưu: VT, NN (2) Hải.")]
    [InlineData("- Lưu: VT, CTT. Phunt.")]
    [InlineData("- Lưu: VT (2).")]
    [InlineData("- Lưu: Văn thư, KTN (5b).")]
    [InlineData("- Lƣu: VT, CTT.")]
    [InlineData("- Lưu: VT, QLHC. | KT. CỤC TRƯỞNG")]
    public void Correct_archive_lines_are_silent(string last) =>
        FooterRules.Of(FooterRules.WithRecipients("- Như trên;", "- Sở Tài chính;", last)).Should().BeEmpty();

    [Theory]
    [InlineData("- Lưu VT, VP.", "no-colon")]
    [InlineData("- Lưu: VP.", "no-vt")]
    [InlineData("- Lưu: VT, VP", "no-period")]
    [InlineData("- Lưu: VT, VP;", "no-period")]
    [InlineData("- Lưu: VT VP.", null)]
    [InlineData("- Lưu: VTVP.", "no-vt")]
    public void Malformed_archive_line_is_a_warning(string last, string? variant)
    {
        var d = FooterRules.Single(FooterRules.WithRecipients("- Như trên;", "- Sở Tài chính;", last), "AD5105", variant);

        d.Severity.Should().Be(DiagnosticSeverity.Warning);
        d.ModelPath.Should().Be("recipients.items[2]");
        d.Arguments.Should().Equal(last.Substring(2), "Lưu: VT, <đơn vị>.");
    }

    [Fact]
    public void Last_item_that_is_not_an_archive_line_is_a_warning()
    {
        var d = FooterRules.Single(FooterRules.WithRecipients("- Như trên;", "- Sở Tài chính;"), "AD5105", "not-archive");

        d.ModelPath.Should().Be("recipients.items[1]");
        d.Arguments[0].Should().Be("Sở Tài chính;");
    }

    [Fact]
    public void A_list_flattened_into_one_line_is_judged_by_its_last_item()
    {
        FooterRules.Of(FooterRules.WithRecipients("- Như trên; - Chủ tịch UBND tỉnh; - Lưu: VT, KT(Thủy, Nho).")).Should().NotContain(d => d.Id == "AD5105");
        FooterRules.Of(FooterRules.WithRecipients("- Như trên; - Chủ tịch UBND tỉnh; - Lưu VT, KT."))
            .Should().ContainSingle(d => d.Id == "AD5105").Which.MessageKey.Should().Be("AD5105.no-colon");
    }

    [Fact]
    public void Lines_after_a_Luu_line_with_the_signature_column_glued_to_it_are_that_column_s()
    {
        FooterRules.Of(FooterRules.WithRecipients("- Như trên;", "- Lưu: VT, VLXD. | BỘ TRƯỞNG", "Phạm Hồng Hà")).Should().NotContain(d => d.Id == "AD5105");
    }

    [Fact]
    public void Archive_line_that_is_not_last_is_reported_where_it_is()
    {
        var found = FooterRules.Of(FooterRules.WithRecipients("- Như trên;", "- Lưu: VT, VP;", "- Sở Tài chính;"));

        found.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.MessageKey == "AD5105.not-last" && d.ModelPath == "recipients.items[1]");
    }
}

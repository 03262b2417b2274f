using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Recipients;

public class RecipientsNhuTrenRuleTests
{
    [Fact]
    public void Without_Kinh_gui_no_Nhu_tren_is_needed()
    {
        var doc = FooterRules.WithRecipients("- Sở Tài chính;", "- Lưu: VT, VP.") with { Addressees = null };

        FooterRules.Of(doc).Should().BeEmpty();
    }

    [Fact]
    public void With_Kinh_gui_a_list_without_Nhu_tren_is_a_warning()
    {
        var d = FooterRules.Single(FooterRules.WithRecipients("- Sở Tài chính;", "- Lưu: VT, VP."), "AD5106");

        d.Severity.Should().Be(DiagnosticSeverity.Warning);
        d.ModelPath.Should().Be("recipients.items[0]");
        d.Arguments.Should().Equal("Sở Tài chính;");
    }

    [Fact]
    public void Nhu_tren_not_first_is_a_warning_on_its_line()
    {
        var d = FooterRules.Single(FooterRules.WithRecipients("- Sở Tài chính;", "- Như trên;", "- Lưu: VT, VP."), "AD5106", "not-first");

        d.ModelPath.Should().Be("recipients.items[1]");
    }

    [Fact]
    public void Nhu_tren_in_the_wrong_case_is_a_warning()
    {
        var d = FooterRules.Single(FooterRules.WithRecipients("- như trên;", "- Lưu: VT, VP."), "AD5106", "spelling");

        d.Arguments.Should().Equal("như trên;");
    }

    [Fact]
    public void Nhu_tren_without_its_semicolon_is_left_to_AD5104()
    {
        var found = FooterRules.Of(FooterRules.WithRecipients("- Như trên", "- Lưu: VT, VP."));

        found.Should().ContainSingle().Which.Id.Should().Be("AD5104");
    }

    [Fact]
    public void Correct_report_is_silent() => FooterRules.Of(TestDocuments.CorrectReport()).Should().BeEmpty();

    [Theory]
    [InlineData("- Như trên (b/c);")]
    [InlineData("- Như trên;                                   KT. CHỦ TỊCH")]
    public void Nhu_tren_with_a_note_or_beside_the_signature_of_a_flattened_footer_is_accepted(string first) =>
        FooterRules.Of(FooterRules.WithRecipients(first, "- Sở Tài chính;", "- Lưu: VT, VP.")).Should().NotContain(d => d.Id == "AD5106" || d.Id == "AD5104");
}

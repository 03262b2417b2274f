using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Recipients;

public class RecipientsItemSemicolonRuleTests
{
    [Fact]
    public void Items_ending_with_semicolons_are_silent() =>
        FooterRules.Of(FooterRules.WithRecipients("- Như trên;", "- Sở Tài chính;", "- Lưu: VT, VP.")).Should().BeEmpty();

    [Theory]
    [InlineData("- Sở Tài chính,", "Sở Tài chính,", ",")]
    [InlineData("- Sở Tài chính.", "Sở Tài chính.", ".")]
    public void Item_ending_with_another_mark_is_a_warning(string line, string text, string mark)
    {
        var d = FooterRules.Single(FooterRules.WithRecipients("- Như trên;", line, "- Lưu: VT, VP."), "AD5104", "wrong-mark");

        d.Severity.Should().Be(DiagnosticSeverity.Warning);
        d.ModelPath.Should().Be("recipients.items[1]");
        d.Arguments.Should().Equal(text, mark);
    }

    [Fact]
    public void Item_ending_with_nothing_is_a_warning()
    {
        var d = FooterRules.Single(FooterRules.WithRecipients("- Như trên;", "- Sở Tài chính", "- Lưu: VT, VP."), "AD5104");

        d.Arguments.Should().Equal("Sở Tài chính");
    }

    [Fact]
    public void The_last_item_is_not_checked_here()
    {
        // A Lưu line without its period is AD5105's business.
        var found = FooterRules.Of(FooterRules.WithRecipients("- Như trên;", "- Lưu: VT, VP"));

        found.Should().ContainSingle().Which.MessageKey.Should().Be("AD5105.no-period");
    }

    [Fact]
    public void The_same_wrong_mark_on_every_item_is_one_finding_for_the_list()
    {
        var doc = FooterRules.WithRecipients("- Như trên,", "- Sở Tài chính,", "- Sở Nội vụ,", "- Lưu: VT, VP.");

        FooterRules.Of(doc).Should().ContainSingle(d => d.Id == "AD5104");
    }
}

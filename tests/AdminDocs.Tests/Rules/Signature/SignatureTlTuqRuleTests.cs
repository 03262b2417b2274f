using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Signature;

public class SignatureTlTuqRuleTests
{
    [Theory]
    [InlineData("TL.", "BỘ TRƯỞNG", "VỤ TRƯỞNG VỤ TỔ CHỨC CÁN BỘ")]
    [InlineData("TUQ.", "CHỦ TỊCH", "GIÁM ĐỐC SỞ NỘI VỤ")]
    public void TL_or_TUQ_with_the_signer_title_is_silent(string authority, params string[] titles) =>
        FooterRules.Of(FooterRules.WithSignature(authority, "Nguyễn Văn An", titles)).Should().BeEmpty();

    [Theory]
    [InlineData("TL.")]
    [InlineData("TUQ.")]
    public void TL_or_TUQ_without_the_signer_title_is_a_warning(string authority)
    {
        var doc = FooterRules.WithSignature(authority, "Nguyễn Văn An", "GIÁM ĐỐC");

        var d = FooterRules.Single(doc, "AD5005");

        d.Severity.Should().Be(DiagnosticSeverity.Warning);
        d.ModelPath.Should().Be("signatures[0].authority");
        d.Arguments.Should().Equal(authority + " GIÁM ĐỐC");
    }

    [Fact]
    public void TL_followed_by_the_head_title_again_is_a_warning()
    {
        var doc = FooterRules.WithSignature("TL.", "Nguyễn Văn An", "GIÁM ĐỐC", "GIÁM ĐỐC");

        var d = FooterRules.Single(doc, "AD5005", "repeats-head");

        d.ModelPath.Should().Be("signatures[0].titles[1]");
    }

    [Fact]
    public void Nested_TL_line_under_TM_is_checked()
    {
        var doc = FooterRules.WithSignature("TM.", "Nguyễn Văn An", "ỦY BAN NHÂN DÂN", "TL. CHỦ TỊCH");

        var d = FooterRules.Single(doc, "AD5005");

        d.ModelPath.Should().Be("signatures[0].titles[1]");
    }
}

using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Signature;

public class SignatureKtDeputyRuleTests
{
    [Theory]
    [InlineData("KT.", "BỘ TRƯỞNG", "THỨ TRƯỞNG")]
    [InlineData("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")]
    [InlineData("TM.", "ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")]
    [InlineData("TL.", "BỘ TRƯỞNG", "KT. VỤ TRƯỞNG VỤ PHÁP CHẾ", "PHÓ VỤ TRƯỞNG")]
    public void Deputy_title_after_KT_is_silent(string authority, params string[] titles) =>
        FooterRules.Of(FooterRules.WithSignature(authority, "Nguyễn Văn An", titles)).Should().BeEmpty();

    [Fact]
    public void KT_with_no_deputy_title_is_an_error()
    {
        var doc = FooterRules.WithSignature("KT.", "Đỗ Nguyên Đức", "GIÁM ĐỐC");

        var d = FooterRules.Single(doc, "AD5003");

        d.Severity.Should().Be(DiagnosticSeverity.Error);
        d.ModelPath.Should().Be("signatures[0].authority");
        d.Arguments.Should().Equal("KT. GIÁM ĐỐC");
    }

    [Fact]
    public void KT_followed_by_the_head_title_again_is_an_error()
    {
        var doc = FooterRules.WithSignature("KT.", "Đỗ Nguyên Đức", "GIÁM ĐỐC", "GIÁM ĐỐC");

        var d = FooterRules.Single(doc, "AD5003", "repeats-head");

        d.ModelPath.Should().Be("signatures[0].titles[1]");
        d.Arguments.Should().Equal("KT. GIÁM ĐỐC", "GIÁM ĐỐC");
    }

    [Fact]
    public void Nested_KT_line_without_a_deputy_title_is_reported_on_that_line()
    {
        var doc = FooterRules.WithSignature("TM.", "Nguyễn Văn An", "ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH");

        var d = FooterRules.Single(doc, "AD5003");

        d.ModelPath.Should().Be("signatures[0].titles[1]");
        d.Arguments.Should().Equal("KT. CHỦ TỊCH");
    }

    [Fact]
    public void Abbreviated_deputy_title_after_KT_is_reported()
    {
        var doc = FooterRules.WithSignature("KT.", "Đỗ Nguyên Đức", "GIÁM ĐỐC", "P. GIÁM ĐỐC");

        var d = FooterRules.Single(doc, "AD5003", "abbreviated");

        d.ModelPath.Should().Be("signatures[0].titles[1]");
        d.Arguments.Should().Equal("P. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
    }

    [Fact]
    public void Malformed_KT_is_still_checked_for_its_deputy_but_reported_once_per_problem()
    {
        var doc = FooterRules.WithSignature("KT", "Đỗ Nguyên Đức", "GIÁM ĐỐC");

        var found = FooterRules.Of(doc);

        found.Should().HaveCount(2);
        found.Should().ContainSingle(d => d.MessageKey == "AD5002.no-period");
        found.Should().ContainSingle(d => d.MessageKey == "AD5003");
    }
}

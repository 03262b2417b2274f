using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Signature;

public class SignatureTmCollectiveRuleTests
{
    [Theory]
    [InlineData("ỦY BAN NHÂN DÂN", "CHỦ TỊCH")]
    [InlineData("UỶ BAN NHÂN DÂN", "CHỦ TỊCH")]
    [InlineData("BAN CHẤP HÀNH", "BÍ THƯ")]
    [InlineData("HỘI ĐỒNG", "CHỦ TỊCH")]
    [InlineData("BAN THƯỜNG VỤ", "PHÓ BÍ THƯ")]
    [InlineData("BAN GIÁM ĐỐC", "GIÁM ĐỐC")]
    [InlineData("ĐOÀN CHỦ TỊCH", "CHỦ TỊCH")]
    public void TM_before_a_collective_and_a_title_is_silent(params string[] titles) =>
        FooterRules.Of(FooterRules.WithSignature("TM.", "Nguyễn Văn An", titles)).Should().BeEmpty();

    [Fact]
    public void TM_with_nothing_after_the_collective_is_a_warning()
    {
        var doc = FooterRules.WithSignature("TM.", "Nguyễn Văn An", "ỦY BAN NHÂN DÂN");

        var d = FooterRules.Single(doc, "AD5004");

        d.Severity.Should().Be(DiagnosticSeverity.Warning);
        d.ModelPath.Should().Be("signatures[0].authority");
        d.Arguments.Should().Equal("TM. ỦY BAN NHÂN DÂN");
    }

    [Theory]
    [InlineData("CHỦ TỊCH")]
    [InlineData("GIÁM ĐỐC")]
    [InlineData("BỘ TRƯỞNG")]
    [InlineData("HIỆU TRƯỞNG")]
    public void TM_before_a_personal_title_is_a_warning(string title)
    {
        var doc = FooterRules.WithSignature("TM.", "Nguyễn Văn An", title);

        var d = FooterRules.Single(doc, "AD5004", "personal-title");

        d.Arguments.Should().Equal("TM. " + title, title);
    }

    [Fact]
    public void Nested_TM_line_is_checked()
    {
        var doc = FooterRules.WithSignature("KT.", "Nguyễn Văn An", "GIÁM ĐỐC", "TM. CHỦ TỊCH");

        var found = FooterRules.Of(doc);

        found.Should().ContainSingle(d => d.Id == "AD5004").Which.ModelPath.Should().Be("signatures[0].titles[1]");
    }
}

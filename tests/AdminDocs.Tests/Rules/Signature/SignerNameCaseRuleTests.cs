using System.Linq;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Signature;

public class SignerNameCaseRuleTests
{
    [Theory]
    [InlineData("Đỗ Nguyên Đức")]
    [InlineData("Nguyễn Thị Minh Khai")]
    [InlineData("Ksor Phước")]
    public void Title_case_names_are_silent(string name) =>
        FooterRules.Of(FooterRules.WithSignature("KT.", name, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")).Should().BeEmpty();

    [Fact]
    public void All_capitals_is_a_warning_with_the_title_case_form()
    {
        var doc = FooterRules.WithSignature("KT.", "ĐỖ NGUYÊN ĐỨC", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");

        var d = FooterRules.Single(doc, "AD5007", "all-caps");

        d.Severity.Should().Be(DiagnosticSeverity.Warning);
        d.ModelPath.Should().Be("signatures[0].signerName");
        d.Arguments.Should().Equal("ĐỖ NGUYÊN ĐỨC", "Đỗ Nguyên Đức");
    }

    [Theory]
    [InlineData("Đỗ nguyên Đức", "Đỗ Nguyên Đức")]
    [InlineData("đỗ nguyên đức", "Đỗ Nguyên Đức")]
    public void Word_starting_lower_case_is_a_warning(string name, string expected)
    {
        var doc = FooterRules.WithSignature("KT.", name, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");

        var d = FooterRules.Single(doc, "AD5007", "lower-case-word");

        d.Arguments.Should().Equal(name, expected);
    }

    [Fact]
    public void Academic_title_is_left_to_AD5008_and_the_name_after_it_is_checked()
    {
        var doc = FooterRules.WithSignature("KT.", "TS. Đỗ Nguyên Đức", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");

        FooterRules.Single(doc, "AD5008");

        var caps = FooterRules.Of(FooterRules.WithSignature("KT.", "TS. ĐỖ NGUYÊN ĐỨC", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"));
        caps.Select(d => d.MessageKey).Should().BeEquivalentTo("AD5008", "AD5007.all-caps");
        caps.Single(d => d.Id == "AD5007").Arguments.Should().Equal("TS. ĐỖ NGUYÊN ĐỨC", "Đỗ Nguyên Đức");
    }
}

using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Signature;

public class SignerAcademicTitleRuleTests
{
    [Theory]
    [InlineData("GS. Nguyễn Văn An", "GS.")]
    [InlineData("PGS.TS. Nguyễn Văn An", "PGS.TS.")]
    [InlineData("GS.TS. Nguyễn Văn An", "GS.TS.")]
    [InlineData("TS. Nguyễn Văn An", "TS.")]
    [InlineData("TSKH. Nguyễn Văn An", "TSKH.")]
    [InlineData("ThS. Nguyễn Văn An", "ThS.")]
    [InlineData("ThS Nguyễn Văn An", "ThS")]
    [InlineData("KS. Nguyễn Văn An", "KS.")]
    [InlineData("BS. Nguyễn Văn An", "BS.")]
    [InlineData("CN. Nguyễn Văn An", "CN.")]
    [InlineData("DS. Nguyễn Văn An", "DS.")]
    [InlineData("NCS. Nguyễn Văn An", "NCS.")]
    [InlineData("LS. Nguyễn Văn An", "LS.")]
    [InlineData("TS Nguyễn Văn An", "TS")]
    [InlineData("Đại tá Nguyễn Văn An", "Đại tá")]
    public void Title_before_the_name_is_a_warning(string name, string title)
    {
        var doc = FooterRules.WithSignature("KT.", name, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");

        var d = FooterRules.Single(doc, "AD5008");

        d.Severity.Should().Be(DiagnosticSeverity.Warning);
        d.ModelPath.Should().Be("signatures[0].signerName");
        d.Arguments.Should().Equal(title, name);
    }

    [Fact]
    public void Allowed_by_the_organisation_is_silent()
    {
        var doc = FooterRules.WithSignature("KT.", "PGS.TS. Nguyễn Văn An", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");

        FooterRules.Of(doc, ValidationOptions.Default with { AllowAcademicTitles = true }).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Ksor Phước")]
    [InlineData("Tsan Văn Bình")]
    [InlineData("Cao Thị Hà")]
    public void Names_that_merely_start_like_a_title_are_silent(string name) =>
        FooterRules.Of(FooterRules.WithSignature("KT.", name, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")).Should().BeEmpty();
}

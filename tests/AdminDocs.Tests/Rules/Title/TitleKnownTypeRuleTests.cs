using AdminDocs.Validation;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.Title;

public class TitleKnownTypeRuleTests
{
    private static AdminDocument Other(string title) => Correct() with { Kind = DocumentKind.Other, Title = new TextElement(title) };

    [Fact]
    public void Correct_report_is_silent() => ShouldBeSilent(Correct());

    [Theory]
    [InlineData("BÁO CÁO")]
    [InlineData("TỜ TRÌNH")]
    [InlineData("GIẤY ỦY QUYỀN")]
    [InlineData("GIẤY UỶ QUYỀN")]
    public void A_catalog_title_is_known_even_without_a_kind(string title) => ShouldBeSilent(Other(title));

    [Theory]
    [InlineData("BẢN CAM KẾT")]
    [InlineData("THÔNG TRI")]
    [InlineData("BÁO CÁO TÓM TẮT")]
    public void An_unknown_title_is_a_warning(string title) =>
        ShouldReportSingle(Other(title), "AD3103").ShouldBe(DiagnosticSeverity.Warning, "title", "AD3103", title);

    [Theory]
    [InlineData("BẢN CAM KẾT")]
    [InlineData("GIẤY CHỨNG NHẬN")]
    [InlineData("GIẤY ĐI ĐƯỜNG")]
    [InlineData("GIẤY BIÊN NHẬN HỒ SƠ")]
    public void Tt01_types_are_known_under_tt01(string title) => ShouldBeSilent(Other(title), Tt01);

    [Fact]
    public void Tt01_does_not_accept_anything() => ShouldReportSingle(Other("BÁO CÁO TÓM TẮT"), "AD3103", Tt01);
}

using AdminDocs.Validation;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.Title;

public class TitleUppercaseRuleTests
{
    [Fact]
    public void Correct_report_is_silent() => ShouldBeSilent(Correct());

    [Theory]
    [InlineData("Báo cáo", "BÁO CÁO")]
    [InlineData("Báo Cáo", "BÁO CÁO")]
    public void A_title_not_in_capitals_is_a_warning(string title, string expected) =>
        ShouldReportSingle(Correct() with { Title = new TextElement(title) }, "AD3102")
            .ShouldBe(DiagnosticSeverity.Warning, "title", "AD3102", title, expected);
}

using AdminDocs.Validation;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.Title;

public class CongVanNoTitleRuleTests
{
    [Fact]
    public void Correct_letter_is_silent() => ShouldBeSilent(CorrectLetter());

    [Fact]
    public void A_cong_van_with_a_title_line_is_a_warning() =>
        ShouldReportSingle(CorrectLetter() with { Title = new TextElement("CÔNG VĂN") }, "AD3109")
            .ShouldBe(DiagnosticSeverity.Warning, "title", "AD3109", "CÔNG VĂN");

    [Fact]
    public void A_report_keeps_its_title() => ShouldBeSilent(Correct());
}

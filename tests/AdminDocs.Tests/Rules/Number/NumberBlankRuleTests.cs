using AdminDocs.Validation;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.Number;

public class NumberBlankRuleTests
{
    [Fact]
    public void Correct_report_is_silent() => ShouldBeSilent(Correct(), Issued);

    [Theory]
    [InlineData("Số:      /BC-SGTVT")]
    [InlineData("Số: … /BC-SGTVT")]
    [InlineData("Số: ..../BC-SGTVT")]
    [InlineData("Số:/BC-SGTVT")]
    public void A_blank_number_in_a_draft_is_info_and_reported_once(string line) =>
        ShouldReportSingle(WithNumber(line), "AD2202").ShouldBe(DiagnosticSeverity.Info, "number.value", "AD2202", line);

    [Fact]
    public void A_blank_number_to_issue_is_an_error() =>
        ShouldReportSingle(WithNumber("Số:      /BC-SGTVT"), "AD2202", Issued)
            .ShouldBe(DiagnosticSeverity.Error, "number.value", "AD2202", "Số:      /BC-SGTVT");

    [Fact]
    public void Tt01_drafts_too() =>
        ShouldReportSingle(WithNumber("Số:    /BC-SGTVT"), "AD2202", Tt01).ShouldBe(DiagnosticSeverity.Info, "number.value", "AD2202");
}

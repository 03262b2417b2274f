using AdminDocs.Validation;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.PlaceDate;

public class DateBlankRuleTests
{
    [Fact]
    public void Correct_report_is_silent() => ShouldBeSilent(Correct(), Issued);

    [Theory]
    [InlineData("Bình Định, ngày      tháng 12 năm 2024")]
    [InlineData("Bình Định, ngày … tháng 12 năm 2024")]
    [InlineData("Bình Định, ngày ..... tháng 12 năm 2024")]
    public void A_blank_day_in_a_draft_is_info_and_nothing_else(string line) =>
        ShouldReportSingle(WithPlaceDate(line), "AD3008").ShouldBe(DiagnosticSeverity.Info, "placeDate.day", "AD3008", line);

    [Fact]
    public void A_blank_day_to_issue_is_an_error() =>
        ShouldReportSingle(WithPlaceDate("Bình Định, ngày      tháng 12 năm 2024"), "AD3008", Issued)
            .ShouldBe(DiagnosticSeverity.Error, "placeDate.day", "AD3008");

    [Fact]
    public void A_blank_month_is_reported_on_the_month() =>
        ShouldReportSingle(WithPlaceDate("Bình Định, ngày 05 tháng      năm 2024"), "AD3008")
            .ShouldBe(DiagnosticSeverity.Info, "placeDate.month", "AD3008");

    [Fact]
    public void Blank_day_and_month_are_one_finding() =>
        ShouldReportSingle(WithPlaceDate("Bình Định, ngày      tháng      năm 2024"), "AD3008")
            .ShouldBe(DiagnosticSeverity.Info, "placeDate.day", "AD3008");

    [Fact]
    public void Tt01_drafts_too() =>
        ShouldReportSingle(WithPlaceDate("Bình Định, ngày    tháng 11 năm 2019"), "AD3008", Tt01).ShouldBe(DiagnosticSeverity.Info, "placeDate.day", "AD3008");
}

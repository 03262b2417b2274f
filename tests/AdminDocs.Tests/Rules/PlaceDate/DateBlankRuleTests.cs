using System.Linq;
using AdminDocs.Validation;
using FluentAssertions;
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

    [Theory]
    [InlineData("Hà Nội, ngày      tháng      năm 20..", "placeDate.day")]
    [InlineData("Hà Nội, ngày … tháng … năm 202…", "placeDate.day")]
    [InlineData("Hà Nội, ngày 05 tháng 12 năm 20__", "placeDate.year")]
    [InlineData("Hà Nội, ngày 05 tháng 12 năm ....", "placeDate.year")]
    [InlineData("Hà Nội, ngày 05 tháng 12 năm 20...", "placeDate.year")]
    [InlineData("Hà Nội, ngày 05 tháng 1.. năm 2024", "placeDate.month")]
    [InlineData("Hà Nội, ngày 1… tháng 12 năm 2024", "placeDate.day")]
    public void A_wholly_or_partly_blank_date_is_AD3008_never_AD3007(string line, string path) =>
        ShouldReportSingle(WithPlaceDate(line), "AD3008").ShouldBe(DiagnosticSeverity.Info, path, "AD3008", line);

    [Fact]
    public void A_partly_blank_year_to_issue_is_an_AD3008_error() =>
        ShouldReportSingle(WithPlaceDate("Hà Nội, ngày 05 tháng 12 năm 20.."), "AD3008", Issued)
            .ShouldBe(DiagnosticSeverity.Error, "placeDate.year", "AD3008");

    [Theory]
    [InlineData("Hà Nội, ngày 05 tháng 12 năm 2024.")]
    [InlineData("Hà Nội, ngày 05 tháng 12 năm 2024")]
    public void A_year_with_a_final_period_is_not_blank(string line) =>
        Own(WithPlaceDate(line)).Where(d => d.Id is "AD3007" or "AD3008").Should().BeEmpty();

    [Fact]
    public void A_short_year_without_blank_marks_is_still_an_invalid_date() =>
        ShouldReportSingle(WithPlaceDate("Hà Nội, ngày 05 tháng 12 năm 224"), "AD3007");
}

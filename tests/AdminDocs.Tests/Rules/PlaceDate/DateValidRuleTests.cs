using System;
using AdminDocs.Validation;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.PlaceDate;

public class DateValidRuleTests
{
    [Fact]
    public void Correct_report_is_silent() => ShouldBeSilent(Correct());

    [Theory]
    [InlineData("Bình Định, ngày 29 tháng 02 năm 2024")]
    [InlineData("Bình Định, ngày 01 tháng 6 năm 2025")]
    public void Real_past_dates_and_today_are_silent(string line) => ShouldBeSilent(WithPlaceDate(line));

    [Theory]
    [InlineData("31", "02", "2024")]
    [InlineData("29", "02", "2023")]
    [InlineData("31", "4", "2024")]
    public void A_date_that_does_not_exist_is_an_error(string day, string month, string year) =>
        ShouldReportSingle(WithPlaceDate($"Bình Định, ngày {day} tháng {month} năm {year}"), "AD3007")
            .ShouldBe(DiagnosticSeverity.Error, "placeDate", "AD3007.not-a-date", $"{day}/{month}/{year}");

    [Fact]
    public void A_date_after_today_is_an_error() =>
        ShouldReportSingle(WithPlaceDate("Bình Định, ngày 02 tháng 6 năm 2025"), "AD3007")
            .ShouldBe(DiagnosticSeverity.Error, "placeDate", "AD3007.future", "02/6/2025", "01/06/2025");

    [Fact]
    public void Today_defaults_to_the_machine_date() =>
        ShouldReportSingle(WithPlaceDate($"Bình Định, ngày 05 tháng 12 năm {DateTime.Today.Year + 2}"), "AD3007", new ValidationOptions());

    [Theory]
    [InlineData("24")]
    [InlineData("20245")]
    [InlineData("2O24")]
    public void A_year_that_is_not_four_digits_is_an_error(string year) =>
        ShouldReportSingle(WithPlaceDate($"Bình Định, ngày 05 tháng 12 năm {year}"), "AD3007")
            .ShouldBe(DiagnosticSeverity.Error, "placeDate.year", "AD3007.year", year);

    [Fact]
    public void A_year_left_blank_after_nam_is_AD3008_not_an_invalid_date() =>
        ShouldReportSingle(WithPlaceDate("Bình Định, ngày 05 tháng 12 năm"), "AD3008")
            .ShouldBe(DiagnosticSeverity.Info, "placeDate.year", "AD3008", "Bình Định, ngày 05 tháng 12 năm");

    [Theory]
    [InlineData("Bình Định, ngày O5 tháng 12 năm 2024", "O5", "placeDate.day")]
    [InlineData("Bình Định, ngày 05 tháng mười năm 2024", "mười", "placeDate.month")]
    public void A_day_or_month_not_in_digits_is_an_error(string line, string part, string path) =>
        ShouldReportSingle(WithPlaceDate(line), "AD3007").ShouldBe(DiagnosticSeverity.Error, path, "AD3007.not-a-number", part);

    [Fact]
    public void Day_zero_is_out_of_range() =>
        ShouldReportSingle(WithPlaceDate("Bình Định, ngày 00 tháng 12 năm 2024"), "AD3007")
            .ShouldBe(DiagnosticSeverity.Error, "placeDate.day", "AD3007.day-range", "00");

    [Fact]
    public void With_a_blank_day_the_month_is_still_checked() =>
        ShouldReportOnly(WithPlaceDate("Bình Định, ngày      tháng 13 năm 2024"), Draft, "AD3007", "AD3008");

    [Fact]
    public void With_a_blank_day_a_bad_year_is_still_checked() =>
        ShouldReportOnly(WithPlaceDate("Bình Định, ngày      tháng 12 năm 224"), Draft, "AD3007", "AD3008");

    [Fact]
    public void With_a_blank_day_a_good_month_and_year_are_silent() =>
        ShouldReportSingle(WithPlaceDate("Bình Định, ngày      tháng 12 năm 2024"), "AD3008");
}

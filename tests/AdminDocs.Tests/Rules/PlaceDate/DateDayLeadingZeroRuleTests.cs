using AdminDocs.Validation;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.PlaceDate;

public class DateDayLeadingZeroRuleTests
{
    [Theory]
    [InlineData("Bình Định, ngày 05 tháng 12 năm 2024")]
    [InlineData("Bình Định, ngày 15 tháng 12 năm 2024")]
    public void Correct_days_are_silent(string line) => ShouldBeSilent(WithPlaceDate(line));

    [Theory]
    [InlineData("1")]
    [InlineData("5")]
    [InlineData("9")]
    public void A_single_digit_day_is_a_warning(string day) =>
        ShouldReportSingle(WithPlaceDate($"Bình Định, ngày {day} tháng 12 năm 2024"), "AD3003")
            .ShouldBe(DiagnosticSeverity.Warning, "placeDate.day", "AD3003", day, "0" + day);

    [Fact]
    public void A_blank_day_is_AD3008s() => ShouldReportSingle(WithPlaceDate("Bình Định, ngày    tháng 12 năm 2024"), "AD3008");

    [Fact]
    public void Tt01_too() => ShouldReportSingle(WithPlaceDate("Bình Định, ngày 5 tháng 11 năm 2019"), "AD3003", Tt01);
}

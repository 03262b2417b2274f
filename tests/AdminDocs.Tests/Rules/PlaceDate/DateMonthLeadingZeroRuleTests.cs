using AdminDocs.Validation;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.PlaceDate;

public class DateMonthLeadingZeroRuleTests
{
    [Theory]
    [InlineData("Bình Định, ngày 05 tháng 01 năm 2024")]
    [InlineData("Bình Định, ngày 05 tháng 02 năm 2024")]
    [InlineData("Bình Định, ngày 05 tháng 3 năm 2024")]
    [InlineData("Bình Định, ngày 05 tháng 12 năm 2024")]
    public void Correct_months_are_silent(string line) => ShouldBeSilent(WithPlaceDate(line));

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public void January_and_february_without_zero_are_warnings(string month) =>
        ShouldReportSingle(WithPlaceDate($"Bình Định, ngày 05 tháng {month} năm 2024"), "AD3004")
            .ShouldBe(DiagnosticSeverity.Warning, "placeDate.month", "AD3004", month, "0" + month);
}

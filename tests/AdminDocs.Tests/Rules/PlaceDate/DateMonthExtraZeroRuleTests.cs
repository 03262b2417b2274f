using AdminDocs.Validation;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.PlaceDate;

public class DateMonthExtraZeroRuleTests
{
    [Theory]
    [InlineData("Bình Định, ngày 05 tháng 01 năm 2024")]
    [InlineData("Bình Định, ngày 05 tháng 6 năm 2024")]
    [InlineData("Bình Định, ngày 05 tháng 10 năm 2024")]
    public void Correct_months_are_silent(string line) => ShouldBeSilent(WithPlaceDate(line));

    [Theory]
    [InlineData("03", "3")]
    [InlineData("09", "9")]
    [InlineData("012", "12")]
    public void A_zero_before_months_3_to_12_is_info(string written, string expected) =>
        ShouldReportSingle(WithPlaceDate($"Bình Định, ngày 05 tháng {written} năm 2024"), "AD3005")
            .ShouldBe(DiagnosticSeverity.Info, "placeDate.month", "AD3005", written, expected);
}

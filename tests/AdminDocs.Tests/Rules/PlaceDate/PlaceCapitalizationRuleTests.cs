using AdminDocs.Validation;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.PlaceDate;

public class PlaceCapitalizationRuleTests
{
    [Theory]
    [InlineData("Bình Định")]
    [InlineData("Thành phố Hồ Chí Minh")]
    [InlineData("Thành phố Thủ Đức")]
    [InlineData("Thị xã Sơn Tây")]
    [InlineData("Thị trấn Phú Phong")]
    [InlineData("Quận 5")]
    [InlineData("Bà Rịa - Vũng Tàu")]
    public void Correct_places_are_silent(string place) =>
        ShouldBeSilent(WithPlaceDate(place + ", ngày 05 tháng 12 năm 2024"));

    [Theory]
    [InlineData("Bình định", "Bình Định")]
    [InlineData("Hà nội", "Hà Nội")]
    [InlineData("thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh")]
    [InlineData("quận 5", "Quận 5")]
    [InlineData("Thị xã sơn tây", "Thị xã Sơn Tây")]
    public void A_lower_case_syllable_is_a_warning(string place, string expected) =>
        ShouldReportSingle(WithPlaceDate(place + ", ngày 05 tháng 12 năm 2024"), "AD3009")
            .ShouldBe(DiagnosticSeverity.Warning, "placeDate.place", "AD3009", place, expected);
}

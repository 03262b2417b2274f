using AdminDocs.Validation;
using FluentAssertions;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.PlaceDate;

public class PlaceCommaRuleTests
{
    [Fact]
    public void Correct_report_is_silent() => ShouldBeSilent(Correct());

    [Fact]
    public void A_missing_comma_is_a_warning() =>
        ShouldReportSingle(WithPlaceDate("Hà Nội ngày 05 tháng 12 năm 2024"), "AD3006")
            .ShouldBe(DiagnosticSeverity.Warning, "placeDate.place", "AD3006.missing", "Hà Nội");

    [Fact]
    public void A_space_before_the_comma_is_a_warning()
    {
        const string Line = "Hà Nội , ngày 05 tháng 12 năm 2024";
        var d = ShouldReportSingle(Correct() with { PlaceDate = ParsedPlaceDate(Line) with { Origin = At(Line, 3) } }, "AD3006");
        d.ShouldBe(DiagnosticSeverity.Warning, "placeDate.place", "AD3006.space-before", "Hà Nội");
        d.Location!.Column.Should().Be(7);
    }

    [Fact]
    public void No_place_is_AD3002s() => ShouldReportSingle(WithPlaceDate("ngày 05 tháng 12 năm 2024"), "AD3002");
}

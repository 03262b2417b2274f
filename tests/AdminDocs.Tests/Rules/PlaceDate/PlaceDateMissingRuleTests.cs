using AdminDocs.Validation;
using FluentAssertions;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.PlaceDate;

public class PlaceDateMissingRuleTests
{
    [Fact]
    public void Correct_report_is_silent() => ShouldBeSilent(Correct());

    [Fact]
    public void A_missing_line_is_one_error()
    {
        var d = ShouldReportSingle(Correct() with { PlaceDate = null }, "AD3001");
        d.ShouldBe(DiagnosticSeverity.Error, "placeDate", "AD3001");
        d.Location.Should().BeNull();
    }

    [Fact]
    public void A_bien_ban_has_no_place_date_line() =>
        ShouldBeSilent(AsKind(DocumentKind.Minutes) with { PlaceDate = null });
}

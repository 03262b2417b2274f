using System.Linq;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.PlaceDate;

public class PlaceDateFormatRuleTests
{
    [Theory]
    [InlineData("Bình Định, ngày 05 tháng 12 năm 2024")]
    [InlineData("Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2024")]
    [InlineData("Hà Nội, ngày 05 tháng 01 năm 2020")]
    public void Correct_lines_are_silent(string line) => ShouldBeSilent(WithPlaceDate(line));

    [Theory]
    [InlineData("Bình Định, Ngày 05 tháng 12 năm 2024", "Ngày", "ngày")]
    [InlineData("Bình Định, ngày 05 Tháng 12 năm 2024", "Tháng", "tháng")]
    [InlineData("Bình Định, ngày 05 tháng 12 NĂM 2024", "NĂM", "năm")]
    public void A_capitalised_word_is_an_error(string line, string word, string expected) =>
        ShouldReportSingle(WithPlaceDate(line), "AD3002").ShouldBe(DiagnosticSeverity.Error, "placeDate", "AD3002.word-case", word, expected);

    [Fact]
    public void Each_capitalised_word_is_one_finding() =>
        ShouldReportOnly(WithPlaceDate("Bình Định, Ngày 05 Tháng 12 Năm 2024"), Draft, "AD3002", "AD3002", "AD3002");

    [Fact]
    public void A_line_without_place_is_an_error() =>
        ShouldReportSingle(WithPlaceDate("Ngày 05 tháng 12 năm 2024"), "AD3002")
            .ShouldBe(DiagnosticSeverity.Error, "placeDate", "AD3002.no-place", "Ngày 05 tháng 12 năm 2024");

    [Fact]
    public void A_line_without_ngay_is_an_error_and_not_a_blank_day() =>
        ShouldReportSingle(WithPlaceDate("Bình Định, tháng 12 năm 2024"), "AD3002")
            .ShouldBe(DiagnosticSeverity.Error, "placeDate", "AD3002.missing-ngay", "Bình Định, tháng 12 năm 2024");

    [Theory]
    [InlineData("Bình Định, ngày  05 tháng 12 năm 2024", "05")]
    [InlineData("Bình Định, ngày 05 tháng 12  năm 2024", "năm")]
    [InlineData("Bình Định,  ngày 05 tháng 12 năm 2024", "ngày")]
    [InlineData("Bình  Định, ngày 05 tháng 12 năm 2024", "Định")]
    public void A_run_of_spaces_is_an_error(string line, string next) =>
        ShouldReportSingle(WithPlaceDate(line), "AD3002").ShouldBe(DiagnosticSeverity.Error, "placeDate", "AD3002.spaces", line, next);

    [Fact]
    public void Each_run_of_spaces_is_one_finding_at_its_column()
    {
        const string Line = "Hà Nội, ngày  07   tháng 5  năm 2016";
        var found = ShouldReportOnly(Correct() with { PlaceDate = ParsedPlaceDate(Line) with { Origin = At(Line, 1) } }, Draft, "AD3002", "AD3002", "AD3002");
        found.Where(d => d.Id == "AD3002").Select(d => d.Location!.Column).Should().BeEquivalentTo(new int?[] { 13, 17, 27 });
    }

    [Fact]
    public void Runs_of_spaces_are_fine_in_a_draft_with_a_blank_day()
    {
        ShouldReportSingle(WithPlaceDate("Bình Định, ngày      tháng 12 năm 2024"), "AD3008");
        ShouldReportSingle(WithPlaceDate("Bình Định, ngày      tháng 12   năm 2024"), "AD3008");
        ShouldReportSingle(WithPlaceDate("Bình Định, ngày 05 tháng      năm 2024"), "AD3008");
    }

    [Theory]
    [InlineData("Bình Định,ngày 05 tháng 12 năm 2024", "ngày")]
    [InlineData("Bình Định, ngày05 tháng 12 năm 2024", "05")]
    [InlineData("Bình Định, ngày 05 tháng 12 năm2024", "2024")]
    public void A_missing_space_is_an_error(string line, string next) =>
        ShouldReportSingle(WithPlaceDate(line), "AD3002").ShouldBe(DiagnosticSeverity.Error, "placeDate", "AD3002.missing-space", line, next);

    [Theory]
    [InlineData("Bình Định, ngày 05 tháng 12 năm 2024.", ".")]
    [InlineData("Bình Định, ngày 05 tháng 12 năm 2024 (dự thảo)", "(dự thảo)")]
    public void Text_after_the_year_is_an_error(string line, string tail) =>
        ShouldReportSingle(WithPlaceDate(line), "AD3002").ShouldBe(DiagnosticSeverity.Error, "placeDate", "AD3002.trailing-text", tail);

    [Fact]
    public void Zeros_and_the_comma_are_other_rules_business()
    {
        ShouldReportOnly(WithPlaceDate("Bình Định, ngày 5 tháng 1 năm 2024"), Draft, "AD3003", "AD3004");
        ShouldReportSingle(WithPlaceDate("Bình Định, ngày 05 tháng 03 năm 2024"), "AD3005");
        ShouldReportSingle(WithPlaceDate("Bình Định ngày 05 tháng 12 năm 2024"), "AD3006");
        ShouldReportSingle(WithPlaceDate("Bình Định , ngày 05 tháng 12 năm 2024"), "AD3006");
    }

    [Fact]
    public void The_location_points_at_the_word()
    {
        const string Line = "Bình Định, ngày 05 Tháng 12 năm 2024";
        var placeDate = ParsedPlaceDate(Line) with { Origin = At(Line, 5) };
        var d = ShouldReportSingle(Correct() with { PlaceDate = placeDate }, "AD3002");
        d.Location!.Line.Should().Be(5);
        d.Location.Column.Should().Be(Line.IndexOf("Tháng", System.StringComparison.Ordinal) + 1);
    }

    [Fact]
    public void Tt01_documents_follow_the_same_format() =>
        ShouldReportOnly(WithPlaceDate("Bình Định, Ngày 05 tháng 11 năm 2019."), Draft, "AD3002", "AD3002")
            .Select(d => d.MessageKey).Should().BeEquivalentTo("AD3002.word-case", "AD3002.trailing-text");
}

using System.Linq;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.Number;

public class NumberSeparatorsRuleTests
{
    [Theory]
    [InlineData("Số: 125/BC-SGTVT")]
    [InlineData("Số: 125/BC-SGTVT-VP")]
    public void Correct_numbers_are_silent(string line) => ShouldBeSilent(WithNumber(line));

    [Fact]
    public void A_regulation_number_with_its_year_is_silent() =>
        ShouldBeSilent(AsKind(DocumentKind.Decision) with { Number = ParsedNumber("Số: 33/2009/QĐ-UBND") });

    [Theory]
    [InlineData("Số: 125 /BC-SGTVT")]
    [InlineData("Số: 125/ BC-SGTVT")]
    [InlineData("Số: 125 / BC-SGTVT")]
    public void Spaces_around_the_slash_are_one_warning(string line) =>
        ShouldReportSingle(WithNumber(line), "AD2206").ShouldBe(DiagnosticSeverity.Warning, "number", "AD2206.slash-space", ParsedNumber(line).Body);

    [Theory]
    [InlineData("Số: 125/BC - SGTVT")]
    [InlineData("Số: 125/BC -SGTVT")]
    public void Spaces_around_the_hyphen_are_one_warning(string line) =>
        ShouldReportSingle(WithNumber(line), "AD2206").ShouldBe(DiagnosticSeverity.Warning, "number", "AD2206.hyphen-space", ParsedNumber(line).Body);

    [Theory]
    [InlineData("Số: 125/BC–SGTVT", "–")]
    [InlineData("Số: 125/BC—SGTVT", "—")]
    public void An_en_or_em_dash_is_a_warning(string line, string dash) =>
        ShouldReportSingle(WithNumber(line), "AD2206").ShouldBe(DiagnosticSeverity.Warning, "number", "AD2206.dash", dash);

    [Fact]
    public void A_missing_slash_is_a_warning() =>
        ShouldReportSingle(WithNumber("Số: 125 BC-SGTVT"), "AD2206").ShouldBe(DiagnosticSeverity.Warning, "number", "AD2206.slash-missing", "125 BC-SGTVT");

    [Fact]
    public void Each_defect_is_reported_at_its_column()
    {
        const string Line = "Số: 125 / BC – SGTVT";
        var number = ParsedNumber(Line) with { Origin = At(Line, 2) };
        var found = ShouldReportOnly(Correct() with { Number = number }, Draft, "AD2206", "AD2206", "AD2206");
        found.Select(d => (d.MessageKey, d.Location!.Column)).Should().BeEquivalentTo(new[]
        {
            ("AD2206.slash-space", (int?)9),
            ("AD2206.dash", (int?)14),
            ("AD2206.hyphen-space", (int?)14),
        });
    }

    [Theory]
    [InlineData("Số:      /BC-SGTVT")]
    [InlineData("Số: ... /BC-SGTVT")]
    public void Spaces_before_the_slash_of_a_blank_number_are_AD2202s(string line) =>
        ShouldReportSingle(WithNumber(line), "AD2202");

    [Fact]
    public void Spaces_after_the_slash_of_a_blank_number_are_still_reported() =>
        ShouldReportOnly(WithNumber("Số:     / BC-SGTVT"), Draft, "AD2202", "AD2206");
}

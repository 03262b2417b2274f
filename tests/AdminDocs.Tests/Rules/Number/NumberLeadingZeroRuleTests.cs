using AdminDocs.Validation;
using FluentAssertions;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.Number;

public class NumberLeadingZeroRuleTests
{
    [Theory]
    [InlineData("Số: 05/BC-SGTVT")]
    [InlineData("Số: 10/BC-SGTVT")]
    [InlineData("Số: 125/BC-SGTVT")]
    public void Correct_numbers_are_silent(string line) => ShouldBeSilent(WithNumber(line));

    [Theory]
    [InlineData("1")]
    [InlineData("5")]
    [InlineData("9")]
    public void A_single_digit_number_is_a_warning(string value)
    {
        var line = $"Số: {value}/BC-SGTVT";
        var number = ParsedNumber(line) with { Origin = At(line, 7) };
        var d = ShouldReportSingle(Correct() with { Number = number }, "AD2204");
        d.ShouldBe(DiagnosticSeverity.Warning, "number.value", "AD2204", value, "0" + value);
        d.Location!.Line.Should().Be(7);
        d.Location.Column.Should().Be(5);
    }

    [Fact]
    public void A_blank_number_is_left_to_AD2202() => ShouldReportSingle(WithNumber("Số:   /BC-SGTVT"), "AD2202");
}

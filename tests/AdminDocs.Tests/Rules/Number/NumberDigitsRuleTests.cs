using AdminDocs.Validation;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.Number;

public class NumberDigitsRuleTests
{
    [Fact]
    public void Correct_report_is_silent() => ShouldBeSilent(Correct());

    [Theory]
    [InlineData("O5")]
    [InlineData("12a")]
    [InlineData("IV")]
    [InlineData("1O")]
    public void A_number_that_is_not_arabic_digits_is_an_error(string value) =>
        ShouldReportSingle(WithNumber($"Số: {value}/BC-SGTVT"), "AD2205").ShouldBe(DiagnosticSeverity.Error, "number.value", "AD2205", value);

    [Fact]
    public void A_regulation_number_with_its_year_is_silent() =>
        ShouldBeSilent(AsKind(DocumentKind.Decision) with { Number = ParsedNumber("Số: 33/2009/QĐ-UBND") });
}

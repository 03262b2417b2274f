using AdminDocs.Validation;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.Number;

public class SymbolUppercaseRuleTests
{
    [Fact]
    public void Correct_report_is_silent() => ShouldBeSilent(Correct());

    [Theory]
    [InlineData(DocumentKind.Submission)]
    [InlineData(DocumentKind.Programme)]
    [InlineData(DocumentKind.Provisions)]
    [InlineData(DocumentKind.CopyExtract)]
    public void Official_mixed_case_abbreviations_are_silent(DocumentKind kind) => ShouldBeSilent(AsKind(kind));

    [Theory]
    [InlineData("Số: 125/BC-Sgtvt", "Sgtvt", "SGTVT")]
    [InlineData("Số: 125/BC-sgtvt", "sgtvt", "SGTVT")]
    [InlineData("Số: 125/bc-SGTVT", "bc", "BC")]
    public void A_group_with_lower_case_letters_is_info(string line, string group, string expected) =>
        ShouldReportSingle(WithNumber(line), "AD2207").ShouldBe(DiagnosticSeverity.Info, "number.symbol", "AD2207", group, expected);

    [Fact]
    public void A_wrongly_cased_mixed_case_abbreviation_gets_its_official_form() =>
        ShouldReportSingle(AsKind(DocumentKind.Submission) with { Number = ParsedNumber("Số: 12/Ttr-SGTVT") }, "AD2207")
            .ShouldBe(DiagnosticSeverity.Info, "number.symbol", "AD2207", "Ttr", "TTr");

    [Fact]
    public void One_warning_per_group() =>
        ShouldReportOnly(WithNumber("Số: 125/BC-Sgtvt-vp"), Draft, "AD2207", "AD2207");

    [Theory]
    [InlineData("Số: 125/BC-TTg")]
    [InlineData("Số: 125/BC-PTTg")]
    [InlineData("Số: 125/BC-GDTrH")]
    [InlineData("Số: 125/BC-CTrTT")]
    public void The_Government_s_own_mixed_case_groups_are_silent(string line) => ShouldBeSilent(WithNumber(line));

    [Fact]
    public void A_configured_mixed_case_group_is_silent_and_only_that_spelling()
    {
        var options = Draft.WithMixedCaseSymbolGroups(new[] { "SGDĐt" });

        ShouldBeSilent(WithNumber("Số: 125/BC-SGDĐt"), options);
        ShouldReportSingle(WithNumber("Số: 125/BC-SGDđt"), "AD2207", options)
            .ShouldBe(DiagnosticSeverity.Info, "number.symbol", "AD2207", "SGDđt", "SGDĐT");
    }
}

using AdminDocs.Validation;
using FluentAssertions;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.Number;

public class SymbolTypeAbbreviationRuleTests
{
    [Fact]
    public void Correct_report_is_silent() => ShouldBeSilent(Correct());

    [Theory]
    [InlineData(DocumentKind.Decision)]
    [InlineData(DocumentKind.Provisions)]
    [InlineData(DocumentKind.Submission)]
    [InlineData(DocumentKind.Programme)]
    [InlineData(DocumentKind.Plan)]
    [InlineData(DocumentKind.CopyExtract)]
    public void The_right_abbreviation_is_silent(DocumentKind kind) => ShouldBeSilent(AsKind(kind));

    [Fact]
    public void Another_type_abbreviation_is_an_error() =>
        ShouldReportSingle(WithNumber("Số: 125/KH-SGTVT"), "AD2208").ShouldBe(DiagnosticSeverity.Error, "number.symbol", "AD2208", "KH-SGTVT", "BC");

    [Fact]
    public void A_cong_van_symbol_on_a_report_is_an_error() =>
        ShouldReportSingle(WithNumber("Số: 125/SGTVT-VP"), "AD2208").ShouldBe(DiagnosticSeverity.Error, "number.symbol", "AD2208", "SGTVT-VP", "BC");

    [Theory]
    [InlineData(DocumentKind.Provisions, "Số: 12/QĐ-SGTVT", "QyĐ")]
    [InlineData(DocumentKind.Programme, "Số: 12/CT-SGTVT", "CTr")]
    public void Mixed_case_abbreviations_must_be_the_right_ones(DocumentKind kind, string line, string expected) =>
        ShouldReportSingle(AsKind(kind) with { Number = ParsedNumber(line) }, "AD2208").ShouldBe(DiagnosticSeverity.Error, "number.symbol", "AD2208", expected);

    [Fact]
    public void A_mixed_case_abbreviation_in_capitals_is_reported_as_case() =>
        ShouldReportSingle(AsKind(DocumentKind.Submission) with { Number = ParsedNumber("Số: 12/TTR-SGTVT") }, "AD2208")
            .ShouldBe(DiagnosticSeverity.Error, "number.symbol", "AD2208.case", "TTR-SGTVT", "TTr");

    [Fact]
    public void Lower_case_letters_are_left_to_AD2207() =>
        ShouldReportSingle(WithNumber("Số: 125/bc-SGTVT"), "AD2207");

    [Fact]
    public void Trich_sao_is_TrS_under_nd30_and_TS_is_accepted_under_tt01()
    {
        var copy = AsKind(DocumentKind.CopyExtract) with { Number = ParsedNumber("Số: 05/TS-VP") };
        ShouldReportSingle(copy, "AD2208").ShouldBe(DiagnosticSeverity.Error, "number.symbol", "AD2208", "TS-VP", "TrS");
        ShouldBeSilent(copy, Tt01);
    }

    [Theory]
    [InlineData(DocumentKind.Other)]
    [InlineData(DocumentKind.OfficialLetter)]
    [InlineData(DocumentKind.PublicLetter)]
    public void Kinds_without_an_abbreviation_are_not_checked(DocumentKind kind) =>
        Own(Correct() with { Kind = kind, Number = ParsedNumber("Số: 125/XYZ-SGTVT") }).Should().NotContain(d => d.Id == "AD2208");

    [Fact]
    public void A_number_without_symbol_is_not_checked() =>
        Own(WithNumber("Số: 125")).Should().NotContain(d => d.Id == "AD2208");
}

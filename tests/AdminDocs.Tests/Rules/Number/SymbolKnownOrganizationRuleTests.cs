using System.Collections.Immutable;
using AdminDocs.Validation;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.Number;

public class SymbolKnownOrganizationRuleTests
{
    private static ValidationOptions Known(params string[] abbreviations) => Draft with { KnownAbbreviations = ImmutableArray.Create(abbreviations) };

    [Fact]
    public void Without_configuration_the_rule_is_silent() => ShouldBeSilent(WithNumber("Số: 125/BC-XYZ"));

    [Fact]
    public void Known_abbreviations_are_silent() => ShouldBeSilent(Correct(), Known("SGTVT", "VP"));

    [Fact]
    public void An_unknown_issuer_is_info() =>
        ShouldReportSingle(Correct(), "AD2210", Known("UBND", "VP")).ShouldBe(DiagnosticSeverity.Info, "number.symbol", "AD2210", "SGTVT", "UBND, VP");

    [Fact]
    public void Every_group_of_a_cong_van_is_checked() =>
        ShouldReportSingle(CorrectLetter() with { Number = ParsedNumber("Số: 125/SGTVT-KHTC") }, "AD2210", Known("SGTVT", "VP"))
            .ShouldBe(DiagnosticSeverity.Info, "number.symbol", "AD2210", "KHTC");

    [Fact]
    public void The_type_abbreviation_is_not_an_organisation() =>
        ShouldBeSilent(AsKind(DocumentKind.Submission), Known("SGTVT"));
}

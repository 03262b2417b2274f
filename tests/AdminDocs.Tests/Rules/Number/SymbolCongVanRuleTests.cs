using System.Collections.Immutable;
using System.Linq;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.Number;

public class SymbolCongVanRuleTests
{
    private static AdminDocument Letter(string line) => CorrectLetter() with { Number = ParsedNumber(line) };

    [Theory]
    [InlineData("Số: 125/SGTVT-VP")]
    [InlineData("Số: 12/UBND-VX")]
    [InlineData("Số:    /SGTVT-KHTC")]
    public void Correct_letters_are_silent(string line) =>
        Own(Letter(line)).Should().NotContain(d => d.Id == "AD2209");

    [Fact]
    public void Correct_letter_is_silent() => ShouldBeSilent(CorrectLetter());

    [Theory]
    [InlineData("Số: 125/CV-SGTVT", "CV")]
    [InlineData("Số: 125/cv-SGTVT", "cv")]
    public void CV_is_an_error(string line, string first) =>
        ShouldReportOnly(Letter(line), Draft, first == "cv" ? new[] { "AD2209", "AD2207" } : new[] { "AD2209" })
            .Single(d => d.Id == "AD2209").ShouldBe(DiagnosticSeverity.Error, "number.symbol", "AD2209.cv", ParsedNumber(line).Symbol!, first);

    [Fact]
    public void A_type_abbreviation_is_an_error() =>
        ShouldReportSingle(Letter("Số: 125/BC-SGTVT"), "AD2209").ShouldBe(DiagnosticSeverity.Error, "number.symbol", "AD2209.type-abbreviation", "BC-SGTVT", "BC");

    [Fact]
    public void A_single_group_is_an_error() =>
        ShouldReportSingle(Letter("Số: 125/SGTVT"), "AD2209").ShouldBe(DiagnosticSeverity.Error, "number.symbol", "AD2209.single-group", "SGTVT");

    [Fact]
    public void CV_alone_has_two_defects() =>
        ShouldReportOnly(Letter("Số: 125/CV"), Draft, "AD2209", "AD2209").Select(d => d.MessageKey)
            .Should().BeEquivalentTo("AD2209.cv", "AD2209.single-group");

    [Fact]
    public void A_configured_issuer_abbreviation_that_looks_like_a_type_is_accepted()
    {
        var letter = Letter("Số: 1234/CT-TTHT");
        ShouldReportSingle(letter, "AD2209");
        ShouldBeSilent(letter, Draft with { KnownAbbreviations = ImmutableArray.Create("CT", "TTHT") });
    }

    [Fact]
    public void Tt01_does_not_run_the_rule_its_unit_part_was_optional() =>
        Own(Letter("Số: 125/SGTVT"), Tt01).Should().NotContain(d => d.Id == "AD2209", "under TT01 the unit part was optional (rules.tsv: ND30 only)");
}

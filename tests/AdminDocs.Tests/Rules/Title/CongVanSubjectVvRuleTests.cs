using System.Linq;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.Title;

public class CongVanSubjectVvRuleTests
{
    private const string Rest = "triển khai nhiệm vụ năm 2025";

    private static AdminDocument Letter(string? prefix, string firstLine) => CorrectLetter() with { Subject = Vv(prefix, firstLine, Rest) };

    [Fact]
    public void Correct_letter_is_silent() => ShouldBeSilent(CorrectLetter());

    [Theory]
    [InlineData("V/V", "V/V " + Rest, "AD3107.uppercase", "V/V")]
    [InlineData("v/v", "v/v " + Rest, "AD3107.lowercase", "v/v")]
    [InlineData("V / v", "V / v " + Rest, "AD3107.form", "V / v")]
    [InlineData("V/v:", "V/v: " + Rest, "AD3107.colon", "V/v:")]
    [InlineData("V/v", "V/v: " + Rest, "AD3107.colon", "V/v:")]
    [InlineData("V/v", "V/v. " + Rest, "AD3107.punctuation", "V/v.")]
    [InlineData("Về việc", "Về việc " + Rest, "AD3107.ve-viec", "Về việc")]
    [InlineData("Về việc:", "Về việc: " + Rest, "AD3107.ve-viec", "Về việc:")]
    [InlineData(null, Rest, "AD3107.missing", Rest)]
    [InlineData("V/v", "V/v" + Rest, "AD3107.missing-space", "V/vtriển")]
    public void Each_wrong_prefix_is_one_warning(string? prefix, string firstLine, string key, string quoted) =>
        ShouldReportSingle(Letter(prefix, firstLine), "AD3107").ShouldBe(DiagnosticSeverity.Warning, "subject", key, quoted, "V/v");

    [Fact]
    public void Wrong_case_and_a_colon_are_two_findings() =>
        ShouldReportOnly(Letter("V/V:", "V/V: " + Rest), Draft, "AD3107", "AD3107").Select(d => d.MessageKey)
            .Should().BeEquivalentTo("AD3107.uppercase", "AD3107.colon");

    [Fact]
    public void An_unknown_prefix_is_quoted() =>
        ShouldReportSingle(Letter("Vv", "Vv " + Rest), "AD3107").ShouldBe(DiagnosticSeverity.Warning, "subject", "AD3107", "Vv");

    [Fact]
    public void Only_cong_van_is_checked() =>
        ShouldBeSilent(Correct() with { Subject = Vv("Về việc", "Về việc " + Rest, Rest) });
}

using System.Linq;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.Header;

public class MottoTextRuleTests
{
    private static AdminDocument With(string text) => Correct() with { Motto = new TextElement(text) };

    [Fact]
    public void Correct_report_is_silent() => ShouldBeSilent(Correct());

    [Theory]
    [InlineData("Độc lập – Tự do – Hạnh phúc", "–")]
    [InlineData("Độc lập — Tự do — Hạnh phúc", "—")]
    public void En_or_em_dash_is_AD2007_a_warning_and_not_AD2005(string text, string dash) =>
        ShouldReportSingle(With(text), "AD2007").ShouldBe(DiagnosticSeverity.Warning, "motto", "AD2007", text, dash, "Độc lập - Tự do - Hạnh phúc");

    [Fact]
    public void Mixed_dashes_are_one_AD2007_finding() =>
        ShouldReportSingle(With("Độc lập – Tự do — Hạnh phúc"), "AD2007").ShouldBe(DiagnosticSeverity.Warning, "motto", "AD2007", "–");

    [Fact]
    public void Other_words_with_dashes_are_AD2005_only() =>
        ShouldReportSingle(With("Độc lập – Tự do – Hạnh phúc – Ấm no"), "AD2005").ShouldBe(DiagnosticSeverity.Error, "motto", "AD2005", "Độc lập – Tự do – Hạnh phúc – Ấm no");

    [Theory]
    [InlineData("Độc lập-Tự do-Hạnh phúc")]
    [InlineData("Độc lập -Tự do- Hạnh phúc")]
    [InlineData("Độc lập  - Tự do - Hạnh phúc")]
    public void Missing_or_extra_spaces_are_reported(string text) =>
        ShouldReportSingle(With(text), "AD2005").ShouldBe(DiagnosticSeverity.Error, "motto", "AD2005.spacing", text);

    [Theory]
    [InlineData("Độc Lập - Tự Do - Hạnh Phúc")]
    [InlineData("ĐỘC LẬP - TỰ DO - HẠNH PHÚC")]
    [InlineData("độc lập - tự do - hạnh phúc")]
    public void Wrong_capitalisation_is_reported(string text) =>
        ShouldReportSingle(With(text), "AD2005").ShouldBe(DiagnosticSeverity.Error, "motto", "AD2005.case", text, "Độc lập - Tự do - Hạnh phúc");

    [Fact]
    public void Dash_and_case_are_two_findings_of_two_rules()
    {
        var found = ShouldReportOnly(With("ĐỘC LẬP – TỰ DO – HẠNH PHÚC"), Draft, "AD2005", "AD2007");
        found.Select(d => d.MessageKey).Should().BeEquivalentTo("AD2007", "AD2005.case");
        found.Single(d => d.Id == "AD2007").Severity.Should().Be(DiagnosticSeverity.Warning);
        found.Single(d => d.Id == "AD2005").Severity.Should().Be(DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("Độc lập - Tự do - Hạnh phúc.")]
    [InlineData("Độc lập Tự do Hạnh phúc")]
    [InlineData("Độc lập - Tự do")]
    public void Other_text_is_quoted(string text) =>
        ShouldReportSingle(With(text), "AD2005").ShouldBe(DiagnosticSeverity.Error, "motto", "AD2005", text);
}

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
    public void En_or_em_dash_is_reported(string text, string dash) =>
        ShouldReportSingle(With(text), "AD2005").ShouldBe(DiagnosticSeverity.Error, "motto", "AD2005.dash", text, dash);

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
    public void Dash_and_case_are_two_findings()
    {
        var found = ShouldReportOnly(With("ĐỘC LẬP – TỰ DO – HẠNH PHÚC"), Draft, "AD2005", "AD2005");
        found.Select(d => d.MessageKey).Should().BeEquivalentTo("AD2005.dash", "AD2005.case");
    }

    [Theory]
    [InlineData("Độc lập - Tự do - Hạnh phúc.")]
    [InlineData("Độc lập Tự do Hạnh phúc")]
    [InlineData("Độc lập - Tự do")]
    public void Other_text_is_quoted(string text) =>
        ShouldReportSingle(With(text), "AD2005").ShouldBe(DiagnosticSeverity.Error, "motto", "AD2005", text);
}

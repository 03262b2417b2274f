using AdminDocs.Validation;
using Xunit;
using static AdminDocs.Tests.Rules.BodyStructure.BodyRuleKit;

namespace AdminDocs.Tests.Rules.BodyStructure;

public class SectionArabicRuleTests
{
    [Fact]
    public void Arabic_sections_are_silent() => ShouldBeSilent(Regulation(GoodRegulationBody));

    [Fact]
    public void A_reports_roman_sections_are_not_judged_here() => ShouldBeSilent(Report(GoodReportBody));

    [Fact]
    public void A_roman_muc_is_a_warning() =>
        ShouldReportSingle(Regulation(GoodRegulationBody.Replace("Mục 2\n", "Mục II\n", System.StringComparison.Ordinal)), "AD4006")
            .ShouldBe(DiagnosticSeverity.Warning, "body.nodes[1].children[1]", "AD4006", "Mục II", "Mục 2");

    [Fact]
    public void A_roman_article_is_a_warning() =>
        ShouldReportOnly(Decision(GoodBasesNd30, GoodArticles.Replace("Điều 2.", "Điều II.", System.StringComparison.Ordinal)), Draft, "AD4006", "AD4009")[0]
            .ShouldBe(DiagnosticSeverity.Warning, "body.nodes[5].children[0]", "AD4006", "Điều II", "Điều 2");
}

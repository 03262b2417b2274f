using AdminDocs.Validation;
using Xunit;
using static AdminDocs.Tests.Rules.BodyStructure.BodyRuleKit;

namespace AdminDocs.Tests.Rules.BodyStructure;

public class ArticleFormatRuleTests
{
    [Fact]
    public void Articles_with_their_titles_are_silent() => ShouldBeSilent(Regulation(GoodRegulationBody));

    [Fact]
    public void Articles_of_a_decision_are_silent() => ShouldBeSilent(Decision(GoodBasesNd30, GoodArticles));

    [Theory]
    [InlineData("Điều 2:", "Điều 2:")]
    [InlineData("Điều 2 ", "Điều 2")]
    [InlineData("ĐIỀU 2.", "ĐIỀU 2.")]
    public void A_label_other_than_dieu_n_period_is_a_warning(string written, string label) =>
        ShouldReportSingle(Decision(GoodBasesNd30, GoodArticles.Replace("Điều 2. ", written + " ", System.StringComparison.Ordinal)), "AD4007")
            .ShouldBe(DiagnosticSeverity.Warning, "body.nodes[6]", "AD4007", label, "Điều 2.");

    [Fact]
    public void A_title_on_the_line_below_is_a_warning() =>
        ShouldReportSingle(Regulation(GoodRegulationBody.Replace("Điều 2. Soạn thảo văn bản", "Điều 2.\nSoạn thảo văn bản", System.StringComparison.Ordinal)), "AD4007")
            .ShouldBe(DiagnosticSeverity.Warning, "body.nodes[1].children[0].children[0]", "AD4007.title-below", "Điều 2.", "Soạn thảo văn bản");
}

using AdminDocs.Validation;
using FluentAssertions;
using Xunit;
using static AdminDocs.Tests.Rules.BodyStructure.BodyRuleKit;

namespace AdminDocs.Tests.Rules.BodyStructure;

public class BodyEndMarkRuleTests
{
    [Fact]
    public void A_body_ending_with_the_mark_is_silent() => ShouldBeSilent(Decision(GoodBasesNd30, GoodArticles));

    [Fact]
    public void A_body_without_the_mark_is_info() =>
        ShouldReportSingle(Decision(GoodBasesNd30, GoodArticles.Replace("Quyết định này./.", "Quyết định này.", System.StringComparison.Ordinal)), "AD4012")
            .ShouldBe(DiagnosticSeverity.Info, "body.nodes[7]", "AD4012", "…trách nhiệm thi hành Quyết định này.");

    [Fact]
    public void The_mark_is_expected_under_tt01_too() =>
        ShouldReportSingle(Report(GoodReportBody.Replace("tỉnh./.", "tỉnh.", System.StringComparison.Ordinal)), "AD4012", Tt01).Severity.Should().Be(DiagnosticSeverity.Info);
}

using AdminDocs.Validation;
using Xunit;
using static AdminDocs.Tests.Rules.BodyStructure.BodyRuleKit;

namespace AdminDocs.Tests.Rules.BodyStructure;

public class ReportClosingRuleTests
{
    [Fact]
    public void A_report_with_a_closing_sentence_is_silent() => ShouldBeSilent(Report(GoodReportBody));

    [Fact]
    public void Kinh_bao_cao_closes_a_report() =>
        ShouldBeSilent(Report(GoodReportBody.Replace(
            "Trên đây là báo cáo kết quả thực hiện nhiệm vụ năm 2024 của Sở Giao thông vận tải, kính báo cáo",
            "Sở Giao thông vận tải kính báo cáo",
            System.StringComparison.Ordinal)));

    [Fact]
    public void A_report_without_closing_is_info()
    {
        var body = GoodReportBody.Replace(
            "\n\nTrên đây là báo cáo kết quả thực hiện nhiệm vụ năm 2024 của Sở Giao thông vận tải, kính báo cáo Ủy ban nhân dân tỉnh./.",
            string.Empty,
            System.StringComparison.Ordinal).Replace("tải trọng xe.", "tải trọng xe./.", System.StringComparison.Ordinal);
        ShouldReportSingle(Report(body), "AD4016").ShouldBe(DiagnosticSeverity.Info, "body.nodes[2].children[1]", "AD4016");
    }

    [Fact]
    public void A_decision_has_no_closing_sentence() => ShouldBeSilent(Decision(GoodBasesNd30, GoodArticles));
}

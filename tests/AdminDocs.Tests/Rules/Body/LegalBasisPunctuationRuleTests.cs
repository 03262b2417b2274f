using AdminDocs.Validation;
using Xunit;
using static AdminDocs.Tests.Rules.BodyStructure.BodyRuleKit;

namespace AdminDocs.Tests.Rules.BodyStructure;

public class LegalBasisPunctuationRuleTests
{
    private const string BasesTt01 = """
        Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;
        Căn cứ Nghị định số 110/2004/NĐ-CP ngày 08 tháng 4 năm 2004 của Chính phủ về công tác văn thư;
        Xét đề nghị của Giám đốc Sở Nội vụ,
        """;

    [Fact]
    public void Correct_bases_under_nd30_are_silent() => ShouldBeSilent(Decision(GoodBasesNd30, GoodArticles));

    [Fact]
    public void Bases_ending_with_a_comma_are_right_under_tt01() =>
        ShouldBeSilent(Decision(BasesTt01, GoodArticles, "ngày 10 tháng 3 năm 2019"), Tt01);

    [Fact]
    public void The_tt01_comma_is_a_warning_under_nd30() =>
        ShouldReportSingle(Decision(BasesTt01, GoodArticles), "AD4002", Nd30)
            .ShouldBe(DiagnosticSeverity.Warning, "body.nodes[3]", "AD4002.last", "Xét đề nghị của Giám đốc Sở Nội vụ,", ".");

    [Fact]
    public void The_nd30_period_is_a_warning_under_tt01() =>
        ShouldReportSingle(Decision(GoodBasesNd30, GoodArticles, "ngày 10 tháng 3 năm 2019"), "AD4002")
            .ShouldBe(DiagnosticSeverity.Warning, "body.nodes[3]", "AD4002.last", "Theo đề nghị của Giám đốc Sở Nội vụ.", ",");

    [Fact]
    public void A_base_that_does_not_end_with_a_semicolon_is_a_warning()
    {
        const string bases = """
            Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015,
            Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư.
            """;
        ShouldReportSingle(Decision(bases, GoodArticles), "AD4002")
            .ShouldBe(DiagnosticSeverity.Warning, "body.nodes[1]", "AD4002", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015,", ";");
    }

    [Fact]
    public void The_last_base_ending_with_a_semicolon_is_a_warning() =>
        ShouldReportSingle(Decision(GoodBasesNd30.Replace("Sở Nội vụ.", "Sở Nội vụ;", System.StringComparison.Ordinal), GoodArticles), "AD4002")
            .ShouldBe(DiagnosticSeverity.Warning, "body.nodes[3]", "AD4002.last", ".");

    [Fact]
    public void A_reports_opening_sentence_is_not_a_basis_block() =>
        ShouldBeSilent(Report(GoodReportBody.Replace("Thực hiện Công văn", "Căn cứ Công văn", System.StringComparison.Ordinal)));
}

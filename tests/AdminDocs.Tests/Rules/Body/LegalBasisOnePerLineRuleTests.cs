using AdminDocs.Validation;
using FluentAssertions;
using Xunit;
using static AdminDocs.Tests.Rules.BodyStructure.BodyRuleKit;

namespace AdminDocs.Tests.Rules.BodyStructure;

public class LegalBasisOnePerLineRuleTests
{
    [Fact]
    public void One_base_per_line_is_silent() => ShouldBeSilent(Decision(GoodBasesNd30, GoodArticles));

    [Fact]
    public void Two_bases_on_one_line_are_a_warning()
    {
        const string bases = """
            Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;
            Theo đề nghị của Giám đốc Sở Nội vụ.
            """;
        ShouldReportSingle(Decision(bases, GoodArticles), "AD4003")
            .ShouldBe(DiagnosticSeverity.Warning, "body.nodes[1]", "AD4003", "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;");
    }

    [Fact]
    public void Two_bases_on_one_line_are_a_warning_under_tt01_too()
    {
        const string bases = """
            Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001; căn cứ Nghị định số 110/2004/NĐ-CP ngày 08 tháng 4 năm 2004 của Chính phủ;
            Xét đề nghị của Giám đốc Sở Nội vụ,
            """;
        ShouldReportSingle(Decision(bases, GoodArticles, "ngày 10 tháng 3 năm 2019"), "AD4003").Severity.Should().Be(DiagnosticSeverity.Warning);
    }
}

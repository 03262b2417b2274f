using AdminDocs.Validation;
using Xunit;
using static AdminDocs.Tests.Rules.BodyStructure.BodyRuleKit;

namespace AdminDocs.Tests.Rules.BodyStructure;

public class NumberingSequenceRuleTests
{
    private static string R(string from, string to) => Report(GoodReportBody.Replace(from, to, System.StringComparison.Ordinal));

    [Fact]
    public void A_report_numbered_in_order_is_silent() => ShouldBeSilent(Report(GoodReportBody));

    [Fact]
    public void A_regulation_numbered_in_order_is_silent() => ShouldBeSilent(Regulation(GoodRegulationBody));

    [Fact]
    public void A_gap_in_roman_report_sections_is_a_warning() =>
        ShouldReportSingle(R("II. NHIỆM VỤ", "III. NHIỆM VỤ"), "AD4009")
            .ShouldBe(DiagnosticSeverity.Warning, "body.nodes[2]", "AD4009", "III.", "I.", "II.");

    [Fact]
    public void A_repeated_clause_is_a_warning() =>
        ShouldReportSingle(R("2. Tăng cường", "1. Tăng cường"), "AD4009")
            .ShouldBe(DiagnosticSeverity.Warning, "body.nodes[2].children[1]", "AD4009.repeat", "1.");

    [Fact]
    public void A_gap_in_points_is_a_warning() =>
        ShouldReportSingle(R("b) Kiểm tra", "c) Kiểm tra"), "AD4009")
            .ShouldBe(DiagnosticSeverity.Warning, "body.nodes[1].children[0].children[1]", "AD4009", "c)", "a)", "b)");

    [Fact]
    public void Clauses_that_do_not_start_at_one_are_a_warning() =>
        ShouldReportSingle(R("1. Công tác quản lý", "2. Công tác quản lý").Replace("2. Công tác đầu tư", "3. Công tác đầu tư", System.StringComparison.Ordinal), "AD4009")
            .ShouldBe(DiagnosticSeverity.Warning, "body.nodes[1].children[0]", "AD4009.start", "2.", "1.");

    [Fact]
    public void Articles_run_through_the_chapters() =>
        ShouldReportSingle(Regulation(GoodRegulationBody.Replace("Điều 2. Soạn thảo", "Điều 1. Soạn thảo", System.StringComparison.Ordinal)
            .Replace("Điều 3. Ban hành", "Điều 2. Ban hành", System.StringComparison.Ordinal)), "AD4009")
            .ShouldBe(DiagnosticSeverity.Warning, "body.nodes[1].children[0].children[0]", "AD4009.repeat", "Điều 1.");

    [Fact]
    public void A_subclause_under_the_wrong_clause_is_a_level_jump() =>
        ShouldReportSingle(Regulation(GoodRegulationBody.Replace("1.1. Mẫu chung.\n1.2. Mẫu riêng.", "2.1. Mẫu chung.\n2.2. Mẫu riêng.", System.StringComparison.Ordinal)), "AD4009")
            .ShouldBe(DiagnosticSeverity.Warning, "body.nodes[1].children[0].children[0].children[0].children[0]", "AD4009.level", "2.1.", "1.1.");

    [Fact]
    public void A_gap_in_subclauses_is_a_warning() =>
        ShouldReportSingle(Regulation(GoodRegulationBody.Replace("1.2. Mẫu riêng.", "1.3. Mẫu riêng.", System.StringComparison.Ordinal)), "AD4009")
            .ShouldBe(DiagnosticSeverity.Warning, "body.nodes[1].children[0].children[0].children[0].children[1]", "AD4009", "1.3.", "1.1.", "1.2.");

    [Fact]
    public void A_restart_at_one_is_a_new_run_not_a_gap() =>
        // A second list under the same part (or an appendix, or a quotation) starts again at 1.
        ShouldBeSilent(R("2. Công tác đầu tư xây dựng", "2. Công tác đầu tư xây dựng\n\n1. Dự án đường tỉnh\n\n2. Dự án cầu"));

    [Fact]
    public void A_broken_run_is_one_finding() =>
        ShouldReportSingle(R("1. Tiếp tục nâng cấp", "3. Tiếp tục nâng cấp").Replace("2. Tăng cường", "5. Tăng cường", System.StringComparison.Ordinal), "AD4009")
            .ShouldBe(DiagnosticSeverity.Warning, "body.nodes[2].children[0]", "AD4009.start", "3.", "1.");

    [Fact]
    public void An_amount_with_thousands_dots_at_the_start_of_a_line_is_not_a_number() =>
        ShouldBeSilent(R("Hoàn thành 3 dự án đường tỉnh đúng tiến độ.", "Hoàn thành 3 dự án với tổng vốn\n2.476.270 triệu đồng, trong đó\n425.585 triệu đồng vốn tỉnh."));

    [Fact]
    public void A_cited_article_at_the_start_of_a_line_is_not_the_first_article() =>
        // Nor an article missing its period for AD4007, nor a heading without a title for AD4010.
        ShouldBeSilent(R("Hoàn thành 3 dự án đường tỉnh đúng tiến độ.", "Hoàn thành 3 dự án theo quy định tại\nĐiều 76 Luật Địa chất và khoáng sản."));
}

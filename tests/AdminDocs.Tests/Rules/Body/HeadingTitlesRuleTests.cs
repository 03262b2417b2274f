using AdminDocs.Validation;
using Xunit;
using static AdminDocs.Tests.Rules.BodyStructure.BodyRuleKit;

namespace AdminDocs.Tests.Rules.BodyStructure;

public class HeadingTitlesRuleTests
{
    private static string G(string from, string to) => Regulation(GoodRegulationBody.Replace(from, to, System.StringComparison.Ordinal));

    [Fact]
    public void Titled_parts_are_silent() => ShouldBeSilent(Regulation(GoodRegulationBody));

    [Fact]
    public void A_chapter_title_in_sentence_case_is_a_warning() =>
        ShouldReportSingle(G("QUY ĐỊNH CHUNG", "Quy định chung"), "AD4010")
            .ShouldBe(DiagnosticSeverity.Warning, "body.nodes[0]", "AD4010.capitals", "Chương I", "Quy định chung");

    [Fact]
    public void A_muc_title_in_sentence_case_is_a_warning() =>
        ShouldReportSingle(G("BAN HÀNH VĂN BẢN", "Ban hành văn bản"), "AD4010")
            .ShouldBe(DiagnosticSeverity.Warning, "body.nodes[1].children[1]", "AD4010.capitals", "Mục 2", "Ban hành văn bản");

    [Fact]
    public void An_article_without_title_is_a_warning() =>
        ShouldReportSingle(G("Điều 3. Ban hành văn bản\n", "Điều 3.\n"), "AD4010")
            .ShouldBe(DiagnosticSeverity.Warning, "body.nodes[1].children[1].children[0]", "AD4010", "Điều 3.");

    [Fact]
    public void A_chapter_without_title_is_a_warning() =>
        ShouldReportSingle(G("Chương I\nQUY ĐỊNH CHUNG\n", "Chương I\n"), "AD4010")
            .ShouldBe(DiagnosticSeverity.Warning, "body.nodes[0]", "AD4010", "Chương I");

    [Fact]
    public void A_plans_roman_sections_need_capitals()
    {
        var plan = Report(GoodReportBody.Replace("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024", "I. Mục đích, yêu cầu", System.StringComparison.Ordinal))
            .Replace("BÁO CÁO", "KẾ HOẠCH", System.StringComparison.Ordinal).Replace("/BC-", "/KH-", System.StringComparison.Ordinal);
        ShouldReportOnly(plan, Draft, "AD4010")[0].ShouldBe(DiagnosticSeverity.Warning, "body.nodes[1]", "AD4010.capitals", "I.", "Mục đích, yêu cầu");
    }
}

using AdminDocs.Validation;
using FluentAssertions;
using Xunit;
using static AdminDocs.Tests.Rules.BodyStructure.BodyRuleKit;

namespace AdminDocs.Tests.Rules.BodyStructure;

public class AppendixRulesTests
{
    private const string Articles = """
        Điều 1. Thành lập Tổ công tác cải cách hành chính tỉnh Bình Định, gồm các thành viên tại Phụ lục I và nhiệm vụ tại Phụ lục II kèm theo Quyết định này.
        Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
        Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ và Thủ trưởng các cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này./.
        """;

    private const string Appendices = """

        Phụ lục I
        DANH SÁCH THÀNH VIÊN TỔ CÔNG TÁC
        (Kèm theo Quyết định số 12/QĐ-UBND ngày 10 tháng 3 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh)
        1. Ông Nguyễn Văn B, Giám đốc Sở Nội vụ.
        2. Bà Trần Thị C, Phó Giám đốc Sở Tư pháp.

        Phụ lục II
        NHIỆM VỤ CỦA TỔ CÔNG TÁC
        (Kèm theo Quyết định số 12/QĐ-UBND ngày 10 tháng 3 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh)
        1. Tham mưu kế hoạch cải cách hành chính.
        2. Kiểm tra việc thực hiện.
        """;

    private static string Doc(string articles = Articles, string appendices = Appendices) =>
        Decision(GoodBasesNd30, articles, appendices: appendices);

    private static string A(string from, string to) => Doc(appendices: Appendices.Replace(from, to, System.StringComparison.Ordinal));

    [Fact]
    public void Referenced_and_well_formed_appendices_are_silent() => ShouldBeSilent(Doc());

    [Fact]
    public void A_generic_mention_covers_every_appendix() =>
        ShouldBeSilent(Doc(Articles.Replace("gồm các thành viên tại Phụ lục I và nhiệm vụ tại Phụ lục II kèm theo Quyết định này", "(Phụ lục kèm theo)", System.StringComparison.Ordinal)));

    [Fact]
    public void A_range_covers_the_appendices_in_it() =>
        ShouldBeSilent(Doc(Articles.Replace("tại Phụ lục I và nhiệm vụ tại Phụ lục II", "và nhiệm vụ tại các phụ lục I - II", System.StringComparison.Ordinal)));

    [Fact]
    public void An_appendix_not_referred_to_is_a_warning() =>
        ShouldReportSingle(Doc(Articles.Replace(" và nhiệm vụ tại Phụ lục II", string.Empty, System.StringComparison.Ordinal)), "AD4013")
            .ShouldBe(DiagnosticSeverity.Warning, "appendices[1].label", "AD4013", "Phụ lục II");

    [Fact]
    public void Arabic_numbers_for_two_appendices_are_an_error()
    {
        var text = Doc(Articles.Replace("Phụ lục I ", "Phụ lục 1 ", System.StringComparison.Ordinal).Replace("Phụ lục II", "Phụ lục 2", System.StringComparison.Ordinal),
            Appendices.Replace("Phụ lục I\n", "Phụ lục 1\n", System.StringComparison.Ordinal).Replace("Phụ lục II\n", "Phụ lục 2\n", System.StringComparison.Ordinal));
        var found = ShouldReportOnly(text, Draft, "AD4014", "AD4014");
        found[0].ShouldBe(DiagnosticSeverity.Error, "appendices[0].label", "AD4014", "Phụ lục 1", "Phụ lục I");
        found[1].ShouldBe(DiagnosticSeverity.Error, "appendices[1].label", "AD4014", "Phụ lục 2", "Phụ lục II");
    }

    [Fact]
    public void One_appendix_needs_no_number() =>
        ShouldBeSilent(Decision(GoodBasesNd30, Articles.Replace("gồm các thành viên tại Phụ lục I và nhiệm vụ tại Phụ lục II kèm theo Quyết định này", "gồm các thành viên tại Phụ lục kèm theo Quyết định này", System.StringComparison.Ordinal),
            appendices: Appendices.Substring(0, Appendices.IndexOf("\nPhụ lục II", System.StringComparison.Ordinal)).Replace("Phụ lục I\n", "Phụ lục\n", System.StringComparison.Ordinal)));

    [Fact]
    public void A_missing_reference_line_is_a_warning() =>
        ShouldReportSingle(A("NHIỆM VỤ CỦA TỔ CÔNG TÁC\n(Kèm theo Quyết định số 12/QĐ-UBND ngày 10 tháng 3 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh)\n", "NHIỆM VỤ CỦA TỔ CÔNG TÁC\n"), "AD4015")
            .ShouldBe(DiagnosticSeverity.Warning, "appendices[1]", "AD4015.reference-missing", "Phụ lục II");

    [Fact]
    public void An_incomplete_reference_line_is_a_warning() =>
        ShouldReportSingle(A("(Kèm theo Quyết định số 12/QĐ-UBND ngày 10 tháng 3 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh)\n1. Tham mưu", "(Kèm theo Quyết định này)\n1. Tham mưu"), "AD4015")
            .ShouldBe(DiagnosticSeverity.Warning, "appendices[1].reference", "AD4015", "(Kèm theo Quyết định này)");

    [Fact]
    public void A_title_in_sentence_case_is_a_warning() =>
        ShouldReportSingle(A("DANH SÁCH THÀNH VIÊN TỔ CÔNG TÁC", "Danh sách thành viên Tổ công tác"), "AD4015")
            .ShouldBe(DiagnosticSeverity.Warning, "appendices[0].title", "AD4015.title", "Danh sách thành viên Tổ công tác");

    [Fact]
    public void A_label_in_capitals_is_a_warning() =>
        ShouldReportOnly(A("Phụ lục I\n", "PHỤ LỤC I\n"), Draft, "AD4015")[0]
            .ShouldBe(DiagnosticSeverity.Warning, "appendices[0].label", "AD4015.label", "PHỤ LỤC I", "Phụ lục I");

    [Fact]
    public void Appendix_findings_carry_locations() =>
        ShouldReportSingle(Doc(Articles.Replace(" và nhiệm vụ tại Phụ lục II", string.Empty, System.StringComparison.Ordinal)), "AD4013").Location.Should().NotBeNull();
}

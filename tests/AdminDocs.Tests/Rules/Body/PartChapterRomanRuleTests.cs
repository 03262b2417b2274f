using AdminDocs.Validation;
using Xunit;
using static AdminDocs.Tests.Rules.BodyStructure.BodyRuleKit;

namespace AdminDocs.Tests.Rules.BodyStructure;

public class PartChapterRomanRuleTests
{
    [Fact]
    public void Roman_chapters_are_silent() => ShouldBeSilent(Regulation(GoodRegulationBody));

    [Fact]
    public void An_arabic_chapter_is_a_warning() =>
        ShouldReportSingle(Regulation(GoodRegulationBody.Replace("Chương II\n", "Chương 2\n", System.StringComparison.Ordinal)), "AD4005")
            .ShouldBe(DiagnosticSeverity.Warning, "body.nodes[1]", "AD4005", "Chương 2", "Chương II");

    [Fact]
    public void An_arabic_part_of_a_report_is_a_warning()
    {
        var body = GoodReportBody.Replace("I. KẾT QUẢ", "Phần 1\nTÌNH HÌNH CHUNG\n\nI. KẾT QUẢ", System.StringComparison.Ordinal);
        ShouldReportSingle(Report(body), "AD4005").ShouldBe(DiagnosticSeverity.Warning, "body.nodes[1]", "AD4005", "Phần 1", "Phần I");
    }
}

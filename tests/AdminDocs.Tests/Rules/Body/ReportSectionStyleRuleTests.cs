using System.IO;
using System.Linq;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;
using static AdminDocs.Tests.Rules.BodyStructure.BodyRuleKit;

namespace AdminDocs.Tests.Rules.BodyStructure;

public class ReportSectionStyleRuleTests
{
    [Fact]
    public void Roman_sections_with_capital_titles_are_silent() => ShouldBeSilent(Report(GoodReportBody));

    [Fact]
    public void The_nd30_sample_is_silent() =>
        ShouldBeSilent(File.ReadAllText(Dump.Asset("samples/bao-cao-mau-nd30.txt")));

    [Fact]
    public void The_real_2019_report_gets_exactly_AD4011_as_info()
    {
        var result = Validator.Default.ValidateFile(Dump.Asset("samples/bao-cao-sgtvt-binh-dinh-2019.txt"), new ValidationOptions());
        var own = result.Diagnostics.Where(d => d.Id.StartsWith("AD40", System.StringComparison.Ordinal)).ToArray();
        own.Select(d => d.Id).Should().Equal("AD4011");
        own[0].ShouldBe(DiagnosticSeverity.Info, "body.nodes[1]", "AD4011", "1.");
    }

    [Fact]
    public void A_report_numbered_1_2_is_info()
    {
        var body = GoodReportBody.Replace("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024\n\n", string.Empty, System.StringComparison.Ordinal)
            .Replace("II. NHIỆM VỤ, GIẢI PHÁP NĂM 2025\n\n1. Tiếp tục nâng cấp hạ tầng giao thông.\n\n2. Tăng cường kiểm tra tải trọng xe.", "3. Nhiệm vụ năm 2025", System.StringComparison.Ordinal);
        ShouldReportSingle(Report(body), "AD4011").ShouldBe(DiagnosticSeverity.Info, "body.nodes[1]", "AD4011", "1.");
    }

    [Fact]
    public void A_section_title_in_sentence_case_is_info() =>
        ShouldReportSingle(Report(GoodReportBody.Replace("II. NHIỆM VỤ, GIẢI PHÁP NĂM 2025", "II. Nhiệm vụ, giải pháp năm 2025", System.StringComparison.Ordinal)), "AD4011")
            .ShouldBe(DiagnosticSeverity.Info, "body.nodes[2]", "AD4011.capitals", "II.", "Nhiệm vụ, giải pháp năm 2025");
}

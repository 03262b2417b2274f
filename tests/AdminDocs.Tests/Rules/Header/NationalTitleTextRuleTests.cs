using System.Text;
using AdminDocs.Validation;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.Header;

public class NationalTitleTextRuleTests
{
    private static AdminDocument With(string text) => Correct() with { NationalTitle = new TextElement(text) };

    [Theory]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    [InlineData("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    public void Both_tone_mark_placements_are_accepted(string text) => ShouldBeSilent(With(text));

    [Fact]
    public void Decomposed_text_is_compared_as_nfc() =>
        ShouldBeSilent(With("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".Normalize(NormalizationForm.FormD)));

    [Fact]
    public void Lower_case_is_reported_as_case() =>
        ShouldReportSingle(With("Cộng hòa xã hội chủ nghĩa Việt Nam"), "AD2002")
            .ShouldBe(DiagnosticSeverity.Error, "nationalTitle", "AD2002.case", "Cộng hòa xã hội chủ nghĩa Việt Nam", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");

    [Fact]
    public void Double_space_is_reported_as_spacing() =>
        ShouldReportSingle(With("CỘNG HÒA  XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "AD2002")
            .ShouldBe(DiagnosticSeverity.Error, "nationalTitle", "AD2002.spacing", "CỘNG HÒA  XÃ HỘI CHỦ NGHĨA VIỆT NAM");

    [Theory]
    [InlineData("CỘNG HÒA XHCN VIỆT NAM")]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHỈA VIỆT NAM")]
    public void Other_text_is_quoted(string text) =>
        ShouldReportSingle(With(text), "AD2002").ShouldBe(DiagnosticSeverity.Error, "nationalTitle", "AD2002", text);

    [Fact]
    public void Tt01_checks_the_same_text() =>
        ShouldReportSingle(With("CỘNG HÒA XHCN VIỆT NAM"), "AD2002", Tt01);
}

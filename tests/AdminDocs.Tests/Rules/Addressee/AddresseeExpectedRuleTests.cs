using AdminDocs.Validation;
using FluentAssertions;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.Addressee;

public class AddresseeExpectedRuleTests
{
    [Fact]
    public void Correct_letter_is_silent() => ShouldBeSilent(CorrectLetter());

    [Fact]
    public void A_cong_van_without_kinh_gui_is_a_warning()
    {
        var d = ShouldReportSingle(CorrectLetter() with { Addressees = null }, "AD3201");
        d.ShouldBe(DiagnosticSeverity.Warning, "addressees", "AD3201", "công văn");
        d.Location.Should().BeNull();
    }

    [Fact]
    public void A_to_trinh_without_kinh_gui_is_a_warning() =>
        ShouldReportSingle(AsKind(DocumentKind.Submission) with { Addressees = null }, "AD3201")
            .ShouldBe(DiagnosticSeverity.Warning, "addressees", "AD3201", "tờ trình");

    [Fact]
    public void A_bao_cao_is_never_asked_for_one() => ShouldBeSilent(Correct() with { Addressees = null });
}

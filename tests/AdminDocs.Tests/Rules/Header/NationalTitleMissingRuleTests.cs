using AdminDocs.Validation;
using FluentAssertions;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.Header;

public class NationalTitleMissingRuleTests
{
    [Fact]
    public void Correct_report_is_silent() => ShouldBeSilent(Correct());

    [Fact]
    public void Missing_national_title_is_an_error()
    {
        var d = ShouldReportSingle(Correct() with { NationalTitle = null }, "AD2001");
        d.ShouldBe(DiagnosticSeverity.Error, "nationalTitle", "AD2001", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        d.Location.Should().BeNull();
    }

    [Fact]
    public void Tt01_also_requires_it() =>
        ShouldReportSingle(Correct() with { NationalTitle = null }, "AD2001", Tt01);

    [Fact]
    public void A_party_document_is_not_checked()
    {
        var party = Correct() with { NationalTitle = null, Motto = null, PartyHeading = new TextElement("ĐẢNG CỘNG SẢN VIỆT NAM") };
        Own(party, Draft with { Profile = DocumentProfile.Hd36 }).Should().NotContain(d => d.Id == "AD2001");
    }
}

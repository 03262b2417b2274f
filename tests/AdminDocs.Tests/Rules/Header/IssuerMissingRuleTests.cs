using AdminDocs.Validation;
using FluentAssertions;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.Header;

public class IssuerMissingRuleTests
{
    [Fact]
    public void Correct_report_is_silent() => ShouldBeSilent(Correct());

    [Fact]
    public void Missing_issuer_is_an_error_only_once()
    {
        var d = ShouldReportSingle(Correct() with { IssuingAgency = null }, "AD2101");
        d.ShouldBe(DiagnosticSeverity.Error, "issuingAgency", "AD2101");
        d.Location.Should().BeNull();
    }

    [Fact]
    public void Party_documents_need_an_issuer_too()
    {
        var party = Correct() with { IssuingAgency = null, NationalTitle = null, Motto = null, PartyHeading = new TextElement("ĐẢNG CỘNG SẢN VIỆT NAM") };
        Own(party, Draft with { Profile = DocumentProfile.Hd36 }).Should().Contain(d => d.Id == "AD2101");
    }
}

using AdminDocs.Validation;
using FluentAssertions;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.Title;

public class TitleMissingRuleTests
{
    [Fact]
    public void Correct_report_is_silent() => ShouldBeSilent(Correct());

    [Fact]
    public void A_report_without_title_is_an_error()
    {
        var d = ShouldReportSingle(Correct() with { Title = null }, "AD3101");
        d.ShouldBe(DiagnosticSeverity.Error, "title", "AD3101.expected", "BÁO CÁO");
        d.Location.Should().BeNull();
    }

    [Fact]
    public void An_unknown_kind_without_title_is_an_error() =>
        ShouldReportSingle(Correct() with { Kind = DocumentKind.Other, Title = null }, "AD3101").ShouldBe(DiagnosticSeverity.Error, "title", "AD3101");

    [Fact]
    public void A_cong_van_has_no_title() =>
        Own(Correct() with { Kind = DocumentKind.OfficialLetter, Title = null }).Should().NotContain(d => d.Id == "AD3101");

    // A thư công is known by its own title line ("THƯ CHÚC MỪNG"): one built in code without it lacks its title.
    [Fact]
    public void A_thu_cong_built_without_its_title_line_lacks_it() =>
        ShouldReportSingle(Correct() with { Kind = DocumentKind.PublicLetter, Title = null }, "AD3101").ShouldBe(DiagnosticSeverity.Error, "title", "AD3101");
}

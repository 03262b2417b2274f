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

    [Theory]
    [InlineData(DocumentKind.OfficialLetter)]
    [InlineData(DocumentKind.PublicLetter)]
    public void Letters_have_no_title(DocumentKind kind) =>
        Own(Correct() with { Kind = kind, Title = null }).Should().NotContain(d => d.Id == "AD3101");
}

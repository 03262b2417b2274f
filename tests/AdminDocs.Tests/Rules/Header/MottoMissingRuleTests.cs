using AdminDocs.Validation;
using FluentAssertions;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.Header;

public class MottoMissingRuleTests
{
    [Fact]
    public void Correct_report_is_silent() => ShouldBeSilent(Correct());

    [Fact]
    public void Missing_motto_is_an_error()
    {
        var d = ShouldReportSingle(Correct() with { Motto = null }, "AD2004");
        d.ShouldBe(DiagnosticSeverity.Error, "motto", "AD2004", "Độc lập - Tự do - Hạnh phúc");
        d.Location.Should().BeNull();
    }
}

using AdminDocs.Validation;
using FluentAssertions;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.Number;

public class NumberMissingRuleTests
{
    [Fact]
    public void Correct_report_is_silent() => ShouldBeSilent(Correct());

    [Fact]
    public void Missing_number_line_is_one_error()
    {
        var d = ShouldReportSingle(Correct() with { Number = null }, "AD2201");
        d.ShouldBe(DiagnosticSeverity.Error, "number", "AD2201");
        d.Location.Should().BeNull();
    }

    [Fact]
    public void Party_documents_are_not_checked() =>
        Own(Correct() with { Number = null }, Draft with { Profile = DocumentProfile.Hd36 }).Should().NotContain(d => d.Id == "AD2201");
}

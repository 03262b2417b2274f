using System.Linq;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.Number;

public class NumberPrefixRuleTests
{
    [Fact]
    public void Correct_report_is_silent() => ShouldBeSilent(Correct());

    [Theory]
    [InlineData("số: 125/BC-SGTVT", "số:", "AD2203.lowercase")]
    [InlineData("SỐ: 125/BC-SGTVT", "SỐ:", "AD2203.uppercase")]
    [InlineData("So: 125/BC-SGTVT", "So:", "AD2203.spelling")]
    [InlineData("Số : 125/BC-SGTVT", "Số :", "AD2203.space-before-colon")]
    [InlineData("Số 125/BC-SGTVT", "Số", "AD2203.missing-colon")]
    [InlineData("Số; 125/BC-SGTVT", "Số;", "AD2203.punctuation")]
    public void Each_wrong_label_is_one_warning(string line, string label, string key) =>
        ShouldReportSingle(WithNumber(line), "AD2203").ShouldBe(DiagnosticSeverity.Warning, "number", key, label, "Số:");

    [Fact]
    public void A_number_glued_to_the_label_is_reported() =>
        ShouldReportSingle(WithNumber("Số:125/BC-SGTVT"), "AD2203").ShouldBe(DiagnosticSeverity.Warning, "number", "AD2203.missing-space", "Số:125");

    [Fact]
    public void Several_defects_give_several_findings()
    {
        var found = ShouldReportOnly(WithNumber("số :125/BC-SGTVT"), Draft, "AD2203", "AD2203", "AD2203");
        found.Select(d => d.MessageKey).Should().BeEquivalentTo("AD2203.lowercase", "AD2203.space-before-colon", "AD2203.missing-space");
    }

    [Fact]
    public void The_column_points_at_the_defect()
    {
        var number = ParsedNumber("Số :125/BC-SGTVT") with { Origin = At("Số :125/BC-SGTVT", 4) };
        var found = ShouldReportOnly(Correct() with { Number = number }, Draft, "AD2203", "AD2203");
        found.Single(d => d.MessageKey == "AD2203.space-before-colon").Location!.Column.Should().Be(3);
        found.Single(d => d.MessageKey == "AD2203.missing-space").Location!.Column.Should().Be(5);
    }
}

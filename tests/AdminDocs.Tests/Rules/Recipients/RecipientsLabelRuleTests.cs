using System.Linq;
using AdminDocs.Sources;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Recipients;

public class RecipientsLabelRuleTests
{
    private static AdminDocument WithLabel(string label, SourceSpan? origin = null) =>
        TestDocuments.CorrectReport() with
        {
            Recipients = TestDocuments.CorrectReport().Recipients! with { Label = new TextElement(label) { Origin = origin ?? SourceSpan.None } },
        };

    [Fact]
    public void Exact_label_is_silent() => FooterRules.Of(WithLabel("Nơi nhận:")).Should().BeEmpty();

    [Theory]
    [InlineData("Nơi nhận", "no-colon")]
    [InlineData("Nơi nhận :", "space-before-colon")]
    [InlineData("NƠI NHẬN:", "case")]
    [InlineData("nơi nhận:", "case")]
    [InlineData("Nơi Nhận:", "case")]
    [InlineData("Nơi gửi:", null)]
    public void Wrong_label_is_a_warning(string label, string? variant)
    {
        var d = FooterRules.Single(WithLabel(label), "AD5102", variant);

        d.Severity.Should().Be(DiagnosticSeverity.Warning);
        d.ModelPath.Should().Be("recipients.label");
        d.Arguments.Should().Equal(label, "Nơi nhận:");
    }

    [Fact]
    public void Space_before_colon_is_located_at_the_space_and_not_reported_by_AD6001()
    {
        var block = FooterRules.Block("Nơi nhận :", 60);

        var found = FooterRules.Of(WithLabel("Nơi nhận :", SourceSpan.Of(block)));

        found.Should().ContainSingle();
        found[0].MessageKey.Should().Be("AD5102.space-before-colon");
        found[0].Location.Should().Be(new SourceLocation(60, 9));
    }

    [Fact]
    public void Several_problems_each_get_a_diagnostic()
    {
        var found = FooterRules.Of(WithLabel("NƠI NHẬN"));

        found.Select(d => d.MessageKey).Should().BeEquivalentTo("AD5102.case", "AD5102.no-colon");
    }
}

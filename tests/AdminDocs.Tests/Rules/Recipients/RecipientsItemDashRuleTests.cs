using System.Collections.Immutable;
using AdminDocs.Sources;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Recipients;

public class RecipientsItemDashRuleTests
{
    [Theory]
    [InlineData("– Sở Thông tin và Truyền thông;", "other-marker", "–")]
    [InlineData("+ Sở Thông tin và Truyền thông;", "other-marker", "+")]
    [InlineData("• Sở Thông tin và Truyền thông;", "other-marker", "•")]
    [InlineData("Sở Thông tin và Truyền thông;", "no-marker", null)]
    [InlineData("-Sở Thông tin và Truyền thông;", "no-space", null)]
    public void Item_without_a_hyphen_and_space_is_a_warning(string line, string variant, string? marker)
    {
        var doc = FooterRules.WithRecipients("- Như trên;", line, "- Lưu: VT, VP.");

        var d = FooterRules.Single(doc, "AD5103", variant);

        d.Severity.Should().Be(DiagnosticSeverity.Warning);
        d.ModelPath.Should().Be("recipients.items[1]");
        d.Arguments[0].Should().Be(line);
        if (marker is not null)
        {
            d.Arguments.Should().Equal(line, marker);
        }
    }

    [Fact]
    public void Location_points_at_the_start_of_the_line()
    {
        var block = FooterRules.Block("+ Sở Tài chính;", 70);
        var item = TestDocuments.Item("+ Sở Tài chính;") with { Origin = SourceSpan.Of(block, 2) };
        var doc = TestDocuments.CorrectReport() with
        {
            Recipients = TestDocuments.CorrectReport().Recipients! with
            {
                Items = ImmutableArray.Create(TestDocuments.Item("- Như trên;"), item, TestDocuments.Item("- Lưu: VT, VP.")),
            },
        };

        FooterRules.Single(doc, "AD5103", "other-marker").Location.Should().Be(new SourceLocation(70, 1));
    }
}

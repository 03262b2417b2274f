using System.Collections.Immutable;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Recipients;

public class RecipientsMissingRuleTests
{
    [Fact]
    public void Correct_report_is_silent() => FooterRules.Of(TestDocuments.CorrectReport()).Should().BeEmpty();

    [Fact]
    public void No_recipients_block_is_an_error()
    {
        var doc = TestDocuments.CorrectReport() with { Recipients = null };

        var d = FooterRules.Single(doc, "AD5101");

        d.Severity.Should().Be(DiagnosticSeverity.Error);
        d.ModelPath.Should().Be("recipients");
        d.Location.Should().BeNull();
    }

    [Fact]
    public void Label_without_items_is_an_error()
    {
        var doc = TestDocuments.CorrectReport() with
        {
            Recipients = new AdminDocs.Recipients(new TextElement("Nơi nhận:")) { Items = ImmutableArray<ListItem>.Empty },
        };

        var d = FooterRules.Single(doc, "AD5101", "empty");

        d.ModelPath.Should().Be("recipients");
        d.Arguments.Should().Equal("Nơi nhận:");
    }
}

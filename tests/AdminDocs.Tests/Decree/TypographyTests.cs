using AdminDocs.Decree;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Decree;

public class TypographyTests
{
    [Fact]
    public void Every_written_size_is_one_the_rules_accept()
    {
        foreach (var (component, state, party) in Typography.All())
        {
            state.Size.Should().BeInRange(state.Min, state.Max, "{0} under ND30/TT01", component);
            party.Size.Should().BeInRange(party.Min, party.Max, "{0} under HD36", component);
        }
    }

    [Fact]
    public void The_table_holds_the_decree_s_sizes()
    {
        Typography.Of(Component.NationalTitle).Should().Be(new TypeFace(12, 12, 13, Bold: true));
        Typography.Of(Component.Motto).Should().Be(new TypeFace(13, 13, 14, Bold: true));
        Typography.Of(Component.RecipientsLabel).Should().Be(new TypeFace(12, 12, 12, Bold: true, Italic: true));
        Typography.Of(Component.Title, party: true).Should().Be(new TypeFace(15, 14, 16, Bold: true));
        Typography.Of(Component.Drafter, party: true).Should().Be(Typography.Of(Component.Drafter));
    }
}

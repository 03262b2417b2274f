using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Model;

/// <summary>The model's array is a read-only <see cref="IList{T}"/>, so LINQ's Count(), ElementAt, Last and ToArray
/// take their indexed fast paths instead of enumerating through an interface (that cost the recognizer 50 %,
/// docs/performance.md).</summary>
public class ValueArrayCollectionTests
{
    private static readonly ValueArray<string> Letters = ImmutableArray.Create("a", "b", "c");

    [Fact]
    public void It_is_a_read_only_list_for_LINQs_fast_paths()
    {
        IEnumerable<string> sequence = Letters;
        sequence.Should().BeAssignableTo<IList<string>>();
        ((ICollection<string>)Letters).IsReadOnly.Should().BeTrue();
        sequence.Count().Should().Be(3);
        sequence.ElementAt(1).Should().Be("b");
        sequence.Last().Should().Be("c");
        sequence.ToArray().Should().Equal("a", "b", "c");
        ((IList<string>)Letters).IndexOf("c").Should().Be(2);
        ((ICollection<string>)Letters).Contains("b").Should().BeTrue();
    }

    [Fact]
    public void Its_list_interface_refuses_every_change()
    {
        var list = (IList<string>)Letters;
        FluentActions.Invoking(() => list.Add("d")).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(() => list.Insert(0, "d")).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(() => list.RemoveAt(0)).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(() => list.Remove("a")).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(() => list.Clear()).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(() => list[0] = "z").Should().Throw<NotSupportedException>();
        Letters.Should().Equal("a", "b", "c");
    }
}

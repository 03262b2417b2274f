using System.Collections.Immutable;
using System.IO;
using AdminDocs.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Model;

/// <summary>The model compares by value: the same text recognized twice gives equal documents.</summary>
public class ValueEqualityTests
{
    [Theory]
    [InlineData("samples/bao-cao-mau-nd30.txt")]
    [InlineData("samples/bao-cao-sgtvt-binh-dinh-2019.txt")]
    public void The_same_text_recognized_twice_is_equal_with_equal_hash_codes(string sample)
    {
        var text = File.ReadAllText(Dump.Asset(sample));
        var first = TestDocuments.Recognize(text);
        var second = TestDocuments.Recognize(text);

        first.Should().NotBeSameAs(second);
        first.Signatures.Should().NotBeEmpty();
        first.Equals(second).Should().BeTrue();
        first.GetHashCode().Should().Be(second.GetHashCode());
    }

    [Fact]
    public void A_changed_character_makes_the_documents_differ()
    {
        var text = File.ReadAllText(Dump.Asset("samples/bao-cao-mau-nd30.txt"));
        var changed = text.Replace("Nơi nhận:", "Nơi nhân:");
        changed.Should().NotBe(text);

        TestDocuments.Recognize(text).Should().NotBe(TestDocuments.Recognize(changed));
    }

    [Fact]
    public void A_changed_signer_name_makes_the_documents_differ()
    {
        var document = TestDocuments.Recognize(File.ReadAllText(Dump.Asset("samples/bao-cao-mau-nd30.txt")));
        var signature = document.Signature!;
        var renamed = document with { Signatures = document.Signatures.SetItem(document.Signatures.Length - 1, signature with { SignerName = new TextElement("Nguyễn Văn B") }) };

        renamed.Should().NotBe(document);
        (renamed with { Signatures = document.Signatures }).Should().Be(document);
    }

    [Fact]
    public void Value_arrays_compare_their_elements()
    {
        ValueArray<string> a = ImmutableArray.Create("a", "b");
        ValueArray<string> b = new[] { "a", "b" };

        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a == ValueArray.Create("a", "c")).Should().BeFalse();
        (a == ValueArray.Create("a")).Should().BeFalse();
        default(ValueArray<string>).Should().Equal(ValueArray<string>.Empty);
        default(ValueArray<string>).Equals(new ValueArray<string>(ImmutableArray<string>.Empty)).Should().BeTrue();
        default(ValueArray<string>).IsEmpty.Should().BeTrue();
        ((ImmutableArray<string>)default(ValueArray<string>)).IsDefault.Should().BeFalse("a value array never hands out a default array");
    }

    [Fact]
    public void Records_with_lists_compare_by_value()
    {
        new Subject(ImmutableArray.Create("Về việc", "x")).Should().Be(new Subject(new[] { "Về việc", "x" }));
        new AgencyName(ImmutableArray.Create("SỞ")).GetHashCode().Should().Be(new AgencyName(new[] { "SỞ" }).GetHashCode());
        new Body { Nodes = ImmutableArray.Create<BodyNode>(new Paragraph("a")) }.Should().Be(new Body { Nodes = new BodyNode[] { new Paragraph("a") } });
        new TableRow(ImmutableArray.Create("1", "2")).Should().NotBe(new TableRow(ImmutableArray.Create("1", "3")));
    }
}

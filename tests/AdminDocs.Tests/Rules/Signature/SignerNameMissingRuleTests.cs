using System.Collections.Immutable;
using System.Linq;
using AdminDocs.Sources;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Signature;

public class SignerNameMissingRuleTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Block_without_a_name_is_an_error(string? name)
    {
        var doc = FooterRules.WithSignature("KT.", name, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");

        var d = FooterRules.Single(doc, "AD5006");

        d.Severity.Should().Be(DiagnosticSeverity.Error);
        d.ModelPath.Should().Be("signatures[0].signerName");
        d.Location.Should().BeNull();
        d.Arguments.Should().Equal("KT. GIÁM ĐỐC");
    }

    [Fact]
    public void Name_in_capitals_left_among_the_titles_after_a_placeholder_counts_as_the_name()
    {
        // What the recognizer gives for "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" / "(đã ký)" / "ĐỖ NGUYÊN ĐỨC".
        var lines = new[] { "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(đã ký)", "ĐỖ NGUYÊN ĐỨC" }
            .Select((t, i) => new TextElement(t) { Origin = SourceSpan.Of(FooterRules.Block(t, 50 + i, i)) })
            .ToImmutableArray();
        var doc = TestDocuments.CorrectReport() with
        {
            Signatures = ImmutableArray.Create(new SignatureBlock
            {
                Authority = "KT.",
                Titles = ImmutableArray.Create("GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "ĐỖ NGUYÊN ĐỨC"),
                Placeholders = ImmutableArray.Create("(đã ký)"),
                Lines = lines,
            }),
        };

        var d = FooterRules.Single(doc, "AD5007", "all-caps");

        d.ModelPath.Should().Be("signatures[0].titles[2]");
        d.Location.Should().Be(new SourceLocation(53, 1));
        d.Arguments.Should().Equal("ĐỖ NGUYÊN ĐỨC", "Đỗ Nguyên Đức");
    }

    [Fact]
    public void Name_with_an_academic_title_left_among_the_titles_counts_as_the_name()
    {
        var doc = FooterRules.WithSignature("KT", null, "GIÁM ĐỐC", "P. GIÁM ĐỐC", "TS. NGUYỄN VĂN AN");

        var found = FooterRules.Of(doc);

        found.Select(x => x.MessageKey).Should().BeEquivalentTo("AD5002.no-period", "AD5003.abbreviated", "AD5007.all-caps", "AD5008");
    }

    [Fact]
    public void A_deputy_title_is_not_taken_for_the_name()
    {
        var doc = FooterRules.WithSignature("KT.", null, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");

        FooterRules.Single(doc, "AD5006");
    }
}

using System.Collections.Immutable;
using AdminDocs.Sources;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Signature;

public class SignatureAuthorityFormatRuleTests
{
    [Theory]
    [InlineData("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH")]
    [InlineData("KT.", "BỘ TRƯỞNG", "THỨ TRƯỞNG")]
    [InlineData("TL.", "GIÁM ĐỐC", "CHÁNH VĂN PHÒNG")]
    [InlineData("TUQ.", "CHỦ TỊCH", "GIÁM ĐỐC SỞ TÀI CHÍNH")]
    [InlineData("Q.", "GIÁM ĐỐC")]
    [InlineData(null, "GIÁM ĐỐC")]
    public void Correct_authorities_are_silent(string? authority, params string[] titles) =>
        FooterRules.Of(FooterRules.WithSignature(authority, "Nguyễn Văn An", titles)).Should().BeEmpty();

    [Theory]
    [InlineData("K/T", "slash", "KT.")]
    [InlineData("T/M", "slash", "TM.")]
    [InlineData("KT", "no-period", "KT.")]
    [InlineData("TM", "no-period", "TM.")]
    [InlineData("kt.", "lower-case", "KT.")]
    [InlineData("Tl.", "lower-case", "TL.")]
    [InlineData("K.T.", null, "KT.")]
    public void Malformed_authority_is_reported_with_the_expected_form(string authority, string? variant, string expected)
    {
        // The head is followed by the deputy's (or signer's) title so that only the authority is wrong.
        var doc = FooterRules.WithSignature(authority, "Nguyễn Văn An", expected == "TM." ? "ỦY BAN NHÂN DÂN" : "GIÁM ĐỐC", expected == "TM." ? "CHỦ TỊCH" : "PHÓ GIÁM ĐỐC");

        var d = FooterRules.Single(doc, "AD5002", variant);

        d.Severity.Should().Be(DiagnosticSeverity.Error);
        d.ModelPath.Should().Be("signatures[0].authority");
        d.Arguments.Should().Equal(authority, expected);
    }

    [Fact]
    public void Authority_without_a_title_is_reported()
    {
        var doc = FooterRules.WithSignature("KT.", "Nguyễn Văn An");

        var found = FooterRules.Of(doc);

        found.Should().ContainSingle(d => d.Id == "AD5002").Which.MessageKey.Should().Be("AD5002.no-title");
    }

    [Fact]
    public void Authority_glued_to_the_title_is_reported_at_the_column_after_the_prefix()
    {
        var line = new TextElement("KT.GIÁM ĐỐC") { Origin = SourceSpan.Of(FooterRules.Block("KT.GIÁM ĐỐC", 40)) };
        var deputy = new TextElement("PHÓ GIÁM ĐỐC") { Origin = SourceSpan.Of(FooterRules.Block("PHÓ GIÁM ĐỐC", 41, 1)) };
        var name = new TextElement("Đỗ Nguyên Đức") { Origin = SourceSpan.Of(FooterRules.Block("Đỗ Nguyên Đức", 43, 2)) };
        var doc = TestDocuments.CorrectReport() with
        {
            Signatures = ImmutableArray.Create(new SignatureBlock
            {
                Authority = "KT.",
                Titles = ImmutableArray.Create("GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
                SignerName = name,
                Lines = ImmutableArray.Create(line, deputy, name),
            }),
        };

        var d = FooterRules.Single(doc, "AD5002", "no-space");

        d.Arguments.Should().Equal("KT.GIÁM ĐỐC", "KT. GIÁM ĐỐC");
        d.Location.Should().Be(new SourceLocation(40, 4));
    }

    [Theory]
    [InlineData("KT CHỦ TỊCH", "no-period", "KT. CHỦ TỊCH")]
    [InlineData("K/T CHỦ TỊCH", "slash", "KT. CHỦ TỊCH")]
    [InlineData("kt. CHỦ TỊCH", "lower-case", "KT. CHỦ TỊCH")]
    public void Malformed_nested_prefix_on_a_title_line_is_reported(string nested, string variant, string expected)
    {
        var doc = FooterRules.WithSignature("TM.", "Nguyễn Văn An", "ỦY BAN NHÂN DÂN", nested, "PHÓ CHỦ TỊCH");

        var d = FooterRules.Single(doc, "AD5002", variant);

        d.ModelPath.Should().Be("signatures[0].titles[1]");
        d.Arguments.Should().Equal(nested, expected);
    }

    [Fact]
    public void Abbreviated_title_P_is_not_an_authority()
    {
        // "P. GIÁM ĐỐC" after a plain head is left alone here; after KT. it is AD5003's business.
        var doc = FooterRules.WithSignature(null, "Nguyễn Văn An", "P. GIÁM ĐỐC");

        FooterRules.Of(doc).Should().NotContain(d => d.Id == "AD5002");
    }

    [Fact]
    public void Unknown_authority_lists_the_allowed_ones()
    {
        var doc = FooterRules.WithSignature("TT.", "Nguyễn Văn An", "GIÁM ĐỐC");

        var d = FooterRules.Single(doc, "AD5002", "unknown");

        d.Arguments.Should().Equal("TT.", "TM., KT., TL., TUQ., Q.");
    }

    [Fact]
    public void Every_block_is_checked_with_its_index()
    {
        var doc = TestDocuments.CorrectReport() with
        {
            Signatures = ImmutableArray.Create(
                new SignatureBlock { Authority = "T/M", Titles = ImmutableArray.Create("BAN KIỂM PHIẾU", "TRƯỞNG BAN"), SignerName = new TextElement("Lê Văn Ba") },
                new SignatureBlock { Authority = "KT.", Titles = ImmutableArray.Create("GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), SignerName = new TextElement("Đỗ Nguyên Đức") }),
        };

        var d = FooterRules.Single(doc, "AD5002", "slash");

        d.ModelPath.Should().Be("signatures[0].authority");
    }
}

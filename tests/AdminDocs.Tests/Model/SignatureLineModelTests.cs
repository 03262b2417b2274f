using System.Linq;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Model;

/// <summary>The signature block's lines with roles, and its views (authority, titles, placeholders, name) that cannot contradict them.</summary>
public class SignatureLineModelTests
{
    [Fact]
    public void An_authority_line_has_its_prefix_and_title_with_their_offsets()
    {
        var line = new SignatureLine("  TM. ỦY BAN NHÂN DÂN", SignatureLineRole.Authority);

        (line.Prefix, line.PrefixOffset, line.Title, line.TitleOffset).Should().Be(("TM.", 2, "ỦY BAN NHÂN DÂN", 6));
        line.Text.Substring(line.TitleOffset).Should().Be(line.Title);
        line.IsTitle.Should().BeTrue();
    }

    [Fact]
    public void Only_an_authority_line_has_a_prefix_and_changing_the_text_reads_it_again()
    {
        var title = new SignatureLine("KT. GIÁM ĐỐC", SignatureLineRole.Title);
        title.Prefix.Should().BeNull();
        (title.PrefixOffset, title.Title).Should().Be((-1, "KT. GIÁM ĐỐC"));

        var line = new SignatureLine("KT. GIÁM ĐỐC", SignatureLineRole.Authority) with { Text = "K/T CHỦ TỊCH" };
        (line.Prefix, line.Title).Should().Be(("K/T", "CHỦ TỊCH"));
        (line with { Role = SignatureLineRole.Other }).Prefix.Should().BeNull();
    }

    [Fact]
    public void The_views_are_read_from_the_lines()
    {
        var block = new SignatureBlock
        {
            SignatureLines = new[]
            {
                new SignatureLine("TM. ỦY BAN NHÂN DÂN", SignatureLineRole.Authority),
                new SignatureLine("KT. CHỦ TỊCH", SignatureLineRole.Authority),
                new SignatureLine("PHÓ CHỦ TỊCH", SignatureLineRole.Title),
                new SignatureLine("(Đã ký)", SignatureLineRole.Note),
                new SignatureLine("Trần Thị Bình", SignatureLineRole.Name),
                new SignatureLine("PHÓ CHỦ TỊCH UBND TỈNH", SignatureLineRole.Other),
            },
        };

        block.Authority.Should().Be("TM.");
        block.Titles.Should().Equal("ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        block.Placeholders.Should().Equal("(Đã ký)");
        block.SignerName!.Text.Should().Be("Trần Thị Bình");
        block.Lines.Should().HaveCount(6);
    }

    [Fact]
    public void A_block_built_from_its_views_has_lines_with_roles_and_a_change_of_view_reads_them_again()
    {
        var block = new SignatureBlock
        {
            Authority = "KT.",
            Titles = new[] { "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC" },
            Placeholders = new[] { "(Đã ký)" },
            SignerName = new TextElement("Lê Văn Cường"),
        };

        block.SignatureLines.Select(l => (l.Role, l.Text)).Should().Equal(
            (SignatureLineRole.Authority, "KT. GIÁM ĐỐC"),
            (SignatureLineRole.Title, "PHÓ GIÁM ĐỐC"),
            (SignatureLineRole.Note, "(Đã ký)"),
            (SignatureLineRole.Name, "Lê Văn Cường"));

        var renamed = block with { SignerName = new TextElement("Trần Văn Nam") };
        renamed.SignatureLines.Last().Text.Should().Be("Trần Văn Nam");
    }

    [Fact]
    public void Lines_as_written_are_matched_to_the_views_and_a_name_left_among_the_titles_is_the_name()
    {
        var block = new SignatureBlock
        {
            Titles = new[] { "GIÁM ĐỐC", "TS. NGUYỄN VĂN AN" },
            Lines = new[] { new TextElement("GIÁM ĐỐC"), new TextElement("TS. NGUYỄN VĂN AN"), new TextElement("Ghi chú") },
        };

        block.SignatureLines.Select(l => l.Role).Should().Equal(SignatureLineRole.Title, SignatureLineRole.Name, SignatureLineRole.Other);
    }

    [Fact]
    public void Equal_lines_make_equal_blocks()
    {
        SignatureBlock Make() => new()
        {
            SignatureLines = new[] { new SignatureLine("GIÁM ĐỐC", SignatureLineRole.Title), new SignatureLine("Lê Văn Cường", SignatureLineRole.Name) },
        };

        Make().Should().Be(Make());
        Make().GetHashCode().Should().Be(Make().GetHashCode());
    }
}

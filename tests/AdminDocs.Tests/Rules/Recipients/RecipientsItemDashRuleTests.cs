using System.Linq;
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

    [Fact]
    public void En_dash_bullets_on_every_line_are_one_finding_for_the_list()
    {
        var doc = FooterRules.WithRecipients("– Như trên;", "– Sở Tài chính;", "– Sở Nội vụ;", "– Lưu: VT, VP.");

        var found = FooterRules.Of(doc);

        found.Should().ContainSingle(d => d.Id == "AD5103").Which.ModelPath.Should().Be("recipients.items[0]");
    }

    [Fact]
    public void A_line_continuing_the_item_above_is_part_of_it()
    {
        // Nghị định 30's own Nơi nhận: "- Các bộ, cơ quan ngang bộ," / "cơ quan thuộc Chính phủ;".
        var doc = FooterRules.WithRecipients("- Ban Bí thư Trung ương Đảng;", "- Các bộ, cơ quan ngang bộ,", "cơ quan thuộc Chính phủ;", "- Lưu: VT, TCCV.");

        FooterRules.Of(doc).Where(d => d.Id is "AD5103" or "AD5104").Should().BeEmpty();
    }

    [Fact]
    public void Signature_lines_of_a_flattened_footer_are_not_recipients()
    {
        // A PDF text layer interleaves the footer's columns: the signature's lines land between the items and its
        // name after the Lưu line.
        var doc = FooterRules.WithRecipients("KT. GIÁM ĐỐC", "- Như trên;", "PHÓ GIÁM ĐỐC", "- UBND tỉnh (b/c);", "- Lưu: VT, KS.", "Phạm Năng Chung");

        FooterRules.Of(doc).Where(d => d.Id is "AD5103" or "AD5104" or "AD5106").Should().BeEmpty();
    }
}

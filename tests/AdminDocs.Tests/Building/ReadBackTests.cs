using System;
using System.Linq;
using AdminDocs.Building;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using AdminDocs.Writing;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Building;

/// <summary>
/// A built document is in the one shape its printed text reads back to: written as text (PlainTextWriter) and
/// recognized again, it has the same components. The builder moves what follows a numbered part into it, as a
/// reader sees it, and refuses what would read as another structure.
/// </summary>
public class ReadBackTests
{
    [Theory]
    [MemberData(nameof(DocumentBuilderTests.Kinds), MemberType = typeof(DocumentBuilderTests))]
    public void Every_kind_reads_back_from_its_text_with_the_same_components(DocumentKind kind)
    {
        var built = BuiltDocuments.Representative(kind).Build().Document;
        var text = PlainTextWriter.ToText(built);

        ComponentText.Of(TestDocuments.Recognize(text)).Should().Be(ComponentText.Of(built), text);
    }

    [Fact]
    public void What_follows_a_numbered_part_in_the_same_list_is_put_inside_it()
    {
        var document = BuiltDocuments.Representative(DocumentKind.Minutes).Build().Document;

        var clauses = document.Body.Nodes.OfType<BodySection>().ToArray();
        clauses.Select(c => c.Label).Should().Equal("1.", "2.");
        clauses[1].Children.OfType<Paragraph>().Single().Text.Should().Be("Cuộc họp kết thúc vào 16 giờ 30 cùng ngày./.");

        var points = BuiltDocuments.SampleReport().DraftNumber()
            .Body(b => b.Paragraph("Ghi chú:").Clause("Đề xuất:").Point("Một;").Point("Hai."))
            .Build().Document.Body.Nodes.OfType<BodySection>().Last();
        points.Label.Should().Be("1.");
        points.Children.OfType<BodySection>().Select(p => p.Label).Should().Equal("a)", "b)");
    }

    [Fact]
    public void A_larger_part_after_a_smaller_one_in_the_same_list_is_refused()
    {
        var act = () => BuiltDocuments.SampleReport().Body(b => b.Clause("Khoản.").Article("Điều")).Build();

        act.Should().Throw<DocumentBuildException>().WithMessage("*A Điều after a khoản in the same part reads as inside it*");
    }

    [Fact]
    public void A_closing_sentence_inside_a_part_is_refused()
    {
        var act = () => BuiltDocuments.Representative(DocumentKind.Plan)
            .Body(b => b.RomanSection("Tổ chức thực hiện", s => s.Paragraph("Trên đây là kế hoạch của Sở."))).Build();

        act.Should().Throw<DocumentBuildException>().WithMessage("*A closing sentence*ends the body*");
    }

    [Fact]
    public void Only_a_thu_cong_takes_a_letter_title_and_it_needs_one()
    {
        var notALetter = () => DocumentBuilder.Create(DocumentKind.Report).LetterTitle("THƯ KHEN");
        notALetter.Should().Throw<InvalidOperationException>().WithMessage("*a báo cáo is titled from its kind*");

        var badTitle = () => DocumentBuilder.Create(DocumentKind.PublicLetter).LetterTitle("Chúc mừng năm mới");
        badTitle.Should().Throw<ArgumentException>();

        var missing = () => BuiltDocuments.Representative(DocumentKind.PublicLetter).Build();
        missing.Should().NotThrow();
        var builder = DocumentBuilder.Create(DocumentKind.PublicLetter).IssuingAgency("SỞ NỘI VỤ", "SNV").PlaceAndDate("Quảng Ngãi", 2025, 1, 2)
            .Body(b => b.Paragraph("Chúc mừng năm mới.")).Signature(s => s.Title("GIÁM ĐỐC").Name("Lê Văn Tám")).Archive("VP");
        builder.Invoking(b => b.Build()).Should().Throw<DocumentBuildException>()
            .Which.Diagnostics.Should().Contain(d => d.Id == "AD3101" && BuildHints.For(d, MessageLanguage.English)!.Contains("LetterTitle"));
    }
}

using System.Linq;
using AdminDocs.Docx.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Docx.Tests.Reading;

public class RevisionTests
{
    [Fact]
    public void Tracked_changes_read_as_accepted()
    {
        var doc = new DocxBuilder()
            .Paragraph(p => p.Text("Sở ").Deleted("Giao thông").Inserted("GTVT").Text(" báo cáo"))
            .Read();
        doc.Blocks.Single().Text.Should().Be("Sở GTVT báo cáo");
        doc.Revisions.Insertions.Should().Be(1);
        doc.Revisions.Deletions.Should().Be(1);
    }

    [Fact]
    public void Revisions_and_comments_are_counted_and_reported()
    {
        var doc = new DocxBuilder()
            .Paragraph(p => p.Inserted("mới").Text(" ").Comment("đoạn", "Xem lại").Text(" ").FormatChanged("đậm"))
            .Read();
        doc.Blocks.Single().Text.Should().Be("mới đoạn đậm");
        doc.Revisions.Should().Match<AdminDocs.Sources.RevisionFacts>(r => r.Insertions == 1 && r.Deletions == 0 && r.Comments == 1 && r.FormatChanges == 1);
        var d = doc.Diagnostics.Single(x => x.Descriptor.Id == "AD0007");
        d.Arguments.Should().Equal("1", "0", "1");
        Messages.Format(d.MessageKey, MessageLanguage.Vietnamese, d.Arguments).Should().Contain("1 chỗ chèn");
    }

    [Fact]
    public void A_clean_document_has_no_revisions()
    {
        var doc = new DocxBuilder().Paragraph("x").Read();
        doc.Revisions.Any.Should().BeFalse();
        doc.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_deleted_paragraph_mark_joins_the_paragraphs()
    {
        var doc = new DocxBuilder()
            .RawXml("<w:p><w:pPr><w:rPr><w:del w:id=\"9\" w:author=\"T\"/></w:rPr></w:pPr><w:r><w:t xml:space=\"preserve\">Kính gửi: </w:t></w:r></w:p>")
            .Paragraph("Sở Thông tin và Truyền thông")
            .Read();
        doc.Blocks.Single().Text.Should().Be("Kính gửi: Sở Thông tin và Truyền thông");
        doc.Revisions.Deletions.Should().Be(1);
    }

    [Fact]
    public void A_wholly_deleted_paragraph_leaves_no_blank_line()
    {
        var doc = new DocxBuilder()
            .Paragraph("a")
            .RawXml("<w:p><w:pPr><w:rPr><w:del w:id=\"9\" w:author=\"T\"/></w:rPr></w:pPr><w:del w:id=\"10\" w:author=\"T\"><w:r><w:delText>bỏ</w:delText></w:r></w:del></w:p>")
            .Paragraph("b")
            .Read();
        doc.Blocks.Select(b => b.Text).Should().Equal("a", "b");
        doc.Blocks[1].BlankLinesBefore.Should().Be(0);
    }
}

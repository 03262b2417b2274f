using System.Linq;
using AdminDocs.Docx.Tests.TestSupport;
using AdminDocs.Sources;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Docx.Tests.Reading;

public class PageTests
{
    [Fact]
    public void Page_setup_is_read_in_mm()
    {
        var doc = new DocxBuilder().Paragraph("x")
            .Section(s => s.PageSize(210, 297).Margins(20, 20, 30, 15).TitlePage().PageNumbers(1, "decimal"))
            .Read();
        var s = doc.Sections.Single();
        s.PaperWidthMm.Should().BeApproximately(210, 0.1);
        s.PaperHeightMm.Should().BeApproximately(297, 0.1);
        s.MarginTopMm.Should().BeApproximately(20, 0.1);
        s.MarginLeftMm.Should().BeApproximately(30, 0.1);
        s.MarginRightMm.Should().BeApproximately(15, 0.1);
        s.DifferentFirstPage.Should().BeTrue();
        s.PageNumberStart.Should().Be(1);
        s.PageNumberFormat.Should().Be("decimal");
        s.Orientation.Should().BeNull();
        doc.TextWidthMm.Should().BeApproximately(165, 0.2);
    }

    [Fact]
    public void Sections_split_the_body_and_know_their_blocks()
    {
        var doc = new DocxBuilder()
            .Paragraph("one").Paragraph("two")
            .SectionBreak(s => s.PageSize(210, 297))
            .Paragraph("three")
            .Section(s => s.PageSize(297, 210, landscape: true))
            .Read();
        doc.Sections.Should().HaveCount(2);
        doc.Sections[0].Should().Match<PageSection>(s => s.FirstBlockIndex == 0 && s.LastBlockIndex == 1 && !s.IsLandscape);
        doc.Sections[1].Should().Match<PageSection>(s => s.FirstBlockIndex == 2 && s.LastBlockIndex == 2 && s.IsLandscape && s.Orientation == PageOrientation.Landscape);
        doc.Blocks.Select(b => b.Section).Should().Equal(0, 0, 1);
    }

    [Fact]
    public void Headers_and_footers_come_after_the_body_with_their_part()
    {
        var doc = new DocxBuilder()
            .Paragraph("Body")
            .Section(s => s.Header(h => h.Paragraph("Đầu trang")).Footer(f => f.Paragraph("Chân trang")))
            .Read();
        doc.Blocks.Select(b => (b.Text, b.Kind)).Should().Equal(("Body", BlockKind.Paragraph), ("Đầu trang", BlockKind.PageHeader), ("Chân trang", BlockKind.PageFooter));
        doc.Blocks[1].Location.Part.Should().StartWith("word/header").And.EndWith(".xml");
        doc.Blocks[1].Location.ParagraphIndex.Should().Be(0);
        doc.Blocks[2].Location.Part.Should().StartWith("word/footer");
    }

    [Fact]
    public void A_centered_page_field_in_the_header()
    {
        var doc = new DocxBuilder().Paragraph("Body")
            .Section(s => s.TitlePage().Header(h => h.Paragraph(p => p.PageField(new RunProps { Size = 13, Font = "Times New Roman" }), new ParaProps { Align = "center" })))
            .Read();
        var field = doc.Sections[0].PageNumbers.Single();
        field.Should().Match<PageNumberField>(f => f.InHeader && f.Page == HeaderFooterPage.Default && f.Alignment == TextAlignment.Center && f.BlockIndex == 1);
        field.Format.FontSizePoints.Should().Be(13);
        doc.Blocks[1].Text.Should().Be("1");
    }

    [Fact]
    public void A_simple_page_field_in_a_right_aligned_footer()
    {
        var doc = new DocxBuilder().Paragraph("Body")
            .Section(s => s.Footer(f => f.Paragraph(p => p.PageField(simple: true), new ParaProps { Align = "right" })))
            .Read();
        doc.Sections[0].PageNumbers.Single().Should().Match<PageNumberField>(f => !f.InHeader && f.Alignment == TextAlignment.Right);
    }

    [Fact]
    public void A_page_field_after_a_center_tab_is_reported_centered()
    {
        var doc = new DocxBuilder().Paragraph("Body")
            .Section(s => s.Header(h => h.Paragraph(p => p.Tab().PageField(), new ParaProps { Tabs = new[] { ("center", 8.0), ("right", 16.0) } })))
            .Read();
        doc.Sections[0].PageNumbers.Single().Alignment.Should().Be(TextAlignment.Center);
    }

    [Fact]
    public void A_page_field_after_two_tabs_of_the_header_style_is_right_aligned()
    {
        var doc = new DocxBuilder()
            .ParagraphStyle("Header", "header", para: new ParaProps { Tabs = new[] { ("center", 8.25), ("right", 16.5) } })
            .Paragraph("Body")
            .Section(s => s.Header(h => h.Paragraph(p => p.Text("Sở GTVT").Tab().Tab().PageField(), new ParaProps { Style = "Header" })))
            .Read();
        doc.Sections[0].PageNumbers.Single().Alignment.Should().Be(TextAlignment.Right);
    }

    [Fact]
    public void First_page_headers_and_inheritance_between_sections()
    {
        var doc = new DocxBuilder()
            .Paragraph("one")
            .SectionBreak(s => s.TitlePage()
                .Header(h => h.Paragraph(p => p.PageField(), new ParaProps { Align = "center" }))
                .Header(h => h.Paragraph("first page"), "first"))
            .Paragraph("two")
            .Read();
        doc.Sections[0].PageNumbers.Single().Page.Should().Be(HeaderFooterPage.Default);
        // The second section names no header: it inherits the first section's, which are read once.
        doc.Sections[1].PageNumbers.Single().BlockIndex.Should().Be(doc.Sections[0].PageNumbers.Single().BlockIndex);
        doc.Blocks.Count(b => b.Text == "first page").Should().Be(1);
        doc.Blocks.Single(b => b.Text == "first page").Section.Should().Be(0);
    }

    [Fact]
    public void Headers_laid_out_in_a_table_stay_page_headers()
    {
        var doc = new DocxBuilder().Paragraph("Body")
            .Section(s => s.Header(h => h.Table(t => t.Borderless().Grid(80, 80).Row(r => r.Cell("Sở GTVT").Cell(c => c.Paragraph(p => p.PageField(), new ParaProps { Align = "right" }))))))
            .Read();
        doc.Blocks[1].Kind.Should().Be(BlockKind.PageHeader);
        doc.Blocks[1].Cell.Should().NotBeNull();
        doc.Sections[0].PageNumbers.Single().Alignment.Should().Be(TextAlignment.Right);
    }

    [Fact]
    public void A_page_field_after_a_right_positional_tab_is_right_aligned()
    {
        var doc = new DocxBuilder().Paragraph("Body")
            .Section(s => s.Footer(f => f.Paragraph(p => p.Text("Trang").RawXml("<w:r><w:ptab w:relativeTo=\"margin\" w:alignment=\"right\" w:leader=\"none\"/></w:r>").PageField())))
            .Read();
        doc.Sections[0].PageNumbers.Single().Alignment.Should().Be(TextAlignment.Right);
    }

    [Fact]
    public void The_even_page_footer_is_read_only_when_odd_and_even_pages_differ()
    {
        // Real 05, 12, 13 …: an even footer with a PAGE field left in the file while w:evenAndOddHeaders is off —
        // Word never shows it, so it is neither text nor a page number of the document.
        DocxBuilder Build() => new DocxBuilder().Paragraph("Body")
            .Section(s => s.Header(h => h.Paragraph(p => p.PageField(), new ParaProps { Align = "center" }))
                .Footer(f => f.Paragraph(p => p.Text("chân trang chẵn ").PageField(), new ParaProps { Align = "right" }), "even"));

        var off = Build().Read();
        off.Sections[0].PageNumbers.Should().ContainSingle().Which.Page.Should().Be(HeaderFooterPage.Default);
        off.Blocks.Should().NotContain(b => b.Text.Contains("chân trang chẵn"));

        var on = Build().EvenAndOddHeaders().Read();
        on.Sections[0].PageNumbers.Select(f => f.Page).Should().BeEquivalentTo(new[] { HeaderFooterPage.Default, HeaderFooterPage.Even });
        on.Blocks.Should().Contain(b => b.Text.StartsWith("chân trang chẵn"));
    }
}

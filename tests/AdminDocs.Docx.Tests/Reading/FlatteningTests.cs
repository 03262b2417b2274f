using System.Linq;
using AdminDocs.Docx.Tests.TestSupport;
using AdminDocs.Sources;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Docx.Tests.Reading;

public class FlatteningTests
{
    [Fact]
    public void Soft_breaks_split_a_paragraph_into_lines_that_share_its_location()
    {
        var doc = new DocxBuilder()
            .Paragraph(p => p.Text("KT. GIÁM ĐỐC").Break().Text("PHÓ GIÁM ĐỐC").Break(carriageReturn: true).Text("Đỗ Nguyên Đức"), new ParaProps { Align = "center" })
            .Read();
        doc.Blocks.Select(b => b.Text).Should().Equal("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đỗ Nguyên Đức");
        doc.Blocks.Select(b => b.Location.ParagraphIndex).Should().AllBeEquivalentTo(0);
        doc.Blocks.Should().OnlyContain(b => b.Location.Part == "word/document.xml" && b.Format!.Alignment == TextAlignment.Center);
    }

    [Fact]
    public void Tabs_are_kept_inside_the_text_and_outer_white_space_is_trimmed()
    {
        var doc = new DocxBuilder().Paragraph("\tUBND TỈNH BÌNH ĐỊNH\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  ").Read();
        doc.Blocks.Single().Text.Should().Be("UBND TỈNH BÌNH ĐỊNH\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        string.Concat(doc.Blocks.Single().Runs.Select(r => r.Text)).Should().Be(doc.Blocks.Single().Text);
    }

    [Fact]
    public void Empty_paragraphs_make_no_block_but_count_as_blank_lines()
    {
        var doc = new DocxBuilder().Paragraph("Một").Empty(2).Paragraph("Hai").Read();
        doc.Blocks.Select(b => b.Text).Should().Equal("Một", "Hai");
        doc.Blocks[1].BlankLinesBefore.Should().Be(2);
        doc.Blocks[1].Location.ParagraphIndex.Should().Be(3);
    }

    [Fact]
    public void Text_is_normalized_to_nfc()
    {
        var decomposed = "Vie\u0302\u0323t Nam";
        var doc = new DocxBuilder().Paragraph(decomposed).Read();
        doc.Blocks.Single().Text.Should().Be("Việt Nam");
        doc.Diagnostics.Should().ContainSingle(d => d.Descriptor.Id == "AD0006");
    }

    [Fact]
    public void Table_cells_have_their_grid_position_and_merged_cells_no_duplicate_text()
    {
        var doc = new DocxBuilder()
            .Table(t => t.Bordered().Grid(30, 30, 30)
                .Row(r => r.Cell("A", span: 2).Cell(c => c.Paragraph("C"), verticalMerge: "restart"))
                .Row(r => r.Cell("D").Cell("E").MergedCell()))
            .Read();
        doc.Blocks.Select(b => (b.Text, b.Cell!.Row, b.Cell.Column, b.Cell.ColumnSpan)).Should().Equal(
            ("A", 0, 0, 2), ("C", 0, 2, 1), ("D", 1, 0, 1), ("E", 1, 1, 1));
        doc.Blocks.Should().OnlyContain(b => b.Kind == BlockKind.TableCell && b.Cell!.ColumnCount == 3 && b.Cell.HasBorders == true);
        doc.Blocks[0].Cell!.WidthMm.Should().BeApproximately(60, 0.2);
    }

    [Fact]
    public void Borderless_layout_tables_say_so_and_table_styles_give_borders()
    {
        var doc = new DocxBuilder()
            .TableGridStyle()
            .Table(t => t.Borderless().Grid(70, 100).Row("SỞ GTVT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
            .Table(t => t.Style("TableGrid").Grid(50).Row("x"))
            .Read();
        doc.Blocks[0].Cell!.HasBorders.Should().BeFalse();
        doc.Blocks[0].Cell!.Table.Should().Be(0);
        doc.Blocks[2].Cell!.HasBorders.Should().BeTrue();
        doc.Blocks[2].Cell!.Table.Should().Be(1);
    }

    [Fact]
    public void Nested_tables_have_a_depth()
    {
        var doc = new DocxBuilder()
            .Table(t => t.Grid(80, 80).Row(r => r.Cell("outer").Cell(c => c.Table(n => n.Grid(40).Row("inner")))))
            .Paragraph("after")
            .Read();
        doc.Blocks.Select(b => b.Text).Should().Equal("outer", "inner", "after");
        doc.Blocks[1].Cell!.NestingDepth.Should().Be(1);
        doc.Blocks[1].Cell!.Table.Should().Be(1);
        doc.Blocks[0].Cell!.NestingDepth.Should().Be(0);
        doc.Blocks[2].Kind.Should().Be(BlockKind.Paragraph);
    }

    [Fact]
    public void Text_boxes_follow_their_anchor_paragraph_once()
    {
        var doc = new DocxBuilder()
            .Paragraph(p => p.Text("Anchor").TextBox(c => c.Paragraph("Trong hộp")))
            .Paragraph("Next")
            .Read();
        doc.Blocks.Select(b => (b.Text, b.Kind)).Should().Equal(("Anchor", BlockKind.Paragraph), ("Trong hộp", BlockKind.TextBox), ("Next", BlockKind.Paragraph));
        // the Choice's paragraph is index 1, the Fallback's (skipped) index 2, the next body paragraph 3
        doc.Blocks[1].Location.ParagraphIndex.Should().Be(1);
        doc.Blocks[2].Location.ParagraphIndex.Should().Be(3);
    }

    [Fact]
    public void Vml_text_boxes_are_read()
    {
        var doc = new DocxBuilder().Paragraph(p => p.VmlTextBox(c => c.Paragraph("Hộp VML"))).Read();
        doc.Blocks.Should().ContainSingle(b => b.Text == "Hộp VML" && b.Kind == BlockKind.TextBox);
    }

    [Fact]
    public void Field_results_are_read_not_their_codes()
    {
        var doc = new DocxBuilder().Paragraph(p => p.Text("Ngày ").Field(" DATE \\@ \"dd/MM/yyyy\" ", "05/3/2020").Text(" và ").Field(" NUMPAGES ", "3", simple: true)).Read();
        doc.Blocks.Single().Text.Should().Be("Ngày 05/3/2020 và 3");
    }

    [Fact]
    public void Hyperlinks_content_controls_symbols_and_hyphens()
    {
        var doc = new DocxBuilder().Paragraph(p => p
            .Hyperlink("Cổng thông tin", "https://example.gov.vn")
            .Text(" ").ContentControl("Số 12")
            .Text("/SGTVT").Hyphen().Text("VP").Hyphen(soft: true)
            .Text(" ").Symbol("Wingdings", "F0FC")).Read();
        doc.Blocks.Single().Text.Should().Be("Cổng thông tin Số 12/SGTVT-VP ✓");
    }

    [Fact]
    public void Hidden_text_is_not_printed()
    {
        var doc = new DocxBuilder().Paragraph(p => p.Text("Hiện").Text(" ẩn", new RunProps { Hidden = true })).Read();
        doc.Blocks.Single().Text.Should().Be("Hiện");
    }

    [Fact]
    public void Block_level_content_controls_are_read()
    {
        var doc = new DocxBuilder()
            .RawXml("<w:sdt><w:sdtPr><w:alias w:val=\"Trích yếu\"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Về việc báo cáo</w:t></w:r></w:p></w:sdtContent></w:sdt>")
            .Read();
        doc.Blocks.Single().Text.Should().Be("Về việc báo cáo");
    }

    [Fact]
    public void Docx_facts_are_layout_and_page()
    {
        var doc = new DocxBuilder().Paragraph("x").Read();
        doc.Format.Should().Be("docx");
        doc.Facts.Should().Be(SourceFacts.Layout | SourceFacts.Page);
        doc.Path.Should().Be("test.docx");
        doc.Blocks.Single().Section.Should().Be(0);
    }

    [Fact]
    public void Text_inside_smart_tags_is_kept()
    {
        // Real 27: old Word tagged "NAM" of the Quốc hiệu as a place and a country (w:smartTag, nested); the Open XML
        // SDK no longer knows the element, and its runs were dropped — the Quốc hiệu lost a word.
        var doc = new DocxBuilder()
            .RawXml("<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT </w:t></w:r>"
                + "<w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"place\"><w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"country-region\">"
                + "<w:r><w:rPr><w:b/></w:rPr><w:t>NAM</w:t></w:r></w:smartTag></w:smartTag></w:p>")
            .Read();
        doc.Blocks.Single().Text.Should().Be("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        doc.Blocks.Single().Runs.Should().OnlyContain(r => r.Format.Bold == true);
    }
}

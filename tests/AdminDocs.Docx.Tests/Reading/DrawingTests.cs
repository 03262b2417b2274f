using System.Linq;
using AdminDocs.Docx.Tests.TestSupport;
using AdminDocs.Sources;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Docx.Tests.Reading;

public class DrawingTests
{
    [Fact]
    public void An_inline_image_has_its_size_type_name_and_block()
    {
        var doc = new DocxBuilder()
            .Paragraph("GIÁM ĐỐC")
            .Paragraph(p => p.Image(35, 35, "Seal", "Dấu đỏ"))
            .Paragraph("Đỗ Nguyên Đức")
            .Read();
        var image = doc.Images.Single();
        image.Should().Match<SourceImage>(i => i.WidthMm == 35 && i.HeightMm == 35 && i.ContentType == "image/png" && i.Name == "Dấu đỏ");
        // in an otherwise empty paragraph it belongs to the block above
        image.BlockIndex.Should().Be(0);
        doc.Blocks[1].BlankLinesBefore.Should().Be(1);
    }

    [Fact]
    public void A_floating_image_in_a_text_paragraph_anchors_there()
    {
        var doc = new DocxBuilder().Paragraph("a").Paragraph(p => p.Text("Chữ ký").Image(40, 20, floating: true)).Read();
        doc.Images.Single().Should().Match<SourceImage>(i => i.BlockIndex == 1 && i.WidthMm == 40 && i.Name == "Picture 1");
    }

    [Fact]
    public void A_vml_image_is_read()
    {
        var doc = new DocxBuilder().Paragraph(p => p.Text("x").VmlImage(72, 36)).Read();
        doc.Images.Single().Should().Match<SourceImage>(i => i.WidthMm == 25.4 && i.HeightMm == 12.7 && i.ContentType == "image/png" && i.BlockIndex == 0);
    }

    [Fact]
    public void A_drawn_line_is_read_once_from_alternate_content()
    {
        var doc = new DocxBuilder().Paragraph("SỞ GIAO THÔNG VẬN TẢI").Paragraph(p => p.Line(30)).Read();
        doc.Lines.Single().Should().Match<SourceLine>(l => l.LengthMm == 30 && l.BlockIndex == 0);
    }

    [Fact]
    public void A_vml_line_is_read()
    {
        var doc = new DocxBuilder().Paragraph(p => p.Text("Độc lập - Tự do - Hạnh phúc").Line(60, vmlOnly: true)).Read();
        doc.Lines.Single().LengthMm.Should().BeApproximately(60, 0.1);
    }

    [Fact]
    public void An_image_in_a_table_cell()
    {
        var doc = new DocxBuilder().Table(t => t.Borderless().Grid(80, 80).Row(r => r.Cell("Nơi nhận:").Cell(c => c.Paragraph("GIÁM ĐỐC").Paragraph(p => p.Image(30, 30)).Paragraph("Tên")))).Read();
        doc.Images.Single().BlockIndex.Should().Be(1);
    }
}

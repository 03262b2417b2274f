using System.Linq;
using AdminDocs.Sources;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Typography;

public class HeaderLayoutRuleTests
{
    [Fact]
    public void The_two_column_tables_pass() => LayoutSource.CorrectReport().Validate().Of("AD1014").Should().BeEmpty();

    [Fact]
    public void Swapped_header_columns_are_reported_as_info()
    {
        var d = LayoutSource.CorrectReport()
            .Where((b, _) => b.Kind == BlockKind.TableCell && b.Cell!.Table == 0, b => b with { Cell = b.Cell! with { Column = 1 - b.Cell.Column } })
            .Validate().Of("AD1014");

        d.Should().OnlyContain(x => x.Severity == DiagnosticSeverity.Info);
        d.Select(x => x.ModelPath).Should().BeEquivalentTo("parentAgency", "issuingAgency", "nationalTitle", "motto", "number", "placeDate");
        d.Single(x => x.ModelPath == "nationalTitle").MessageKey.Should().Be("AD1014.right");
        d.Single(x => x.ModelPath == "nationalTitle").Arguments.Should().Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "1");
        d.Single(x => x.ModelPath == "number").MessageKey.Should().Be("AD1014.left");
    }

    [Fact]
    public void A_signature_centered_on_the_page_is_reported_but_one_indented_to_the_right_half_is_not()
    {
        LayoutSource Flat(double? indent) => LayoutSource.CorrectReport()
            .Where((b, _) => b.Kind == BlockKind.TableCell && b.Cell!.Table == 1 && b.Cell.Column == 1,
                b => b with { Kind = BlockKind.Paragraph, Cell = null, Format = b.Format! with { Alignment = TextAlignment.Center, LeftIndentCm = indent } });

        Flat(null).Validate().Of("AD1014").Should().ContainSingle().Which.ModelPath.Should().Be("signatures[0]");
        Flat(8).Validate().Of("AD1014").Should().BeEmpty();
    }

    [Fact]
    public void A_left_aligned_national_title_outside_a_table_is_reported_but_a_tab_aligned_line_is_not()
    {
        var plain = LayoutSource.CorrectReport()
            .Block("CỘNG HÒA", b => b with { Kind = BlockKind.Paragraph, Cell = null, Format = b.Format! with { Alignment = TextAlignment.Left } })
            .Validate().Of("AD1014");
        plain.Should().ContainSingle().Which.ModelPath.Should().Be("nationalTitle");

        var tabbed = LayoutSource.CorrectReport()
            .Where((b, _) => b.Kind == BlockKind.TableCell && b.Cell!.Table == 0, b => b with { Kind = BlockKind.Paragraph, Cell = null, Format = b.Format! with { Alignment = TextAlignment.Left } })
            .Block("UBND", b => b with { Text = "UBND TỈNH BÌNH ĐỊNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" })
            .Block("SỞ GIAO", b => b with { Text = "SỞ GIAO THÔNG VẬN TẢI\tĐộc lập - Tự do - Hạnh phúc" })
            .Block("CỘNG HÒA", b => b with { Text = string.Empty })
            .Block("Độc lập", b => b with { Text = string.Empty })
            .Block("Số:", b => b with { Text = "Số: 215/BC-SGTVT\tBình Định, ngày 05 tháng 12 năm 2024" })
            .Block("Bình Định", b => b with { Text = string.Empty });
        var result = tabbed.Validate();
        result.Document.NationalTitle.Should().NotBeNull();
        result.Document.PlaceDate.Should().NotBeNull();
        result.Of("AD1014").Should().BeEmpty();
    }
}

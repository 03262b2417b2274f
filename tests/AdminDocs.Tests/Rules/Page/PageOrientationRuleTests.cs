using AdminDocs.Sources;
using AdminDocs.Tests.Rules.Typography;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Page;

public class PageOrientationRuleTests
{
    [Fact]
    public void Portrait_passes() => LayoutSource.CorrectReport().Validate().Of("AD1002").Should().BeEmpty();

    [Fact]
    public void Landscape_without_a_table_is_a_warning()
    {
        var d = LayoutSource.CorrectReport().Page(p => p with { Orientation = PageOrientation.Landscape, PaperWidthMm = 297, PaperHeightMm = 210 })
            .Validate().Of("AD1002");

        d.Should().ContainSingle();
        d[0].Severity.Should().Be(DiagnosticSeverity.Warning);
        d[0].ModelPath.Should().Be("sections[0]");
        d[0].Arguments.Should().Equal("1");
    }

    [Fact]
    public void Landscape_from_the_paper_size_alone_counts() =>
        LayoutSource.CorrectReport().Page(p => p with { Orientation = null, PaperWidthMm = 297, PaperHeightMm = 210 })
            .Validate().Of("AD1002").Should().ContainSingle();

    [Fact]
    public void The_borderless_header_table_is_not_a_table_but_a_bordered_table_is()
    {
        var source = LayoutSource.CorrectReport();
        var second = new PageSection { Index = 1, PaperWidthMm = 297, PaperHeightMm = 210, Orientation = PageOrientation.Landscape };
        var cell = new TableCellPosition(2, 0, 0) { ColumnCount = 7, HasBorders = true };
        var format = new ParagraphFormat { Alignment = TextAlignment.Center };
        source.Append("STT", BlockKind.TableCell, format, LayoutSource.Run(12), cell, section: 1);
        source.AddSection(second);

        source.Validate().Of("AD1002").Should().BeEmpty();

        var bare = LayoutSource.CorrectReport().AddSection(second);
        bare.Append("Bảng tổng hợp", BlockKind.Paragraph, format, LayoutSource.Run(14), section: 1);
        bare.Validate().Of("AD1002").Should().ContainSingle().Which.ModelPath.Should().Be("sections[1]");
    }

    [Fact]
    public void Unknown_orientation_is_not_judged() =>
        LayoutSource.CorrectReport().Page(p => p with { Orientation = null, PaperWidthMm = null, PaperHeightMm = null })
            .Validate().Of("AD1002").Should().BeEmpty();
}

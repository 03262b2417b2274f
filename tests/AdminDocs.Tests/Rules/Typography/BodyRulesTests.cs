using System.Linq;
using AdminDocs.Sources;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Typography;

public class BodyRulesTests
{
    private static readonly int BodyCount = LayoutSource.BodyTexts.Length;

    // ---------------------------------------------------------------- body paragraphs
    [Fact]
    public void Headings_in_caps_and_cells_are_not_body_paragraphs()
    {
        var d = LayoutSource.CorrectReport()
            .Block("I. KẾT QUẢ", b => b.WithFormat(f => f with { Alignment = TextAlignment.Center, FirstLineIndentCm = 0, SpacingBeforePoints = 0 }))
            .Block("- Như trên", b => b.WithFormat(f => f with { Alignment = TextAlignment.Left }))
            .Validate();

        d.Layout().Should().BeEmpty();
    }

    // ---------------------------------------------------------------- AD1009
    [Fact]
    public void One_left_aligned_paragraph_is_reported_where_it_is()
    {
        var source = LayoutSource.CorrectReport().BodyAt(2, b => b.WithFormat(f => f with { Alignment = TextAlignment.Left }));
        var d = source.Validate().Of("AD1009");

        d.Should().ContainSingle();
        d[0].MessageKey.Should().Be("AD1009");
        d[0].Severity.Should().Be(DiagnosticSeverity.Warning);
        d[0].Location!.ParagraphIndex.Should().Be(source.BodyBlocks[2].Index);
        d[0].ModelPath.Should().Be("body.nodes[1].children[0].children[0]");
    }

    [Fact]
    public void A_whole_body_left_aligned_gives_one_finding_with_the_count()
    {
        var source = LayoutSource.CorrectReport().BodyFormats(f => f with { Alignment = TextAlignment.Left });
        var d = source.Validate().Of("AD1009");

        d.Should().ContainSingle();
        d[0].MessageKey.Should().Be("AD1009.many");
        d[0].ModelPath.Should().Be("body");
        d[0].Arguments.Should().Equal(BodyCount.ToString(), BodyCount.ToString());
        d[0].Location!.ParagraphIndex.Should().Be(source.BodyBlocks[0].Index);
    }

    [Fact]
    public void Unknown_alignment_is_not_judged() =>
        LayoutSource.CorrectReport().BodyFormats(f => f with { Alignment = null }).Validate().Of("AD1009").Should().BeEmpty();

    // ---------------------------------------------------------------- AD1010
    [Theory]
    [InlineData(1.0)]
    [InlineData(1.27)]
    [InlineData(1.04)]
    [InlineData(1.22)]
    public void Nd30_indents_pass(double cm) =>
        LayoutSource.CorrectReport().BodyFormats(f => f with { FirstLineIndentCm = cm }).Validate().Of("AD1010").Should().BeEmpty();

    [Fact]
    public void Nd30_rejects_an_indent_between_the_two_values_that_Tt01_accepts()
    {
        var nd30 = LayoutSource.CorrectReport().BodyAt(0, b => b.WithFormat(f => f with { FirstLineIndentCm = 1.15 })).Validate().Of("AD1010");
        nd30.Should().ContainSingle().Which.Arguments.Should().Equal("1.15");

        LayoutSource.CorrectFor(DocumentProfile.Tt01).BodyAt(0, b => b.WithFormat(f => f with { FirstLineIndentCm = 1.15 }))
            .Validate(DocumentProfile.Tt01).Of("AD1010").Should().BeEmpty();
    }

    [Fact]
    public void No_indent_anywhere_is_one_finding()
    {
        var d = LayoutSource.CorrectReport().BodyFormats(f => f with { FirstLineIndentCm = 0 }).Validate().Of("AD1010");
        d.Should().ContainSingle().Which.MessageKey.Should().Be("AD1010.many");
        d[0].Arguments.Should().Equal(BodyCount.ToString(), BodyCount.ToString(), "0");

        LayoutSource.CorrectFor(DocumentProfile.Tt01).BodyFormats(f => f with { FirstLineIndentCm = 0 }).Validate(DocumentProfile.Tt01)
            .Of("AD1010").Should().ContainSingle().Which.MessageKey.Should().Be("AD1010.range-many");
    }

    [Fact]
    public void A_paragraph_numbered_by_the_format_keeps_its_list_indent() =>
        LayoutSource.CorrectReport().BodyAt(5, b => b with { ListLabel = "a)", Text = b.Text.Substring(3) }).BodyAt(5, b => b.WithFormat(f => f with { FirstLineIndentCm = -0.63 }))
            .Validate().Of("AD1010").Should().BeEmpty();

    // ---------------------------------------------------------------- AD1011
    [Theory]
    [InlineData(13)]
    [InlineData(14)]
    public void One_size_within_13_14_passes(double size) =>
        LayoutSource.CorrectReport().Body(b => b.WithRuns(r => r with { FontSizePoints = size })).Validate().Of("AD1011").Should().BeEmpty();

    [Fact]
    public void A_12_pt_body_is_one_finding()
    {
        var d = LayoutSource.CorrectReport().Body(b => b.WithRuns(r => r with { FontSizePoints = 12 })).Validate().Of("AD1011");

        d.Should().ContainSingle();
        d[0].MessageKey.Should().Be("AD1011.many");
        d[0].Arguments.Should().Equal(BodyCount.ToString(), BodyCount.ToString(), "12", "13", "14");
    }

    [Fact]
    public void A_13_pt_paragraph_in_a_14_pt_body_is_mixed()
    {
        var d = LayoutSource.CorrectReport().BodyAt(3, b => b.WithSecondRun(r => r with { FontSizePoints = 13 })).Validate().Of("AD1011");

        d.Should().ContainSingle();
        d[0].MessageKey.Should().Be("AD1011.mixed");
        d[0].Arguments.Should().Equal("13", "14");
    }

    [Fact]
    public void A_15_pt_body_passes_under_Hd36_only()
    {
        LayoutSource.CorrectReport().Body(b => b.WithRuns(r => r with { FontSizePoints = 15 })).Validate(DocumentProfile.Hd36).Of("AD1011").Should().BeEmpty();
        LayoutSource.CorrectFor(DocumentProfile.Tt01).Body(b => b.WithRuns(r => r with { FontSizePoints = 15 })).Validate(DocumentProfile.Tt01).Of("AD1011").Should().ContainSingle();
    }

    [Fact]
    public void Two_wrong_paragraphs_are_reported_one_by_one()
    {
        var d = LayoutSource.CorrectReport()
            .BodyAt(0, b => b.WithRuns(r => r with { FontSizePoints = 12 }))
            .BodyAt(7, b => b.WithRuns(r => r with { FontSizePoints = 16 }))
            .Validate().Of("AD1011");

        d.Select(x => x.Arguments[0]).Should().Equal("12", "16");
        d.Should().OnlyContain(x => x.MessageKey == "AD1011");
    }

    // ---------------------------------------------------------------- AD1012
    [Theory]
    [InlineData(6, 0)]
    [InlineData(0, 6)]
    [InlineData(3, 3)]
    public void Six_points_between_paragraphs_pass(double before, double after) =>
        LayoutSource.CorrectReport().BodyFormats(f => f with { SpacingBeforePoints = before, SpacingAfterPoints = after }).Validate().Of("AD1012").Should().BeEmpty();

    [Fact]
    public void No_spacing_is_one_finding_for_the_body()
    {
        var d = LayoutSource.CorrectReport().BodyFormats(f => f with { SpacingBeforePoints = 0, SpacingAfterPoints = 0 }).Validate().Of("AD1012");

        d.Should().ContainSingle();
        d[0].MessageKey.Should().Be("AD1012.many");
        d[0].Arguments[2].Should().Be("0");
    }

    [Fact]
    public void One_tight_gap_is_reported_at_the_second_paragraph()
    {
        var source = LayoutSource.CorrectReport().BodyAt(4, b => b.WithFormat(f => f with { SpacingBeforePoints = 3 }));
        var d = source.Validate().Of("AD1012");

        d.Should().ContainSingle();
        d[0].Arguments.Should().Equal("3");
        d[0].Location!.ParagraphIndex.Should().Be(source.BodyBlocks[4].Index);
    }

    [Fact]
    public void A_blank_paragraph_between_counts_as_spacing() =>
        LayoutSource.CorrectReport().BodyAt(4, b => b.WithFormat(f => f with { SpacingBeforePoints = 0 }) with { BlankLinesBefore = 1 })
            .Validate().Of("AD1012").Should().BeEmpty();

    [Fact]
    public void Unknown_spacing_is_not_judged() =>
        LayoutSource.CorrectReport().BodyFormats(f => f with { SpacingBeforePoints = null, SpacingAfterPoints = 0 }).Validate().Of("AD1012").Should().BeEmpty();

    // ---------------------------------------------------------------- AD1013
    [Theory]
    [InlineData(1.0, null, null)]
    [InlineData(1.5, null, null)]
    [InlineData(null, 17.0, false)]
    [InlineData(null, 24.0, false)]
    [InlineData(null, 12.0, true)]
    public void Single_to_one_and_a_half_lines_pass(double? multiple, double? points, bool? minimum) =>
        LayoutSource.CorrectReport().BodyFormats(f => f with { LineSpacingMultiple = multiple, LineSpacingPoints = points, LineSpacingIsMinimum = minimum })
            .Validate().Of("AD1013").Should().BeEmpty();

    [Fact]
    public void Double_spacing_is_reported_in_lines()
    {
        var d = LayoutSource.CorrectReport().BodyAt(1, b => b.WithFormat(f => f with { LineSpacingMultiple = 2 })).Validate().Of("AD1013");

        d.Should().ContainSingle();
        d[0].MessageKey.Should().Be("AD1013");
        d[0].Arguments.Should().Equal("2", "× 2");
    }

    [Fact]
    public void Exactly_15_pt_for_14_pt_text_passes_only_under_Tt01()
    {
        var nd30 = LayoutSource.CorrectReport().BodyFormats(f => f with { LineSpacingMultiple = null, LineSpacingPoints = 15, LineSpacingIsMinimum = false }).Validate().Of("AD1013");
        nd30.Should().ContainSingle().Which.MessageKey.Should().Be("AD1013.many");
        nd30[0].Arguments.Should().Equal(BodyCount.ToString(), BodyCount.ToString(), "0.93", "= 15 pt");

        LayoutSource.CorrectFor(DocumentProfile.Tt01).BodyFormats(f => f with { LineSpacingMultiple = null, LineSpacingPoints = 15, LineSpacingIsMinimum = false })
            .Validate(DocumentProfile.Tt01).Of("AD1013").Should().BeEmpty();
    }

    [Fact]
    public void Exactly_12_pt_is_too_tight_under_Tt01_too() =>
        LayoutSource.CorrectFor(DocumentProfile.Tt01).BodyAt(0, b => b.WithFormat(f => f with { LineSpacingMultiple = null, LineSpacingPoints = 12, LineSpacingIsMinimum = false }))
            .Validate(DocumentProfile.Tt01).Of("AD1013").Should().ContainSingle().Which.MessageKey.Should().Be("AD1013.tt01");

    [Fact]
    public void At_least_30_pt_is_too_loose() =>
        LayoutSource.CorrectReport().BodyAt(0, b => b.WithFormat(f => f with { LineSpacingMultiple = null, LineSpacingPoints = 30, LineSpacingIsMinimum = true }))
            .Validate().Of("AD1013").Should().ContainSingle().Which.Arguments[1].Should().Be("≥ 30 pt");

    [Fact]
    public void Fixed_spacing_without_a_font_size_is_not_judged() =>
        LayoutSource.CorrectReport().Body(b => b.WithRuns(r => r with { FontSizePoints = null }).WithFormat(f => f with { LineSpacingMultiple = null, LineSpacingPoints = 40 }))
            .Validate().Of("AD1013").Should().BeEmpty();
}

using System.Collections.Immutable;
using AdminDocs.Sources;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Style;

/// <summary>AD2003 national-title-style, AD2006 motto-style, AD2103 issuer-style.</summary>
public class HeaderStyleRuleTests
{
    private static readonly ValidationOptions Party = new() { Profile = DocumentProfile.Hd36 };

    private static StyleReport With(System.Action<StyleReport> change)
    {
        var report = new StyleReport();
        change(report);
        return report;
    }

    // ---------------------------------------------------------------- AD2003

    [Fact]
    public void AD2003_reports_the_size_found_and_the_range()
    {
        var d = With(r => r.NationalTitle = r.NationalTitle with { Size = 14 }).Single("AD2003");
        d.Arguments.Should().Equal("14", "12", "13");
        d.ModelPath.Should().Be("nationalTitle");
        d.Location!.ParagraphIndex.Should().Be(2);
        d.GetMessage(MessageLanguage.Vietnamese).Should().Be("Quốc hiệu cỡ chữ 14; phải từ 12 đến 13.");
    }

    [Fact]
    public void AD2003_reports_a_title_that_is_not_bold_or_is_italic()
    {
        With(r => r.NationalTitle = r.NationalTitle with { Bold = false }).Single("AD2003", "not-bold");
        With(r => r.NationalTitle = r.NationalTitle with { Italic = true }).Single("AD2003", "italic");
    }

    [Fact]
    public void AD2003_judges_only_the_runs_that_carry_text_and_never_unknown_values()
    {
        var format = new RunFormat { FontSizePoints = 12.5, Bold = true, Italic = false };
        With(r => r.NationalTitle = r.NationalTitle with
        {
            Runs = ImmutableArray.Create(
                new TextRun("CỘNG HÒA XÃ HỘI ", format),
                new TextRun("  ", new RunFormat { FontSizePoints = 10, Bold = false, Italic = true }),
                new TextRun("CHỦ NGHĨA VIỆT NAM", format with { FontSizePoints = 13 })),
        }).ShouldBeClean();
        With(r => r.NationalTitle = r.NationalTitle with { Size = null, Bold = null, Italic = null }).ShouldBeClean();
    }

    // ---------------------------------------------------------------- AD2006

    [Fact]
    public void AD2006_reports_size_weight_slant_and_alignment()
    {
        With(r => r.Motto = r.Motto with { Size = 12 }).Single("AD2006").Arguments.Should().Equal("12", "13", "14");
        With(r => r.Motto = r.Motto with { Bold = false }).Single("AD2006", "not-bold");
        With(r => r.Motto = r.Motto with { Italic = true }).Single("AD2006", "italic");
        With(r => r.Motto = r.Motto with { Alignment = TextAlignment.Left }).Single("AD2006", "not-centered");
    }

    [Fact]
    public void AD2006_reports_a_motto_outside_the_national_title_column()
    {
        var report = With(r => r.MottoInLeftColumn = true);
        report.Validate().Document.Motto.Should().NotBeNull();
        report.Single("AD2006", "not-under-title").ModelPath.Should().Be("motto");
    }

    [Fact]
    public void AD2006_accepts_a_bottom_border_an_underscore_line_or_an_underline_as_the_rule()
    {
        With(r => r.Motto = r.Motto with { DrawnLineMm = null, BottomBorder = true }).ShouldBeClean();
        With(r => { r.Motto = r.Motto with { DrawnLineMm = null }; r.MottoSeparator = new StyleLine("______________________", 13); }).ShouldBeClean();
        With(r => r.Motto = r.Motto with { DrawnLineMm = null, Underline = true }).ShouldBeClean();
    }

    [Fact]
    public void AD2006_reports_a_missing_rule()
    {
        var d = With(r => r.Motto = r.Motto with { DrawnLineMm = null }).Single("AD2006", "no-rule");
        d.ModelPath.Should().Be("motto.rule");
    }

    [Fact]
    public void AD2006_reports_a_rule_typed_with_hyphens()
    {
        var d = With(r => { r.Motto = r.Motto with { DrawnLineMm = null }; r.MottoSeparator = new StyleLine("---------------", 13); })
            .Single("AD2006", "typed-rule");
        d.Arguments.Should().Equal("---------------");
    }

    [Theory]
    [InlineData(20)]
    [InlineData(120)]
    public void AD2006_reports_a_drawn_rule_far_from_the_motto_width(double length)
    {
        var d = With(r => r.Motto = r.Motto with { DrawnLineMm = length }).Single("AD2006", "rule-length");
        d.Arguments[0].Should().Be(length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        double.Parse(d.Arguments[1], System.Globalization.CultureInfo.InvariantCulture).Should().BeInRange(50, 65, "the 13 pt bold Tiêu ngữ is about 56–60 mm wide");
    }

    [Theory]
    [InlineData(48)]
    [InlineData(70)]
    public void AD2006_tolerates_a_drawn_rule_close_to_the_motto_width(double length) =>
        With(r => r.Motto = r.Motto with { DrawnLineMm = length }).ShouldBeClean();

    // ---------------------------------------------------------------- AD2103

    [Fact]
    public void AD2103_reports_the_issuer_size()
    {
        var d = With(r => r.Issuer = r.Issuer! with { Size = 14 }).Single("AD2103");
        d.Arguments.Should().Equal("14", "12", "13");
        d.ModelPath.Should().Be("issuingAgency");
    }

    [Fact]
    public void AD2103_reports_the_parent_size_and_slant()
    {
        With(r => r.Parent = r.Parent with { Size = 11 }).Single("AD2103", "parent-size").ModelPath.Should().Be("parentAgency");
        With(r => r.Parent = r.Parent with { Italic = true }).Single("AD2103", "parent-italic");
        With(r => r.Issuer = r.Issuer! with { Italic = true }).Single("AD2103", "italic");
    }

    [Fact]
    public void AD2103_reports_a_bold_parent_over_a_regular_issuer()
    {
        var found = With(r => { r.Parent = r.Parent with { Bold = true }; r.Issuer = r.Issuer! with { Bold = false }; }).StyleFindings();
        found.Should().HaveCount(2);
        found.Should().Contain(d => d.MessageKey == "AD2103.parent-bold").And.Contain(d => d.MessageKey == "AD2103.not-bold");
    }

    [Fact]
    public void AD2103_reports_a_missing_typed_underlined_or_wrong_length_rule()
    {
        With(r => r.Issuer = r.Issuer! with { DrawnLineMm = null }).Single("AD2103", "no-rule").ModelPath.Should().Be("issuingAgency.rule");
        With(r => { r.Issuer = r.Issuer! with { DrawnLineMm = null }; r.IssuerSeparator = new StyleLine("-------", 12); }).Single("AD2103", "typed-rule");
        With(r => r.Issuer = r.Issuer! with { DrawnLineMm = null, Underline = true }).Single("AD2103", "underlined");
        var d = With(r => r.Issuer = r.Issuer! with { DrawnLineMm = 58 }).Single("AD2103", "rule-length");
        d.Arguments.Should().HaveCount(3);
        d.Arguments[0].Should().Be("58");
    }

    [Fact]
    public void AD2103_accepts_a_border_and_a_rule_anchored_in_the_next_paragraph_of_the_cell()
    {
        With(r => r.Issuer = r.Issuer! with { DrawnLineMm = null, BottomBorder = true }).ShouldBeClean();
        With(r => { r.Issuer = r.Issuer! with { DrawnLineMm = null }; r.IssuerSeparator = new StyleLine(" ", 12) { DrawnLineMm = 25 }; }).ShouldBeClean();
    }

    [Fact]
    public void AD2103_does_not_take_the_motto_rule_for_the_issuer_rule()
    {
        // The Quốc hiệu follows the issuer in reading order, but in the other cell: a line anchored there is not the issuer's.
        With(r => { r.Issuer = r.Issuer! with { DrawnLineMm = null }; r.NationalTitle = r.NationalTitle with { DrawnLineMm = 30 }; })
            .StyleFindings().Should().Contain(d => d.MessageKey == "AD2103.no-rule");
    }

    [Fact]
    public void AD2103_under_HD36_accepts_14_pt_and_needs_no_rule()
    {
        var report = With(r =>
        {
            r.Parent = r.Parent with { Size = 14 };
            r.Issuer = r.Issuer! with { Size = 14, DrawnLineMm = null };
        });
        report.StyleFindings(Party).Should().NotContain(d => d.Id == "AD2103");
    }
}

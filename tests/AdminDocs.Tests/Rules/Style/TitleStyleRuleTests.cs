using AdminDocs.Sources;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Style;

/// <summary>AD3104 title-style, AD3108 cong-van-subject-style, AD3203 addressee-style.</summary>
public class TitleStyleRuleTests
{
    private static StyleReport With(System.Action<StyleReport> change, StyleReport? start = null)
    {
        var report = start ?? new StyleReport();
        change(report);
        return report;
    }

    // ---------------------------------------------------------------- AD3104

    [Fact]
    public void AD3104_reports_the_title_size_weight_slant_and_alignment()
    {
        With(r => r.Title = r.Title! with { Size = 16 }).Single("AD3104").Arguments.Should().Equal("16", "13", "14");
        With(r => r.Title = r.Title! with { Bold = false }).Single("AD3104", "not-bold");
        With(r => r.Title = r.Title! with { Italic = true }).Single("AD3104", "italic");
        With(r => r.Title = r.Title! with { Alignment = TextAlignment.Left }).Single("AD3104", "not-centered");
    }

    [Fact]
    public void AD3104_reports_the_subject_size_weight_slant_and_alignment()
    {
        With(r => r.Subject = r.Subject! with { Size = 12 }).Single("AD3104", "subject-size").ModelPath.Should().Be("subject");
        With(r => r.Subject = r.Subject! with { Bold = false }).Single("AD3104", "subject-not-bold");
        With(r => r.Subject = r.Subject! with { Italic = true }).Single("AD3104", "subject-italic");
        With(r => r.Subject = r.Subject! with { Alignment = TextAlignment.Justify }).Single("AD3104", "subject-not-centered");
    }

    [Fact]
    public void AD3104_reports_a_missing_underlined_typed_or_long_rule_under_the_subject()
    {
        With(r => r.Subject = r.Subject! with { DrawnLineMm = null }).Single("AD3104", "no-rule").ModelPath.Should().Be("subject.rule");
        With(r => r.Subject = r.Subject! with { DrawnLineMm = null, Underline = true }).Single("AD3104", "underlined");
        With(r => { r.Subject = r.Subject! with { DrawnLineMm = null }; r.SubjectSeparator = new StyleLine("-----", 14); }).Single("AD3104", "typed-rule");
        With(r => r.Subject = r.Subject! with { DrawnLineMm = 150 }).Single("AD3104", "rule-length").Arguments[0].Should().Be("150");
    }

    [Fact]
    public void AD3104_accepts_a_border_under_the_subject()
    {
        With(r => r.Subject = r.Subject! with { DrawnLineMm = null, BottomBorder = true }).ShouldBeClean();
    }

    [Fact]
    public void AD3104_under_HD36_accepts_larger_sizes_and_a_typed_separator()
    {
        var report = With(r =>
        {
            r.Title = r.Title! with { Size = 16 };
            r.Subject = r.Subject! with { Size = 15, DrawnLineMm = null };
            r.SubjectSeparator = new StyleLine("-----", 14);
        });
        report.StyleFindings(new ValidationOptions { Profile = DocumentProfile.Hd36 }).Should().NotContain(d => d.Id == "AD3104");
    }

    // ---------------------------------------------------------------- AD3108

    [Fact]
    public void AD3108_accepts_the_correct_letter_and_reports_its_size()
    {
        StyleReport.Letter().Validate().Document.Subject!.Prefix.Should().Be("V/v");
        var d = With(r => r.Vv = r.Vv! with { Size = 14 }, StyleReport.Letter()).Single("AD3108");
        d.Arguments.Should().Equal("14", "12", "13");
        d.ModelPath.Should().Be("subject");
    }

    [Fact]
    public void AD3108_reports_a_bold_or_italic_subject()
    {
        With(r => r.Vv = r.Vv! with { Bold = true }, StyleReport.Letter()).Single("AD3108", "bold");
        With(r => r.Vv = r.Vv! with { Italic = true }, StyleReport.Letter()).Single("AD3108", "italic");
    }

    [Fact]
    public void AD3108_reports_a_subject_outside_the_number_column()
    {
        With(r => r.VvInRightColumn = true, StyleReport.Letter()).Single("AD3108", "not-under-number");
    }

    // ---------------------------------------------------------------- AD3203

    [Fact]
    public void AD3203_reports_the_size_and_italics_as_info()
    {
        var d = With(r => r.Addressees = r.Addressees! with { Size = 12 }).Single("AD3203");
        d.Severity.Should().Be(DiagnosticSeverity.Info);
        d.Arguments.Should().Equal("12", "13", "14");
        With(r => r.Addressees = r.Addressees! with { Italic = true }).Single("AD3203", "italic");
    }

    [Fact]
    public void AD3203_accepts_party_italics_under_HD36()
    {
        With(r => r.Addressees = r.Addressees! with { Italic = true })
            .StyleFindings(new ValidationOptions { Profile = DocumentProfile.Hd36 }).Should().NotContain(d => d.Id == "AD3203");
    }
}

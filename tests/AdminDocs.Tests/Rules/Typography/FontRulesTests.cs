using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Typography;

public class FontRulesTests
{
    // ---------------------------------------------------------------- AD1004
    [Fact]
    public void Arial_everywhere_is_one_warning_under_Nd30()
    {
        var d = LayoutSource.CorrectReport().Runs(r => r with { FontFamily = "Arial" }).Validate().Of("AD1004");

        d.Should().ContainSingle();
        d[0].Severity.Should().Be(DiagnosticSeverity.Warning);
        d[0].MessageKey.Should().Be("AD1004");
        d[0].Arguments[0].Should().Be("Arial");
        d[0].Arguments[1].Should().Be("26");
        d[0].ModelPath.Should().Be("parentAgency");
    }

    [Fact]
    public void Arial_passes_under_Tt01_and_Hd36()
    {
        LayoutSource.CorrectFor(DocumentProfile.Tt01).Runs(r => r with { FontFamily = "Arial" }).Validate(DocumentProfile.Tt01).Of("AD1004").Should().BeEmpty();
        LayoutSource.CorrectReport().Runs(r => r with { FontFamily = "Arial" }).Validate(DocumentProfile.Hd36).Of("AD1004").Should().BeEmpty();
    }

    [Theory]
    [InlineData(DocumentProfile.Nd30)]
    [InlineData(DocumentProfile.Tt01)]
    public void A_legacy_font_is_reported_under_every_profile(DocumentProfile profile)
    {
        var d = LayoutSource.CorrectFor(profile).BodyAt(2, b => b.WithRuns(r => r with { FontFamily = ".VnTime" })).Validate(profile).Of("AD1004");

        d.Should().ContainSingle();
        d[0].MessageKey.Should().Be("AD1004.legacy");
        d[0].Arguments.Should().Equal(".VnTime", "1");
        d[0].ModelPath.Should().StartWith("body.nodes[");
    }

    [Fact]
    public void Each_wrong_font_is_reported_once()
    {
        var d = LayoutSource.CorrectReport()
            .BodyAt(0, b => b.WithRuns(r => r with { FontFamily = "Calibri" }))
            .BodyAt(3, b => b.WithRuns(r => r with { FontFamily = "VNI-Times" }))
            .BodyAt(4, b => b.WithSecondRun(r => r with { FontFamily = "Calibri" }))
            .Validate().Of("AD1004");

        d.Should().HaveCount(2);
        d[0].Arguments.Should().Equal("Calibri", "2");
        d[1].Arguments.Should().Equal("VNI-Times", "1");
    }

    [Theory]
    [InlineData("Times New Roman Bold")]
    [InlineData("Times New Roman Italic")]
    [InlineData("Times New Roman Bold Italic")]
    [InlineData("TimesNewRomanPS-BoldMT")]
    [InlineData("TimesNewRomanPSMT")]
    public void The_style_names_of_Times_New_Roman_are_Times_New_Roman(string family)
    {
        // Real 19, 22, 24, 32, 34: text pasted from a PDF keeps the name of the font's style as its family.
        LayoutSource.CorrectReport().Runs(r => r with { FontFamily = family }).Validate().Of("AD1004").Should().BeEmpty();
    }

    [Theory]
    [InlineData("Times New Roman Condensed")]
    [InlineData("Times")]
    [InlineData("Times New Romance")]
    public void Other_faces_named_like_Times_New_Roman_are_not(string family) =>
        LayoutSource.CorrectReport().Runs(r => r with { FontFamily = family }).Validate().Of("AD1004").Should().ContainSingle();

    [Fact]
    public void Case_and_spacing_of_Times_New_Roman_do_not_matter_and_blank_runs_are_ignored()
    {
        LayoutSource.CorrectReport().Runs(r => r with { FontFamily = "times new roman" }).Validate().Of("AD1004").Should().BeEmpty();
        LayoutSource.CorrectReport().BodyAt(0, b => b with
        {
            Runs = b.Runs.Add(new Sources.TextRun("\t ", LayoutSource.Run() with { FontFamily = "Symbol" })),
        }).Validate().Of("AD1004").Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_font_is_not_judged() =>
        LayoutSource.CorrectReport().Runs(r => r with { FontFamily = null }).Validate().Of("AD1004").Should().BeEmpty();

    // ---------------------------------------------------------------- AD1005
    [Theory]
    [InlineData("auto")]
    [InlineData("000000")]
    [InlineData("#000000")]
    [InlineData(null)]
    public void Black_or_unknown_colour_passes(string? color) =>
        LayoutSource.CorrectReport().Runs(r => r with { Color = color }).Validate().Of("AD1005").Should().BeEmpty();

    [Fact]
    public void A_coloured_paragraph_is_a_warning_per_colour()
    {
        var d = LayoutSource.CorrectReport()
            .BodyAt(1, b => b.WithRuns(r => r with { Color = "ff0000" }))
            .BodyAt(2, b => b.WithRuns(r => r with { Color = "FF0000" }))
            .BodyAt(3, b => b.WithSecondRun(r => r with { Color = "0563C1" }))
            .Validate().Of("AD1005");

        d.Should().HaveCount(2);
        d.Should().OnlyContain(x => x.Severity == DiagnosticSeverity.Warning);
        d[0].Arguments.Should().Equal("#FF0000", "2");
        d[1].Arguments.Should().Equal("#0563C1", "1");
    }
}

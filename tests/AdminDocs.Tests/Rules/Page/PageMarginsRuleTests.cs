using AdminDocs.Tests.Rules.Typography;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Page;

public class PageMarginsRuleTests
{
    [Theory]
    [InlineData(20, 20, 30, 15)]
    [InlineData(25, 25, 35, 20)]
    [InlineData(19.5, 25.5, 29.5, 20.5)]
    [InlineData(-20, 20, 30, 15)]
    public void Margins_in_range_pass(double top, double bottom, double left, double right) =>
        LayoutSource.CorrectReport().Page(p => p with { MarginTopMm = top, MarginBottomMm = bottom, MarginLeftMm = left, MarginRightMm = right })
            .Validate().Of("AD1003").Should().BeEmpty();

    [Fact]
    public void One_finding_per_margin_out_of_range()
    {
        var d = LayoutSource.CorrectReport().Page(p => p with { MarginTopMm = 25.4, MarginBottomMm = 26, MarginLeftMm = 25, MarginRightMm = 25 })
            .Validate().Of("AD1003");

        d.Should().HaveCount(3);
        d.Should().OnlyContain(x => x.Severity == DiagnosticSeverity.Warning && x.ModelPath == "sections[0]");
        d.Should().Contain(x => x.MessageKey == "AD1003.left" && x.Arguments[0] == "25");
        d.Should().Contain(x => x.MessageKey == "AD1003.right" && x.Arguments[0] == "25");
        d.Should().Contain(x => x.MessageKey == "AD1003.bottom" && x.Arguments[0] == "26");
    }

    [Fact]
    public void Word_defaults_give_left_and_right()
    {
        // Word's default: 1 inch everywhere.
        var d = LayoutSource.CorrectReport().Page(p => p with { MarginTopMm = 25.4, MarginBottomMm = 25.4, MarginLeftMm = 25.4, MarginRightMm = 25.4 })
            .Validate(DocumentProfile.Tt01).Of("AD1003");

        d.Should().HaveCount(2, "top and bottom 25.4 mm lie inside 20–25 mm ±0.5 mm");
        d.Should().Contain(x => x.MessageKey == "AD1003.left").And.Contain(x => x.MessageKey == "AD1003.right");
    }

    [Fact]
    public void An_unknown_margin_is_not_judged() =>
        LayoutSource.CorrectReport().Page(p => p with { MarginLeftMm = null }).Validate().Of("AD1003").Should().BeEmpty();

    [Fact]
    public void The_same_wrong_margin_in_two_sections_is_reported_once()
    {
        var source = LayoutSource.CorrectReport().Page(p => p with { MarginLeftMm = 20 });
        source.AddSection(new Sources.PageSection { Index = 1, MarginLeftMm = 20 });

        source.Validate().Of("AD1003").Should().ContainSingle();
    }
}

using AdminDocs.Tests.Rules.Typography;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Page;

public class PageSizeA4RuleTests
{
    [Theory]
    [InlineData(210, 297)]
    [InlineData(209.1, 297.9)]
    [InlineData(297, 210)]
    public void A4_within_one_millimetre_passes(double width, double height) =>
        LayoutSource.CorrectReport().Page(p => p with { PaperWidthMm = width, PaperHeightMm = height }).Validate().Of("AD1001").Should().BeEmpty();

    [Fact]
    public void US_Letter_is_an_error_named_as_such()
    {
        var d = LayoutSource.CorrectReport().Page(p => p with { PaperWidthMm = 215.9, PaperHeightMm = 279.4 }).Validate().Of("AD1001");

        d.Should().ContainSingle();
        d[0].Severity.Should().Be(DiagnosticSeverity.Error);
        d[0].MessageKey.Should().Be("AD1001.letter");
        d[0].ModelPath.Should().Be("sections[0]");
        d[0].Arguments.Should().Equal("215.9", "279.4");
        d[0].Location!.Part.Should().Be(LayoutSource.Part);
    }

    [Fact]
    public void Another_size_uses_the_rule_message()
    {
        var d = LayoutSource.CorrectReport().Page(p => p with { PaperWidthMm = 250, PaperHeightMm = 353 }).Validate().Of("AD1001");

        d.Should().ContainSingle().Which.MessageKey.Should().Be("AD1001");
    }

    [Fact]
    public void Unknown_paper_size_is_not_judged() =>
        LayoutSource.CorrectReport().Page(p => p with { PaperWidthMm = null }).Validate().Of("AD1001").Should().BeEmpty();

    [Fact]
    public void Several_sections_with_the_same_wrong_size_give_one_finding()
    {
        var source = LayoutSource.CorrectReport().Page(p => p with { PaperWidthMm = 215.9, PaperHeightMm = 279.4 });
        source.AddSection(new Sources.PageSection { Index = 1, FirstBlockIndex = 100, LastBlockIndex = 100, PaperWidthMm = 215.9, PaperHeightMm = 279.4 });

        source.Validate().Of("AD1001").Should().ContainSingle();
    }

    [Fact]
    public void A5_letter_of_introduction_passes_under_TT01_only()
    {
        LayoutSource A5() => LayoutSource.CorrectReport(title: "GIẤY GIỚI THIỆU").Page(p => p with { PaperWidthMm = 148, PaperHeightMm = 210 });

        A5().Validate(DocumentProfile.Tt01).Of("AD1001").Should().BeEmpty();
        A5().Validate().Document.Kind.Should().Be(DocumentKind.LetterOfIntroduction);
        A5().Validate(DocumentProfile.Nd30).Of("AD1001").Should().ContainSingle().Which.MessageKey.Should().Be("AD1001.a5-removed");
    }

    [Fact]
    public void A5_receipt_passes_under_TT01() =>
        LayoutSource.CorrectReport(title: "GIẤY BIÊN NHẬN HỒ SƠ").Page(p => p with { PaperWidthMm = 148, PaperHeightMm = 210 })
            .Validate(DocumentProfile.Tt01).Of("AD1001").Should().BeEmpty();

    [Fact]
    public void A5_report_is_an_error_under_TT01_too() =>
        LayoutSource.CorrectReport().Page(p => p with { PaperWidthMm = 148, PaperHeightMm = 210 })
            .Validate(DocumentProfile.Tt01).Of("AD1001").Should().ContainSingle().Which.MessageKey.Should().Be("AD1001");

    [Fact]
    public void A_wrong_size_for_an_A5_kind_under_TT01_names_both_sizes() =>
        LayoutSource.CorrectReport(title: "GIẤY GIỚI THIỆU").Page(p => p with { PaperWidthMm = 182, PaperHeightMm = 257 })
            .Validate(DocumentProfile.Tt01).Of("AD1001").Should().ContainSingle().Which.MessageKey.Should().Be("AD1001.a4-or-a5");
}

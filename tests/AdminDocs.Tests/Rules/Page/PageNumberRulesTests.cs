using System.Collections.Immutable;
using AdminDocs.Sources;
using AdminDocs.Tests.Rules.Typography;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Page;

public class PageNumberRulesTests
{
    private static LayoutSource WithField(PageNumberField field, bool differentFirstPage = true, string? format = "decimal") =>
        LayoutSource.CorrectReport().Page(p => p with { DifferentFirstPage = differentFirstPage, PageNumberFormat = format, PageNumbers = ImmutableArray.Create(field) });

    private static PageNumberField Field(bool inHeader = true, TextAlignment? alignment = TextAlignment.Center, HeaderFooterPage page = HeaderFooterPage.Default, RunFormat? format = null) =>
        new() { InHeader = inHeader, Alignment = alignment, Page = page, Format = format ?? LayoutSource.Run(14) };

    // ---------------------------------------------------------------- AD1006
    [Fact]
    public void Nd30_header_centered_passes() => WithField(Field()).Validate().Of("AD1006").Should().BeEmpty();

    [Fact]
    public void Nd30_footer_is_a_warning()
    {
        var d = WithField(Field(inHeader: false, alignment: TextAlignment.Right)).Validate().Of("AD1006");

        d.Should().ContainSingle();
        d[0].MessageKey.Should().Be("AD1006");
        d[0].Severity.Should().Be(DiagnosticSeverity.Warning);
        d[0].Arguments.Should().Equal("Nghị định 30/2020/NĐ-CP");
    }

    [Fact]
    public void Nd30_header_not_centered() =>
        WithField(Field(alignment: TextAlignment.Right)).Validate().Of("AD1006").Should().ContainSingle().Which.MessageKey.Should().Be("AD1006.not-centered");

    [Fact]
    public void Unknown_alignment_in_the_header_is_not_judged() =>
        WithField(Field(alignment: null)).Validate().Of("AD1006").Should().BeEmpty();

    [Fact]
    public void Tt01_footer_right_passes() =>
        WithField(Field(inHeader: false, alignment: TextAlignment.Right)).Validate(DocumentProfile.Tt01).Of("AD1006").Should().BeEmpty();

    [Fact]
    public void Tt01_header_is_reported_with_the_circular() =>
        WithField(Field()).Validate(DocumentProfile.Tt01).Of("AD1006").Should().ContainSingle()
            .Which.Arguments.Should().Equal("Thông tư 01/2011/TT-BNV");

    [Fact]
    public void Tt01_footer_centered_is_not_right() =>
        WithField(Field(inHeader: false)).Validate(DocumentProfile.Tt01).Of("AD1006").Should().ContainSingle()
            .Which.MessageKey.Should().Be("AD1006.tt01-not-right");

    [Fact]
    public void No_page_number_at_all_is_not_reported() =>
        LayoutSource.CorrectReport().Page(p => p with { PageNumbers = ImmutableArray<PageNumberField>.Empty }).Validate().Layout().Should().BeEmpty();

    [Fact]
    public void The_location_is_the_header_paragraph_when_the_source_gives_it()
    {
        var source = LayoutSource.CorrectReport();
        var block = source.Append("2", BlockKind.PageHeader, new ParagraphFormat { Alignment = TextAlignment.Left }, LayoutSource.Run(14), section: 0);
        source.Page(p => p with { PageNumbers = ImmutableArray.Create(Field(alignment: TextAlignment.Left) with { BlockIndex = block }) });

        source.Validate().Of("AD1006").Should().ContainSingle().Which.Location!.Part.Should().Be("word/header1.xml");
    }

    // ---------------------------------------------------------------- AD1007
    [Fact]
    public void Different_first_page_without_a_first_page_number_passes() =>
        WithField(Field()).Validate().Of("AD1007").Should().BeEmpty();

    [Fact]
    public void Page_number_on_every_page_without_different_first_page_is_reported()
    {
        var d = WithField(Field(), differentFirstPage: false).Validate().Of("AD1007");

        d.Should().ContainSingle();
        d[0].MessageKey.Should().Be("AD1007");
        d[0].Severity.Should().Be(DiagnosticSeverity.Warning);
        d[0].ModelPath.Should().Be("sections[0]");
    }

    [Fact]
    public void A_page_number_in_the_first_page_header_is_reported() =>
        LayoutSource.CorrectReport()
            .Page(p => p with { PageNumbers = ImmutableArray.Create(Field(), Field(page: HeaderFooterPage.First)) })
            .Validate(DocumentProfile.Tt01).Of("AD1007").Should().ContainSingle().Which.MessageKey.Should().Be("AD1007.first");

    [Fact]
    public void A_first_page_field_is_unused_when_different_first_page_is_off() =>
        WithField(Field(page: HeaderFooterPage.First), differentFirstPage: false).Validate().Of("AD1007").Should().BeEmpty();

    // ---------------------------------------------------------------- AD1008
    [Fact]
    public void Arabic_14_pt_upright_passes() => WithField(Field()).Validate().Of("AD1008").Should().BeEmpty();

    [Fact]
    public void Roman_numbers_are_reported_as_info()
    {
        var d = WithField(Field(), format: "upperRoman").Validate().Of("AD1008");

        d.Should().ContainSingle();
        d[0].Severity.Should().Be(DiagnosticSeverity.Info);
        d[0].Arguments.Should().Equal("upperRoman");
    }

    [Fact]
    public void Size_and_italic_are_reported()
    {
        var d = WithField(Field(format: LayoutSource.Run(12, italic: true))).Validate().Of("AD1008");

        d.Should().HaveCount(2);
        d.Should().Contain(x => x.MessageKey == "AD1008.size" && x.Arguments[0] == "12");
        d.Should().Contain(x => x.MessageKey == "AD1008.italic");
    }

    [Fact]
    public void Unknown_style_is_not_judged() =>
        WithField(Field(format: new RunFormat()), format: null).Validate().Of("AD1008").Should().BeEmpty();
}

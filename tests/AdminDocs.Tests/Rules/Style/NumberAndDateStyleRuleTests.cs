using AdminDocs.Sources;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Style;

/// <summary>AD2211 number-style, AD3010 place-date-style.</summary>
public class NumberAndDateStyleRuleTests
{
    private static StyleReport With(System.Action<StyleReport> change)
    {
        var report = new StyleReport();
        change(report);
        return report;
    }

    [Fact]
    public void AD2211_reports_a_size_other_than_13()
    {
        var d = With(r => r.Number = r.Number with { Size = 14 }).Single("AD2211");
        d.Arguments.Should().Equal("14", "13", "13");
        d.GetMessage(AdminDocs.Validation.MessageLanguage.Vietnamese).Should().Be("Số, ký hiệu của văn bản cỡ chữ 14; phải là cỡ 13.");
    }

    [Fact]
    public void AD2211_reports_italics_and_alignment()
    {
        With(r => r.Number = r.Number with { Italic = true }).Single("AD2211", "italic");
        With(r => r.Number = r.Number with { Alignment = TextAlignment.Left }).Single("AD2211", "not-centered");
    }

    [Fact]
    public void AD2211_and_AD3010_report_a_number_and_a_date_in_swapped_columns()
    {
        var found = With(r => r.NumberRight = true).StyleFindings();
        found.Should().Contain(d => d.MessageKey == "AD2211.not-under-issuer");
        found.Should().Contain(d => d.MessageKey == "AD3010.not-right-column");
        found.Should().HaveCount(2);
    }

    [Fact]
    public void AD3010_reports_an_upright_date_and_its_size()
    {
        With(r => r.PlaceDate = r.PlaceDate with { Italic = false }).Single("AD3010", "not-italic");
        With(r => r.PlaceDate = r.PlaceDate with { Size = 12 }).Single("AD3010").Arguments.Should().Equal("12", "13", "14");
        With(r => r.PlaceDate = r.PlaceDate with { Size = 14 }).ShouldBeClean();
    }

    [Fact]
    public void AD3010_reports_a_date_below_the_header_table_as_not_level()
    {
        var d = With(r => r.PlaceDateBelowTable = true).Single("AD3010", "not-level");
        d.ModelPath.Should().Be("placeDate");
    }

    [Fact]
    public void AD3010_reports_a_date_in_the_left_column()
    {
        With(r => r.PlaceDateLeft = true).Single("AD3010", "not-right-column");
    }

    [Fact]
    public void AD2211_and_AD3010_accept_the_number_and_the_date_on_one_tab_aligned_line()
    {
        var report = With(r => r.NumberAndDateOneLine = true);
        report.Validate().Document.PlaceDate!.Year.Should().Be(2024);
        report.ShouldBeClean();
    }

    [Fact]
    public void AD3010_judges_only_the_date_part_of_a_shared_line()
    {
        With(r => { r.NumberAndDateOneLine = true; r.PlaceDate = r.PlaceDate with { Italic = false }; }).Single("AD3010", "not-italic");
    }
}

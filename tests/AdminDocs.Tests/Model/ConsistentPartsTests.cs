using System;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Writing;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Model;

/// <summary>The number and place-date lines cannot contradict their parts: the text is the one source of truth.</summary>
public class ConsistentPartsTests
{
    [Fact]
    public void Changing_the_text_with_with_re_reads_the_parts()
    {
        var number = LineParsers.ParseNumber("Số: 215/BC-SGTVT")!;
        var changed = number with { Text = "Số: 99/2020/QĐ-UBND" };

        changed.Value.Should().Be("99");
        changed.Year.Should().Be("2020");
        changed.Symbol.Should().Be("QĐ-UBND");
        changed.SymbolGroups.Should().Equal("QĐ", "UBND");
        changed.Should().Be(LineParsers.ParseNumber("Số: 99/2020/QĐ-UBND"));
    }

    [Theory]
    [InlineData("Số: 215/BC-SGTVT", "99", "Số: 99/BC-SGTVT")]
    [InlineData("Số:    /SGTVT-VP", "12", "Số:    12/SGTVT-VP")]
    [InlineData("Số: 33/2009/QĐ-UBND", "7", "Số: 7/2009/QĐ-UBND")]
    [InlineData("Số: 215/BC-SGTVT", null, "Số: /BC-SGTVT")]
    [InlineData("Số 15-BC/TU", "16", "Số 16-BC/TU")]
    public void WithValue_rewrites_the_number_in_place(string line, string? value, string expected)
    {
        var number = LineParsers.ParseNumber(line)!.WithValue(value);

        number.Text.Should().Be(expected);
        number.Value.Should().Be(value);
        number.Should().Be(LineParsers.ParseNumber(expected));
    }

    [Fact]
    public void WithYear_and_WithSymbol_rewrite_their_part()
    {
        var number = LineParsers.ParseNumber("Số: 33/QĐ-UBND")!;

        number.WithYear("2009").Text.Should().Be("Số: 33/2009/QĐ-UBND");
        number.WithYear("2009").WithYear(null).Text.Should().Be("Số: 33/QĐ-UBND");
        number.WithSymbol("BC-SGTVT").Text.Should().Be("Số: 33/BC-SGTVT");
        number.WithSymbol("BC-SGTVT").SymbolGroups.Should().Equal("BC", "SGTVT");
        LineParsers.ParseNumber("Số: 12")!.WithSymbol("BC").Text.Should().Be("Số: 12/BC");
        FluentActions.Invoking(() => number.WithYear("09")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new DocumentNumber("12/BC").WithValue("1")).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void A_changed_number_is_written_as_changed()
    {
        var document = TestDocuments.CorrectReport();
        document = document with { Number = document.Number!.WithValue("99") };

        var text = PlainTextWriter.ToText(document);

        text.Should().Contain("Số: 99/BC-SGTVT").And.NotContain("125/");
    }

    [Fact]
    public void The_place_date_parts_follow_the_text()
    {
        var placeDate = LineParsers.ParsePlaceDate("Bình Định, ngày 05 tháng 12 năm 2024")!;

        var moved = placeDate.WithPlace("Hà Nội");
        moved.Text.Should().Be("Hà Nội, ngày 05 tháng 12 năm 2024");
        moved.Place.Should().Be("Hà Nội");

        var redated = placeDate.WithDate("01", "02", "2025");
        redated.Text.Should().Be("Bình Định, ngày 01 tháng 02 năm 2025");
        redated.Date.Should().Be(new DateTime(2025, 2, 1));
        redated.Should().Be(LineParsers.ParsePlaceDate("Bình Định, ngày 01 tháng 02 năm 2025"));

        var draft = placeDate.WithDate(string.Empty, string.Empty, "2025");
        draft.Text.Should().Be("Bình Định, ngày  tháng  năm 2025");
        draft.Day.Should().BeNull();

        (placeDate with { Text = "Huế, ngày 3 tháng 4 năm 2021" }).Month.Should().Be(4);
        FluentActions.Invoking(() => new PlaceDate("không phải ngày").WithPlace("Huế")).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void A_changed_place_date_is_written_as_changed()
    {
        var document = TestDocuments.CorrectReport();
        document = document with { PlaceDate = document.PlaceDate!.WithDate("06", "12", "2024") };

        PlainTextWriter.ToText(document).Should().Contain("Bình Định, ngày 06 tháng 12 năm 2024");
    }
}

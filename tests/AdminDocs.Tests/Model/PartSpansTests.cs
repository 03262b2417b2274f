using System.Linq;
using AdminDocs.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Model;

/// <summary>The parts of the number and place-date lines know where they are in the text (and so, through the
/// origin, in the source), so that a rule points at the part without reading the line again.</summary>
public class PartSpansTests
{
    [Theory]
    [InlineData("Số: 215/BC-SGTVT", 4, -1, 8, new[] { 8, 11 })]
    [InlineData("Số:    /SGTVT-VP", -1, -1, 8, new[] { 8, 14 })]
    [InlineData("Số: 33/2009/QĐ-UBND", 4, 7, 12, new[] { 12, 15 })]
    [InlineData("Số 15-BC/TU", 3, -1, 6, new[] { 6, 9 })]
    [InlineData("Số: 215/BC ‒ SGTVT", 4, -1, 8, new[] { 8, 13 })]
    public void Every_part_of_the_number_has_its_offset_in_the_text(string line, int value, int year, int symbol, int[] groups)
    {
        var number = LineParsers.ParseNumber(line)!;

        (number.ValueOffset, number.YearOffset, number.SymbolOffset).Should().Be((value, year, symbol));
        number.SymbolGroupOffsets.Should().Equal(groups);
        number.SymbolGroups.Select((g, i) => line.Substring(groups[i], g.Length)).Should().Equal(number.SymbolGroups);
        if (number.Value is { } v)
        {
            line.Substring(value, v.Length).Should().Be(v);
        }
    }

    [Theory]
    [InlineData("Hà Nội, ngày 05 tháng 3 năm 2024", 0, 13, 22, 28)]
    [InlineData("Bình Định, ngày    tháng 11 năm 2019", 0, -1, 25, 32)]
    [InlineData("Lào Cai, ngày  tháng  năm 2025", 0, -1, -1, 26)]
    public void Every_part_of_the_place_date_has_its_offset_in_the_text(string line, int place, int day, int month, int year)
    {
        var placeDate = LineParsers.ParsePlaceDate(line)!;

        (placeDate.PlaceOffset, placeDate.DayOffset, placeDate.MonthOffset, placeDate.YearOffset).Should().Be((place, day, month, year));
        if (day >= 0)
        {
            line.Substring(day, placeDate.DayText.Length).Should().Be(placeDate.DayText);
        }

        if (month >= 0)
        {
            line.Substring(month, placeDate.MonthText.Length).Should().Be(placeDate.MonthText);
        }

        line.Substring(year, placeDate.YearText.Length).Should().Be(placeDate.YearText);
    }

    [Fact]
    public void A_recognized_number_points_at_its_parts_in_the_source()
    {
        var doc = TestDocuments.Recognize("""
            SỞ Y TẾ
            Số: 30/BC-SYT
            An Phú, ngày 15 tháng 4 năm 2022

            BÁO CÁO
            Tình hình khám chữa bệnh quý I

            Sở Y tế báo cáo tình hình khám chữa bệnh quý I như sau.
            """);

        doc.Number!.Origin.LocationAt(doc.Number.SymbolOffset)!.Column.Should().Be(8);
        doc.PlaceDate!.Origin.LocationAt(doc.PlaceDate.MonthOffset)!.Column.Should().Be(23);
    }
}

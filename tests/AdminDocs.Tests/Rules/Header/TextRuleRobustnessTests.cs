using System.Collections.Immutable;
using System.Linq;
using AdminDocs.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.Header;

public class TextRuleRobustnessTests
{
    public static TheoryData<string, string> OddLines => new()
    {
        { "", "" },
        { "Số:", "tháng năm" },
        { "Số", "ngày tháng năm" },
        { "Số: /", ", ngày 31 tháng 02 năm 99999999" },
        { "Số: 12/-", "Hà Nội,ngàytháng12năm2024" },
        { "Số: ---/---", "ngày 5 tháng 5 năm 2024 tháng 6 năm 2025" },
        { "Số: 1 / 2 / 3 - 4 – 5", "Hà Nội , NGÀY 5 THÁNG 1 NĂM 2O2O ." },
    };

    [Theory]
    [MemberData(nameof(OddLines))]
    public void Rules_never_fail_on_odd_lines(string number, string placeDate)
    {
        var doc = Correct() with
        {
            Kind = DocumentKind.OfficialLetter,
            NationalTitle = new TextElement(""),
            Motto = new TextElement("---"),
            ParentAgency = new AgencyName(default),
            IssuingAgency = new AgencyName(ImmutableArray.Create("")),
            Number = LineParsers.ParseNumber(number) ?? new DocumentNumber(number),
            PlaceDate = LineParsers.ParsePlaceDate(placeDate) ?? new global::AdminDocs.PlaceDate(placeDate),
            Title = new TextElement(""),
            Subject = new Subject(default),
            Addressees = new Addressees(new TextElement("")) { Items = ImmutableArray.Create(new ListItem(""), TestDocuments.Item("")) },
        };
        var defaults = doc with
        {
            Kind = DocumentKind.Report,
            ParentAgency = doc.IssuingAgency! with { Lines = default },
            IssuingAgency = doc.IssuingAgency! with { Lines = default },
            Subject = doc.Subject! with { Lines = default },
            Number = doc.Number! with { Text = "Số:" },
            Addressees = doc.Addressees! with { Items = default },
        };
        foreach (var options in new[] { Draft, Issued, Tt01 })
        {
            Own(doc, options).Where(d => d.MessageKey == "rule-failed").Select(d => d.ToString()).Should().BeEmpty();
            Own(defaults, options).Where(d => d.MessageKey == "rule-failed").Select(d => d.ToString()).Should().BeEmpty();
            Own(doc with { Kind = DocumentKind.Submission }, options).Where(d => d.MessageKey == "rule-failed").Select(d => d.ToString()).Should().BeEmpty();
        }
    }
}

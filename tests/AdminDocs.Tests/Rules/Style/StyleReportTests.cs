using System.Linq;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Style;

public class StyleReportTests
{
    [Fact]
    public void The_correct_layout_is_recognized_like_the_text()
    {
        var result = new StyleReport().Validate();
        var d = result.Document;
        d.Kind.Should().Be(DocumentKind.Report);
        d.ParentAgency!.Text.Should().Be("UBND TỈNH BÌNH ĐỊNH");
        d.IssuingAgency!.Text.Should().Be("SỞ GIAO THÔNG VẬN TẢI");
        d.NationalTitle.Should().NotBeNull();
        d.Motto.Should().NotBeNull();
        d.Number!.Text.Should().Be("Số: 125/BC-SGTVT");
        d.PlaceDate!.Year.Should().Be(2024);
        d.Subject!.Text.Should().StartWith("Kết quả");
        d.Addressees.Should().NotBeNull();
        d.Body.Nodes.OfType<LegalBasis>().Should().HaveCount(2);
        d.Recipients!.Items.Should().HaveCount(3);
        d.Signature!.SignerName!.Text.Should().Be("Đỗ Nguyên Đức");
        d.Unrecognized.Should().BeEmpty();
        result.Profile.Should().Be(DocumentProfile.Nd30);
    }

    [Fact]
    public void The_correct_layout_passes_every_style_rule_in_both_stages()
    {
        var report = new StyleReport { SealImage = true };
        report.ShouldBeClean();
        report.ShouldBeClean(StyleReport.Issued);
        StyleReport.Letter().ShouldBeClean();
    }

    [Fact]
    public void Style_rules_do_not_run_on_plain_text()
    {
        var source = new StyleReport().Build() with { Facts = Sources.SourceFacts.Text };
        var result = Validator.Default.Validate(source, StyleReport.Draft);
        result.Diagnostics.Should().NotContain(x => StyleReport.StyleIds.Contains(x.Id));
        result.NotChecked.Should().Contain(StyleReport.StyleIds);
    }
}

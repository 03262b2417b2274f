using System.Collections.Immutable;
using System.Linq;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.Addressee;

public class AddresseeFormatRuleTests
{
    private static AdminDocument Several(params string[] lines) => Correct() with
    {
        Addressees = new Addressees(new TextElement("Kính gửi:"))
        {
            Items = lines.Select(TestDocuments.Item).ToImmutableArray(),
            OnLabelLine = false,
        },
    };

    private static AdminDocument Label(string label) => Correct() with
    {
        Addressees = Correct().Addressees! with { Label = new TextElement(label) },
    };

    [Fact]
    public void Correct_report_is_silent() => ShouldBeSilent(Correct());

    [Fact]
    public void Several_recipients_as_the_decree_shows_are_silent() =>
        ShouldBeSilent(Several("- Bộ Nội vụ;", "- Bộ Kế hoạch và Đầu tư;", "- Bộ Tài chính."));

    [Theory]
    [InlineData("Kính gửi :", "AD3202.space-before-colon")]
    [InlineData("Kính gửi", "AD3202.missing-colon")]
    [InlineData("Kính gửi;", "AD3202.missing-colon")]
    [InlineData("kính gửi:", "AD3202.label")]
    [InlineData("KÍNH GỬI:", "AD3202.label")]
    [InlineData("Kính  gửi:", "AD3202.label")]
    public void A_wrong_label_is_one_warning(string label, string key) =>
        ShouldReportSingle(Label(label), "AD3202").ShouldBe(DiagnosticSeverity.Warning, "addressees.label", key, label, "Kính gửi:");

    [Fact]
    public void A_single_recipient_on_its_own_line_is_a_warning() =>
        ShouldReportSingle(Correct() with { Addressees = Correct().Addressees! with { OnLabelLine = false } }, "AD3202")
            .ShouldBe(DiagnosticSeverity.Warning, "addressees.items[0]", "AD3202.single-own-line", "Ủy ban nhân dân tỉnh Bình Định.");

    [Fact]
    public void Several_recipients_starting_on_the_label_line_is_accepted()
    {
        // Common practice (domain-rules §8): "Kính gửi: - Bộ Nội vụ;" then the other items below.
        var doc = Several("Bộ Nội vụ;", "- Bộ Tài chính.");
        doc = doc with { Addressees = doc.Addressees! with { OnLabelLine = true } };
        Own(doc).Where(d => d.Id == "AD3202").Should().BeEmpty();
    }

    [Fact]
    public void An_item_not_ending_with_a_semicolon_is_a_warning() =>
        ShouldReportSingle(Several("- Bộ Nội vụ,", "- Bộ Tài chính."), "AD3202")
            .ShouldBe(DiagnosticSeverity.Warning, "addressees.items[0]", "AD3202.item-semicolon", "Bộ Nội vụ,");

    [Fact]
    public void The_last_item_not_ending_with_a_period_is_a_warning() =>
        ShouldReportSingle(Several("- Bộ Nội vụ;", "- Bộ Tài chính;"), "AD3202")
            .ShouldBe(DiagnosticSeverity.Warning, "addressees.items[1]", "AD3202.last-period", "Bộ Tài chính;");

    [Fact]
    public void A_missing_dash_is_a_warning() =>
        ShouldReportSingle(Several("- Bộ Nội vụ;", "Bộ Tài chính."), "AD3202")
            .ShouldBe(DiagnosticSeverity.Warning, "addressees.items[1]", "AD3202.item-marker-missing", "Bộ Tài chính.");

    [Theory]
    [InlineData("– Bộ Tài chính.", "–")]
    [InlineData("+ Bộ Tài chính.", "+")]
    public void Another_marker_is_a_warning(string line, string marker) =>
        ShouldReportSingle(Several("- Bộ Nội vụ;", line), "AD3202")
            .ShouldBe(DiagnosticSeverity.Warning, "addressees.items[1]", "AD3202.item-marker", marker, line);

    [Fact]
    public void A_dash_without_space_is_a_warning() =>
        ShouldReportSingle(Several("-Bộ Nội vụ;", "- Bộ Tài chính."), "AD3202")
            .ShouldBe(DiagnosticSeverity.Warning, "addressees.items[0]", "AD3202.item-space", "-Bộ Nội vụ;");

    [Fact]
    public void One_finding_per_defect()
    {
        var found = ShouldReportOnly(Several("-Bộ Nội vụ", "– Bộ Tài chính"), Draft, "AD3202", "AD3202", "AD3202", "AD3202");
        found.Select(d => d.MessageKey).Should().BeEquivalentTo("AD3202.item-space", "AD3202.item-semicolon", "AD3202.item-marker", "AD3202.last-period");
    }

    [Fact]
    public void No_recipient_is_a_warning() =>
        ShouldReportSingle(Correct() with { Addressees = new Addressees(new TextElement("Kính gửi:")) }, "AD3202")
            .ShouldBe(DiagnosticSeverity.Warning, "addressees", "AD3202.empty", "Kính gửi:");

    [Fact]
    public void A_wrapped_item_is_one_item() =>
        ShouldBeSilent(Several("- Sở Công Thương, Sở Xây dựng,", "Sở Nông nghiệp và Môi trường;", "- Bộ Tài chính."));

    [Fact]
    public void En_dash_bullets_on_every_line_are_one_finding_for_the_list()
    {
        var found = ShouldReportOnly(Several("– Bộ Nội vụ;", "– Bộ Kế hoạch và Đầu tư;", "– Bộ Tài chính."), Draft, "AD3202");
        found.Single().MessageKey.Should().Be("AD3202.item-marker");
    }

    [Fact]
    public void A_lone_item_ending_with_a_comma_is_not_a_single_recipient_on_its_own_line() =>
        // The wrapped first item of a list whose other lines were not read: "- Các Sở: Công Thương, Tài chính, Xây dựng,".
        Own(Several("- Các Sở: Công Thương, Tài chính, Xây dựng,")).Should().NotContain(d => d.MessageKey == "AD3202.single-own-line");
}

using AdminDocs.Validation;
using Xunit;
using static AdminDocs.Tests.Rules.BodyStructure.BodyRuleKit;

namespace AdminDocs.Tests.Rules.BodyStructure;

public class PointLettersRuleTests
{
    private const string Points = """
        Chương I
        QUY ĐỊNH CHUNG

        Điều 1. Đối tượng áp dụng
        1. Quy định này áp dụng đối với:
        a) Các sở, ban, ngành;
        b) Ủy ban nhân dân cấp huyện;
        c) Ủy ban nhân dân cấp xã;
        d) Các đơn vị sự nghiệp;
        đ) Các doanh nghiệp nhà nước;
        e) Các hội có tính chất đặc thù;
        g) Các tổ chức khác.
        2. Quy định này có hiệu lực kể từ ngày ký./.
        """;

    [Fact]
    public void Vietnamese_letters_in_order_are_silent() => ShouldBeSilent(Regulation(Points));

    [Fact]
    public void Latin_order_skipping_d_bar_is_a_warning()
    {
        var latin = Points.Replace("đ) Các doanh nghiệp nhà nước;\n", string.Empty, System.StringComparison.Ordinal)
            .Replace("g) Các tổ chức", "f) Các tổ chức", System.StringComparison.Ordinal);
        var found = ShouldReportOnly(Regulation(latin), Draft, "AD4008", "AD4008");
        found[0].ShouldBe(DiagnosticSeverity.Warning, "body.nodes[0].children[0].children[0].children[4]", "AD4008.order", "e)", "đ)");
        found[1].ShouldBe(DiagnosticSeverity.Warning, "body.nodes[0].children[0].children[0].children[5]", "AD4008.letter", "f)");
    }

    [Fact]
    public void A_letter_with_a_period_is_a_warning() =>
        ShouldReportSingle(Regulation(Points.Replace("b) Ủy ban", "b. Ủy ban", System.StringComparison.Ordinal)), "AD4008")
            .ShouldBe(DiagnosticSeverity.Warning, "body.nodes[0].children[0].children[0].children[0].children[0]", "AD4008", "b.", "b)");

    [Fact]
    public void A_letter_with_a_space_before_the_parenthesis_is_a_warning() =>
        ShouldReportSingle(Regulation(Points.Replace("c) Ủy ban", "c ) Ủy ban", System.StringComparison.Ordinal)), "AD4008")
            .ShouldBe(DiagnosticSeverity.Warning, "body.nodes[0].children[0].children[0].children[2]", "AD4008", "c )", "c)");
}

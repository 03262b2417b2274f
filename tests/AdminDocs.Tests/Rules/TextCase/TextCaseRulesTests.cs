using System.Collections.Immutable;
using System.Linq;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.TextCase;

public class TextCaseRulesTests
{
    private static readonly string[] Ids = { "AD6006", "AD6007", "AD6008" };

    private static Diagnostic[] Found(string paragraph) =>
        TestDocuments.Validate(Correct() with { Body = new Body { Nodes = ImmutableArray.Create<BodyNode>(new Paragraph(paragraph)) } }, Draft)
            .Diagnostics.Where(x => Ids.Contains(x.Id)).ToArray();

    [Fact]
    public void Correct_report_is_silent() =>
        TestDocuments.Validate(Correct(), Draft).Diagnostics.Where(x => Ids.Contains(x.Id)).Should().BeEmpty();

    [Theory]
    [InlineData("Báo cáo về việc về việc triển khai.", "về việc về việc")]
    [InlineData("Ý kiến của của Sở.", "của của")]
    [InlineData("Kết quả Kết quả thực hiện.", "Kết quả Kết quả")]
    public void Duplicated_words_are_info(string text, string phrase) =>
        Found(text).Single().ShouldBe(DiagnosticSeverity.Info, "body.nodes[0]", "AD6006", phrase);

    [Theory]
    [InlineData("Ngày ngày người người thi đua.")]
    [InlineData("Dần dần hoàn thiện trong năm năm tới.")]
    [InlineData("Năm 2019 2019 số liệu.")]
    [InlineData("Sở TT&TT báo cáo.")]
    [InlineData("của, của")]
    [InlineData("Ban Bảo trợ xã hội Hội đồng nhân dân tỉnh họp tại trụ sở Sở Nội vụ.")]
    public void Reduplicatives_numbers_and_punctuated_repeats_are_silent(string text) =>
        Found(text).Where(d => d.Id == "AD6006").Should().BeEmpty();

    [Theory]
    [InlineData("Trên địa bàn Tỉnh Bình Định có nhiều dự án.", "Tỉnh Bình", "tỉnh Bình")]
    [InlineData("Đoàn công tác làm việc tại quận 1 trong hai ngày.", "quận 1", "Quận 1")]
    [InlineData("Đoàn công tác đến thủ đô Hà Nội.", "thủ đô Hà Nội", "Thủ đô Hà Nội")]
    [InlineData("Đoàn công tác đến thành phố Hồ Chí Minh.", "thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh")]
    public void Admin_units_are_info(string text, string written, string expected) =>
        Found(text).Single().ShouldBe(DiagnosticSeverity.Info, "body.nodes[0]", "AD6007", written, expected);

    [Theory]
    [InlineData("Trên địa bàn tỉnh Bình Định và thành phố Thái Nguyên.")]
    [InlineData("Tỉnh Bình Định có nhiều dự án.")]
    [InlineData("Gửi Ủy ban nhân dân Tỉnh Bình Định.")]
    [InlineData("Làm việc tại Phường Điện Biên Phủ và Quận 1.")]
    [InlineData("Đến Thủ đô Hà Nội và Thành phố Hồ Chí Minh.")]
    public void Correct_or_doubtful_admin_units_are_silent(string text) =>
        Found(text).Where(d => d.Id == "AD6007").Should().BeEmpty();

    [Theory]
    [InlineData("Theo quy định tại Khoản 2 Điều 5 của Luật.", "Khoản 2", "khoản 2")]
    [InlineData("Theo quy định tại điểm a khoản 2 điều 103 của Luật.", "điều 103", "Điều 103")]
    [InlineData("Theo quy định tại Điều 103 mục 5 Chương XII.", "mục 5", "Mục 5")]
    public void Citations_are_info(string text, string written, string expected) =>
        Found(text).Single().ShouldBe(DiagnosticSeverity.Info, "body.nodes[0]", "AD6008", written, expected);

    [Theory]
    [InlineData("Theo điểm a khoản 2 Điều 103 Mục 5 Chương XII Phần I của Luật.")]
    [InlineData("Khoản 2 quy định như sau.")]
    [InlineData("Nội dung nêu tại phần I báo cáo này.")]
    [InlineData("Mục tiêu năm 2025 là hoàn thành kế hoạch.")]
    public void Correct_or_doubtful_citations_are_silent(string text) =>
        Found(text).Where(d => d.Id == "AD6008").Should().BeEmpty();
}

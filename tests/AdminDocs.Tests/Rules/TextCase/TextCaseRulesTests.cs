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

    // Real sentences of the real Word corpus (tests/AdminDocs.TestAssets/real/docx): two compounds meeting on a shared
    // syllable, and reduplicatives, are correct Vietnamese.
    [Theory]
    [InlineData("Được sử dụng VLNCN thi công công trình đường giao thông.")]
    [InlineData("Đối với hành vi vi phạm của Công ty TNHH MTV Khí công nghiệp.")]
    [InlineData("Phía thượng lưu là đoạn chuyển tiếp tiếp giáp mái đập, nối tiếp là thân tràn.")]
    [InlineData("Chưa phân khu khu vực để lưu chứa HNO3.")]
    [InlineData("Đúng quy định của pháp luật về xây dựng đối với công trình trình thẩm định.")]
    [InlineData("Không thực hiện kiểm định định kỳ trong quá trình sử dụng.")]
    [InlineData("Căn cứ Luật Công nghiệp công nghệ số số 71/2025/QH15 ngày 14/6/2025;")]
    [InlineData("Sản phẩm sau cô đặc theo bơm bơm lên lọc ép quặng thải.")]
    [InlineData("Hai bồn chứa được đặt song song cùng hướng với nhau.")]
    [InlineData("Đối chiếu các văn bản hướng dẫn chung chung để đảm bảo cơ sở.")]
    [InlineData("Tổng số tiền bảy trăm bốn bốn đồng.")]
    [InlineData("Từng bước từ từ hoàn thiện, đời đời ghi nhớ công ơn.")]
    [InlineData("Kết quả giải quyết công việc việc làm của người lao động.")]
    [InlineData("Thực hiện trong năm tiếp theo theo kế hoạch đã được phê duyệt.")]
    [InlineData("Báo cáo Cục Hàng không không muộn hơn ngày 15.")]
    [InlineData("Nghiên cứu tương đối đối với các dự án.")]
    public void Compound_boundaries_and_reduplicatives_are_silent(string text) =>
        Found(text).Where(d => d.Id == "AD6006").Should().BeEmpty();

    [Theory]
    [InlineData("Điều 1: Kiểm tra việc việc chấp hành các quy định của pháp luật.", "việc việc")]
    [InlineData("Chủ trì, phối hợp với với các sở, ngành.", "với với")]
    [InlineData("Đề nghị các các đơn vị báo cáo.", "các các")]
    [InlineData("Các đơn vị thực hiện thực hiện nghiêm túc chỉ đạo.", "thực hiện thực hiện")]
    [InlineData("Tổ chức triển khai theo theo quy định.", "theo theo")]
    public void A_grammatical_word_or_a_phrase_twice_is_reported(string text, string phrase) =>
        Found(text).Single(d => d.Id == "AD6006").ShouldBe(DiagnosticSeverity.Info, "body.nodes[0]", "AD6006", phrase);

    [Theory]
    [InlineData("Đơn vị trực thuộc thuộc Công ty cổ phần.")]
    [InlineData("Nhà tuyển gồm hai hai khu.")]
    public void A_doubled_content_word_is_a_known_miss_it_has_the_shape_of_a_compound_boundary(string text) =>
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

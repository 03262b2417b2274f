using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using AdminDocs.Sources;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using AdminDocs.Validation.Rules;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Text;

public class PunctuationSpacingRuleTests
{
    [Fact]
    public void Correct_report_is_silent() => FooterRules.Of(TestDocuments.CorrectReport()).Should().BeEmpty();

    [Theory]
    [InlineData("1.1. Tình hình triển khai thực hiện")]
    [InlineData("về biển, đảo, biên giới lãnh thổ quốc gia... trên Trang thông tin điện tử")]
    [InlineData("về biển, đảo, biên giới lãnh thổ quốc gia ... trên Trang thông tin điện tử")]
    [InlineData("các vấn đề khác …")]
    [InlineData("gửi Sở Thông tin và Truyền thông tổng hợp báo cáo UBND tỉnh./.")]
    [InlineData("Trân trọng ./.")]
    [InlineData("Doanh thu đạt 1.234,5 triệu đồng, tăng 2,5% so với năm 2013-2020.")]
    [InlineData("Quyết định số 368/QĐ-TTg ngày 28/2/2013 và ngày 25/11/2019.")]
    [InlineData("Cuộc họp bắt đầu lúc 8:30 ngày 05/12/2024.")]
    [InlineData("UBND TP.HCM; Sở TT&TT; Giám đốc Sở (b/c);")]
    [InlineData("Xem tại https://sogtvt.binhdinh.gov.vn/tin-tuc;trang=2 hoặc www.binhdinh.gov.vn:8080.")]
    [InlineData("E-mail:sogtvt@binhdinh.gov.vn, Website:sogtvt.binhdinh.gov.vn")]
    [InlineData("Điện thoại: 0256.3822.390; Fax: 0256.3822.391.")]
    [InlineData("Câu hỏi thứ nhất? Câu trả lời: có!")]
    [InlineData("(Kèm theo Báo cáo số       /BC-SGTVT ngày     tháng     năm 2019)")]
    [InlineData("Số: ....., ngày ..... tháng .....")]
    [InlineData("| Chỉ tiêu | Kết quả |")]
    [InlineData("|:---|---:|")]
    [InlineData("PL.(300)")]
    [InlineData("Công ty AT&amp;T;")]
    [InlineData("(Ký, đóng dấu)")]
    [InlineData("Lưu: VT, HC (2).")]
    [InlineData("- Các hoạt động: không.")]
    public void Correct_lines_have_no_finding(string line) => PunctuationSpacing.Scan(line).Should().BeEmpty();

    [Theory]
    [InlineData("Sở TT&TT ;", 8, "space-before", ';')]
    [InlineData("hợp tác , hội nhập", 7, "space-before", ',')]
    [InlineData("báo cáo như sau :", 15, "space-before", ':')]
    [InlineData("Trân trọng !", 10, "space-before", '!')]
    [InlineData("Vì sao ?", 6, "space-before", '?')]
    [InlineData("kết quả thực hiện năm 2019 .", 26, "space-before", '.')]
    [InlineData("(theo Công văn số 887 .)", 21, "space-before", '.')]
    [InlineData("Lưu:VT, VP.", 3, "no-space-after", ':')]
    [InlineData("chính trị,kinh tế", 9, "no-space-after", ',')]
    [InlineData("hội nhập quốc tế;các tiềm năng", 16, "no-space-after", ';')]
    [InlineData("Điều 1:Phạm vi", 6, "no-space-after", ':')]
    public void Faulty_lines_have_one_finding_at_the_right_offset(string line, int offset, string variant, char mark) =>
        PunctuationSpacing.Scan(line).Should().Equal(new PunctuationFinding(offset, variant, mark));

    [Theory]
    [InlineData("Năm 2021, Sở Tài chính đã hoàn thành các nhiệm vụ , đạt kết quả tốt trong mọi lĩnh vực.", 49, "các nhiệm vụ , đạt kết quả")]
    [InlineData("Sở TT&TT ;", 8, "Sở TT&TT ;")]
    public void Context_quotes_whole_words_around_the_finding(string line, int offset, string expected) =>
        PunctuationSpacing.Context(line, offset).Should().Be(expected);

    [Fact]
    public void Several_faults_give_several_findings()
    {
        PunctuationSpacing.Scan("A , B ; C,D").Select(f => f.Offset).Should().Equal(1, 5, 9);
    }

    [Fact]
    public void Text_before_the_start_offset_is_ignored()
    {
        PunctuationSpacing.Scan("KT . GIÁM ĐỐC", 5).Should().BeEmpty();
    }

    [Fact]
    public void Space_in_a_recipient_item_is_a_warning_with_its_column_and_context()
    {
        var block = FooterRules.Block("- Sở TT&TT ;", 80);
        var item = TestDocuments.Item("- Sở TT&TT ;") with { Origin = SourceSpan.Of(block, 2) };
        var doc = TestDocuments.CorrectReport() with
        {
            Recipients = TestDocuments.CorrectReport().Recipients! with
            {
                Items = ImmutableArray.Create(TestDocuments.Item("- Như trên;"), item, TestDocuments.Item("- Lưu: VT, VP.")),
            },
        };

        var d = FooterRules.Single(doc, "AD6001", "space-before");

        d.Severity.Should().Be(DiagnosticSeverity.Warning);
        d.ModelPath.Should().Be("recipients.items[1]");
        d.Location.Should().Be(new SourceLocation(80, 11));
        d.Arguments.Should().Equal("Sở TT&TT ;", ";");
    }

    [Fact]
    public void Missing_space_after_the_colon_of_Luu_is_reported_by_AD6001_only()
    {
        var d = FooterRules.Single(FooterRules.WithRecipients("- Như trên;", "- Lưu:VT, VP."), "AD6001", "no-space-after");

        d.ModelPath.Should().Be("recipients.items[1]");
        d.Arguments.Should().Equal("Lưu:VT, VP.", ":");
    }

    [Fact]
    public void Body_nodes_are_scanned_recursively_with_their_paths()
    {
        var doc = TestDocuments.CorrectReport() with
        {
            Body = new Body
            {
                Nodes = ImmutableArray.Create<BodyNode>(
                    new LegalBasis("Căn cứ Luật Tổ chức chính quyền địa phương ;"),
                    new BodySection(SectionLevel.Section, "I.")
                    {
                        Number = "I",
                        Heading = "KẾT QUẢ ,THỰC HIỆN",
                        Children = ImmutableArray.Create<BodyNode>(new Paragraph("Sở đã triển khai ,kịp thời.")),
                    },
                    new Paragraph("Trên đây là báo cáo./.")),
            },
        };

        var found = FooterRules.Of(doc);

        found.Should().OnlyContain(d => d.Id == "AD6001");
        found.Select(d => d.ModelPath + " " + d.MessageKey).Should().BeEquivalentTo(
            "body.nodes[0] AD6001.space-before",
            "body.nodes[1].heading AD6001.space-before",
            "body.nodes[1].heading AD6001.no-space-after",
            "body.nodes[1].children[0] AD6001.space-before",
            "body.nodes[1].children[0] AD6001.no-space-after");
    }

    [Fact]
    public void Subject_addressees_signature_and_appendices_are_scanned()
    {
        var doc = TestDocuments.CorrectReport() with
        {
            Subject = new Subject(ImmutableArray.Create("Kết quả hoạt động ,năm 2024")),
            Addressees = new Addressees(new TextElement("Kính gửi :"))
            {
                Items = ImmutableArray.Create(TestDocuments.Item("- Bộ Nội vụ ;"), TestDocuments.Item("- Bộ Tài chính.")),
            },
            Signatures = ImmutableArray.Create(new SignatureBlock
            {
                Authority = "KT.",
                Titles = ImmutableArray.Create("GIÁM ĐỐC", "PHÓ GIÁM ĐỐC , PHỤ TRÁCH"),
                SignerName = new TextElement("Đỗ Nguyên Đức"),
            }),
            Appendices = ImmutableArray.Create(new Appendix(new TextElement("Phụ lục"))
            {
                Title = new TextElement("NHIỆM VỤ ,NĂM 2020"),
                Body = new Body { Nodes = ImmutableArray.Create<BodyNode>(new Paragraph("Nội dung :")) },
            }),
        };

        var paths = FooterRules.Of(doc).Where(d => d.Id == "AD6001").Select(d => d.ModelPath);

        paths.Should().BeEquivalentTo(
            "subject",
            "subject",
            "addressees.items[0]",
            "signatures[0].titles[1]",
            "appendices[0].title",
            "appendices[0].title",
            "appendices[0].body.nodes[0]");
    }

    [Fact]
    public void Labels_number_place_date_and_title_are_left_to_their_own_rules()
    {
        var doc = TestDocuments.CorrectReport() with
        {
            Title = new TextElement("BÁO CÁO ,"),
            Addressees = TestDocuments.CorrectReport().Addressees! with { Label = new TextElement("Kính gửi :") },
            Recipients = TestDocuments.CorrectReport().Recipients! with { Label = new TextElement("Nơi nhận :") },
            Number = LineParsers.ParseNumber("Số : 125/BC-SGTVT"),
            PlaceDate = LineParsers.ParsePlaceDate("Bình Định , ngày 05 tháng 12 năm 2024"),
        };

        FooterRules.Of(doc).Should().NotContain(d => d.Id == "AD6001");
    }

    [Fact]
    public void Signature_line_locations_come_from_the_lines()
    {
        var head = new TextElement("KT. GIÁM ĐỐC") { Origin = SourceSpan.Of(FooterRules.Block("KT. GIÁM ĐỐC", 90)) };
        var deputy = new TextElement("PHÓ GIÁM ĐỐC ,") { Origin = SourceSpan.Of(FooterRules.Block("PHÓ GIÁM ĐỐC ,", 91, 1)) };
        var name = new TextElement("Đỗ Nguyên Đức") { Origin = SourceSpan.Of(FooterRules.Block("Đỗ Nguyên Đức", 93, 2)) };
        var doc = TestDocuments.CorrectReport() with
        {
            Signatures = ImmutableArray.Create(new SignatureBlock
            {
                Authority = "KT.",
                Titles = ImmutableArray.Create("GIÁM ĐỐC", "PHÓ GIÁM ĐỐC ,"),
                SignerName = name,
                Lines = ImmutableArray.Create(head, deputy, name),
            }),
        };

        var d = FooterRules.Single(doc, "AD6001", "space-before");

        d.ModelPath.Should().Be("signatures[0].titles[1]");
        d.Location.Should().Be(new SourceLocation(91, 13));
    }

    [Fact]
    public void A_paragraph_over_two_lines_is_located_on_the_right_line()
    {
        var first = FooterRules.Block("Sở đã triển khai các nhiệm vụ", 20, 0);
        var second = FooterRules.Block("được giao ; kết quả tốt.", 21, 1);
        var paragraph = new Paragraph("Sở đã triển khai các nhiệm vụ được giao ; kết quả tốt.")
        {
            Origin = new SourceSpan(ImmutableArray.Create(first, second)),
        };
        var doc = TestDocuments.CorrectReport() with { Body = new Body { Nodes = ImmutableArray.Create<BodyNode>(paragraph) } };

        FooterRules.Single(doc, "AD6001", "space-before").Location.Should().Be(new SourceLocation(21, 10));
    }

    [Fact]
    public void Real_sample_has_only_the_space_in_So_TT_TT()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestAssets", "samples", "bao-cao-sgtvt-binh-dinh-2019.txt");
        var lines = File.ReadAllLines(path);

        var findings = lines
            .Select((line, i) => (Line: i + 1, Text: line))
            .SelectMany(l => PunctuationSpacing.Scan(l.Text).Select(f => (l.Line, l.Text, Finding: f)))
            .ToArray();

        findings.Should().ContainSingle();
        findings[0].Text.Should().Be("- Sở TT&TT ;");
        findings[0].Finding.Should().Be(new PunctuationFinding(10, "space-before", ';'));
    }
}

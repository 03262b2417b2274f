using System.Linq;
using AdminDocs.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Recognition;

/// <summary>The shapes real documents take after extraction (spec: real-world-shapes.md).</summary>
public class RecognizerShapesTests
{
    private const string Footer = """

        Trên đây là báo cáo của Phòng./.

        Nơi nhận:
        - UBND huyện;
        - Lưu: VT, TCKH.

        TRƯỞNG PHÒNG

        Nguyễn Văn An
        """;

    private static AdminDocument Recognize(string text)
    {
        var doc = TestDocuments.Recognize(text);
        var source = TestDocuments.Read(text);
        // Whatever the shape, no character of the source is lost or duplicated.
        ModelText.Signature(ModelText.All(doc)).Should().Be(
            ModelText.Signature(source.Blocks.Select(b => b.Text)), "recognition keeps every character:\n" + Dump.Of(doc));
        return doc;
    }

    [Fact]
    public void Interleaved_header_cells_left_right_left_right()
    {
        var doc = Recognize("""
            UBND HUYỆN BÌNH MINH
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            PHÒNG TÀI CHÍNH - KẾ HOẠCH
            Độc lập - Tự do - Hạnh phúc
            Số: 15/BC-TCKH
            Bình Minh, ngày 03 tháng 02 năm 2022

            BÁO CÁO
            Tình hình thực hiện dự toán ngân sách quý I năm 2022

            Phòng Tài chính - Kế hoạch báo cáo tình hình thực hiện dự toán ngân sách quý I như sau:
            """ + Footer);

        doc.ParentAgency!.Text.Should().Be("UBND HUYỆN BÌNH MINH");
        doc.IssuingAgency!.Text.Should().Be("PHÒNG TÀI CHÍNH - KẾ HOẠCH");
        doc.NationalTitle!.Text.Should().Be("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        doc.Motto!.Text.Should().Be("Độc lập - Tự do - Hạnh phúc");
        doc.Number!.Symbol.Should().Be("BC-TCKH");
        doc.Number.Value.Should().Be("15");
        doc.PlaceDate!.Place.Should().Be("Bình Minh");
        (doc.PlaceDate.Day, doc.PlaceDate.Month, doc.PlaceDate.Year).Should().Be((3, 2, 2022));
        doc.Kind.Should().Be(DocumentKind.Report);
        doc.Subject!.Text.Should().Be("Tình hình thực hiện dự toán ngân sách quý I năm 2022");
        doc.Signature!.Titles.Should().Equal("TRƯỞNG PHÒNG");
        doc.Signature.SignerName!.Text.Should().Be("Nguyễn Văn An");
        doc.Unrecognized.Should().BeEmpty();
    }

    [Fact]
    public void Header_columns_flattened_into_one_line()
    {
        var doc = Recognize("""
            UBND TỈNH AN PHÚ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            SỞ TÀI CHÍNH Độc lập - Tự do - Hạnh phúc
            Số: 15/BC-STC An Phú, ngày 03 tháng 02 năm 2022

            BÁO CÁO
            Kết quả thẩm định quyết toán năm 2021

            Sở Tài chính báo cáo kết quả thẩm định quyết toán năm 2021 như sau:
            """ + Footer);

        doc.ParentAgency!.Text.Should().Be("UBND TỈNH AN PHÚ");
        doc.IssuingAgency!.Text.Should().Be("SỞ TÀI CHÍNH");
        doc.NationalTitle!.Text.Should().Be("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        doc.Motto!.Text.Should().Be("Độc lập - Tự do - Hạnh phúc");
        doc.Number!.Text.Should().Be("Số: 15/BC-STC");
        doc.PlaceDate!.Text.Should().Be("An Phú, ngày 03 tháng 02 năm 2022");
        doc.PlaceDate.Place.Should().Be("An Phú");
        doc.PlaceDate.Origin.Location!.Column.Should().Be(15, "the split keeps the column of the date within its line");
    }

    [Fact]
    public void Portal_cells_separated_by_pipes_and_page_furniture_before_the_document()
    {
        var doc = Recognize("""
            1
            Số hiệu | Ngày ban hành | Người ký
            UBND TỈNH AN PHÚ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            SỞ TÀI CHÍNH | Độc lập - Tự do - Hạnh phúc
            Số: 15/BC-STC | An Phú, ngày 03 tháng 02 năm 2022

            BÁO CÁO
            Kết quả thẩm định quyết toán năm 2021

            Sở Tài chính báo cáo kết quả thẩm định quyết toán năm 2021 như sau:
            """ + Footer);

        doc.IssuingAgency!.Text.Should().Be("SỞ TÀI CHÍNH");
        doc.ParentAgency!.Text.Should().Be("UBND TỈNH AN PHÚ");
        doc.PlaceDate!.Place.Should().Be("An Phú");
        doc.Unrecognized.Select(u => u.Text).Should().Equal("1", "Số hiệu", "Ngày ban hành", "Người ký");
    }

    [Fact]
    public void A_name_broken_mid_way_stays_one_name()
    {
        var doc = Recognize("""
            ỦY
            BAN NHÂN DÂN
            HUYỆN BÌNH MINH
            -------
            Số: 20/KH-UBND

            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            ---------------
            Bình Minh, ngày 10 tháng 3 năm 2023

            KẾ HOẠCH
            Triển khai công tác cải cách hành chính năm 2023

            Ủy ban nhân dân huyện ban hành kế hoạch triển khai công tác cải cách hành chính năm 2023 như sau:
            """ + Footer);

        doc.ParentAgency.Should().BeNull();
        doc.IssuingAgency!.Lines.Should().Equal("ỦY", "BAN NHÂN DÂN", "HUYỆN BÌNH MINH");
        doc.IssuingAgency.Text.Should().Be("ỦY BAN NHÂN DÂN HUYỆN BÌNH MINH");
        doc.IssuingAgency.Rule!.Text.Should().Be("-------");
        doc.Motto!.Rule!.Text.Should().Be("---------------");
        doc.Kind.Should().Be(DocumentKind.Plan);
    }

    [Fact]
    public void Number_and_VV_on_one_line_make_a_cong_van()
    {
        var doc = Recognize("""
            UBND TỈNH AN PHÚ
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            SỞ XÂY DỰNG
            Độc lập - Tự do - Hạnh phúc
            Số: 45/SXD-VP V/v triển khai kế hoạch
            năm 2023
            An Phú, ngày 07 tháng 5 năm 2023

            Kính gửi:
            - Ủy ban nhân dân các huyện;
            - Các phòng thuộc Sở.

            Sở Xây dựng đề nghị các đơn vị triển khai kế hoạch năm 2023 theo đúng tiến độ.
            """ + Footer);

        doc.Kind.Should().Be(DocumentKind.OfficialLetter);
        doc.Number!.Symbol.Should().Be("SXD-VP");
        doc.Subject!.Prefix.Should().Be("V/v");
        doc.Subject.Text.Should().Be("triển khai kế hoạch năm 2023");
        doc.PlaceDate!.Month.Should().Be(5);
        doc.Addressees!.Items.Select(i => i.Text).Should().Equal("Ủy ban nhân dân các huyện;", "Các phòng thuộc Sở.");
        doc.Title.Should().BeNull();
    }

    [Fact]
    public void Number_split_over_two_lines()
    {
        var doc = Recognize("""
            BAN CHỈ ĐẠO
            Số: 118 / BC-BCĐ-
            ATTP
            Hà Nội, ngày 05 tháng 01 năm 2021

            BÁO CÁO
            Công tác bảo đảm an toàn thực phẩm năm 2020

            Ban Chỉ đạo báo cáo kết quả công tác bảo đảm an toàn thực phẩm năm 2020 như sau:
            """ + Footer);

        doc.Number!.Value.Should().Be("118");
        doc.Number.Symbol.Should().Be("BC-BCĐ-ATTP");
        doc.Number.SymbolGroups.Should().Equal("BC", "BCĐ", "ATTP");
    }

    [Fact]
    public void Recipients_after_the_signature_and_a_stacked_TM_KT_signature()
    {
        var doc = Recognize("""
            ỦY BAN NHÂN DÂN
            TỈNH AN PHÚ
            Số: 12/TB-UBND
            An Phú, ngày 09 tháng 9 năm 2021

            THÔNG BÁO
            Kết luận của Chủ tịch Ủy ban nhân dân tỉnh

            Ngày 05 tháng 9 năm 2021, Chủ tịch Ủy ban nhân dân tỉnh chủ trì họp về công tác phòng, chống dịch.

            TM. ỦY BAN NHÂN DÂN
            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH
            (Đã ký)

            Trần Thị Bình

            Nơi nhận:
            - Các sở, ban, ngành;
            - Lưu: VT, TH.
            """);

        doc.IssuingAgency!.Text.Should().Be("ỦY BAN NHÂN DÂN TỈNH AN PHÚ");
        doc.Signature!.Authority.Should().Be("TM.");
        doc.Signature.Titles.Should().Equal("ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        doc.Signature.Placeholders.Should().Equal("(Đã ký)");
        doc.Signature.SignerName!.Text.Should().Be("Trần Thị Bình");
        doc.Recipients!.Items.Select(i => i.Text).Should().Equal("Các sở, ban, ngành;", "Lưu: VT, TH.");
        doc.Body.Nodes.Should().ContainSingle();
    }

    [Fact]
    public void Footer_columns_interleaved_line_by_line()
    {
        var doc = Recognize("""
            SỞ Y TẾ
            Số: 30/BC-SYT
            An Phú, ngày 15 tháng 4 năm 2022

            BÁO CÁO
            Tình hình khám chữa bệnh quý I

            Sở Y tế báo cáo tình hình khám chữa bệnh quý I như sau.

            Nơi nhận:
            KT. GIÁM ĐỐC
            - Như trên;
            PHÓ GIÁM ĐỐC
            - Lưu: VT, NVY (2).
            Lê Văn Cường
            """);

        doc.Signature!.Authority.Should().Be("KT.");
        doc.Signature.Titles.Should().Equal("GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
        doc.Signature.SignerName!.Text.Should().Be("Lê Văn Cường");
        doc.Recipients!.Items.Select(i => i.Text).Should().Equal("Như trên;", "Lưu: VT, NVY (2).");
    }

    [Fact]
    public void Title_and_subject_over_several_lines_with_blank_lines_and_stray_spaces()
    {
        var doc = Recognize("""


            SỞ   NỘI VỤ

            Số:  05/BC-SNV


            Hà Nội,  ngày  07   tháng 5  năm 2016

            BÁO   CÁO
            Kết quả công tác văn thư, lưu trữ
            năm 2015 và phương hướng
            nhiệm vụ năm 2016


            Năm 2015, công tác văn thư, lưu trữ của Sở được triển khai đúng quy định.
            """ + Footer);

        doc.Title!.Text.Should().Be("BÁO   CÁO");
        doc.Kind.Should().Be(DocumentKind.Report);
        doc.Subject!.Lines.Should().HaveCount(3);
        doc.Subject.Text.Should().Be("Kết quả công tác văn thư, lưu trữ năm 2015 và phương hướng nhiệm vụ năm 2016");
        doc.PlaceDate!.Day.Should().Be(7);
        doc.PlaceDate.Text.Should().Be("Hà Nội,  ngày  07   tháng 5  năm 2016", "the line is kept as written; the rules judge the spaces");
        doc.Number!.Value.Should().Be("05");
    }

    [Fact]
    public void Unrecognized_text_after_the_signature_is_kept_not_dropped()
    {
        var doc = Recognize("""
            SỞ Y TẾ
            Số: 30/BC-SYT
            An Phú, ngày 15 tháng 4 năm 2022

            BÁO CÁO
            Tình hình khám chữa bệnh quý I

            Sở Y tế báo cáo tình hình khám chữa bệnh quý I.

            Nơi nhận:
            - Lưu: VT.

            GIÁM ĐỐC

            Lê Văn Cường

            [1] Số liệu tính đến ngày 31 tháng 3 năm 2022 theo báo cáo của các bệnh viện trên địa bàn tỉnh.
            """);

        doc.Signature!.SignerName!.Text.Should().Be("Lê Văn Cường");
        doc.Unrecognized.Should().ContainSingle().Which.Text.Should().StartWith("[1] Số liệu");
        doc.Unrecognized[0].Origin.Location!.Line.Should().Be(17);
    }

    [Fact]
    public void Drafter_code_and_contact_lines_after_the_recipients()
    {
        var doc = Recognize("""
            BỘ NỘI VỤ
            CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC
            Số: 05/TB-VTLTNN
            Hà Nội, ngày 05 tháng 01 năm 2021

            THÔNG BÁO
            Lịch tiếp công dân năm 2021

            Cục Văn thư và Lưu trữ nhà nước thông báo lịch tiếp công dân năm 2021.

            Nơi nhận:
            - Các đơn vị thuộc Cục;
            - Lưu: VT, VP.
            PL.(30)

            CỤC TRƯỞNG

            Đặng Thanh Tùng

            Địa chỉ: 12 Đào Tấn, Ba Đình, Hà Nội
            ĐT: 024 3766 2184, Fax: 024 3766 2184
            Website: luutru.gov.vn
            """);

        doc.ParentAgency!.Text.Should().Be("BỘ NỘI VỤ");
        doc.IssuingAgency!.Text.Should().Be("CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC");
        doc.DrafterCode!.Text.Should().Be("PL.(30)");
        doc.ContactLines.Select(c => c.Text).Should().HaveCount(3);
        doc.Signature!.Titles.Should().Equal("CỤC TRƯỞNG");
        doc.Unrecognized.Should().BeEmpty();
    }

    [Theory]
    [InlineData("NGUYỄN VĂN AN", "NGUYỄN VĂN AN")]
    [InlineData("TS. NGUYỄN VĂN AN", "TS. NGUYỄN VĂN AN")]
    [InlineData("KHỔNG MINH ĐỨC", "KHỔNG MINH ĐỨC")]
    [InlineData("Y BLIM NIÊ", "Y BLIM NIÊ")]
    public void A_signer_name_in_capitals_after_the_signature_placeholder_is_the_name(string line, string name)
    {
        var doc = Recognize($"""
            SỞ Y TẾ
            Số: 30/BC-SYT
            An Phú, ngày 15 tháng 4 năm 2022

            BÁO CÁO
            Tình hình khám chữa bệnh quý I

            Sở Y tế báo cáo tình hình khám chữa bệnh quý I.

            Nơi nhận:
            - Lưu: VT.

            GIÁM ĐỐC
            (Đã ký)
            {line}
            """);

        doc.Signature!.Titles.Should().Equal("GIÁM ĐỐC");
        doc.Signature.SignerName!.Text.Should().Be(name);
    }

    [Theory]
    [InlineData("samples/bao-cao-sgtvt-binh-dinh-2019.txt")]
    [InlineData("samples/bao-cao-mau-nd30.txt")]
    public void A_whole_document_on_one_line_recognizes_like_the_document_with_its_lines(string sample)
    {
        var text = System.IO.File.ReadAllText(Dump.Asset(sample));
        var lines = TestDocuments.Read(text).Blocks.Select(b => b.Text);
        var expected = TestDocuments.Recognize(text);
        var doc = Recognize(string.Join(" ", lines));

        doc.Kind.Should().Be(expected.Kind);
        doc.NationalTitle?.Text.Should().Be(expected.NationalTitle?.Text);
        doc.Motto?.Text.Should().Be(expected.Motto?.Text);
        doc.Number!.Text.Should().Be(expected.Number!.Text);
        doc.PlaceDate!.Text.Should().Be(expected.PlaceDate!.Text);
        doc.Title!.Text.Should().Be(expected.Title!.Text);
        doc.Subject!.Text.Should().Be(expected.Subject!.Text);
        doc.Addressees?.Items.Select(i => i.Text).Should().Equal(expected.Addressees?.Items.Select(i => i.Text) ?? Enumerable.Empty<string>());
        doc.Recipients!.Items.Select(i => i.Text).Should().Equal(expected.Recipients!.Items.Select(i => i.Text));
        doc.Signature!.Authority.Should().Be(expected.Signature!.Authority);
        doc.Signature.Titles.Should().Equal(expected.Signature.Titles);
        doc.Signature.SignerName!.Text.Should().Be(expected.Signature.SignerName!.Text);
        doc.Unrecognized.Should().BeEmpty();
    }

    [Fact]
    public void A_header_aligned_with_tabs_gives_each_column_its_own_rule()
    {
        var doc = Recognize("UBND TỈNH AN PHÚ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ TÀI CHÍNH\tĐộc lập - Tự do - Hạnh phúc\n"
            + "-------\t---------------\nSố: 15/BC-STC\tAn Phú, ngày 03 tháng 02 năm 2022\n\nBÁO CÁO\nKết quả thẩm định quyết toán năm 2021\n\n"
            + "Sở Tài chính báo cáo kết quả thẩm định quyết toán năm 2021 như sau:\n" + Footer);

        doc.ParentAgency!.Text.Should().Be("UBND TỈNH AN PHÚ");
        doc.IssuingAgency!.Text.Should().Be("SỞ TÀI CHÍNH");
        doc.IssuingAgency.Rule!.Text.Should().Be("-------");
        doc.Motto!.Rule!.Text.Should().Be("---------------");
        doc.PlaceDate!.Place.Should().Be("An Phú");
    }

    [Fact]
    public void A_quyet_dinh_opening_authority_line_legal_bases_proposal_and_enacting_formula()
    {
        var doc = Recognize("""
            ỦY BAN NHÂN DÂN
            TỈNH BÌNH ĐỊNH
            Số: 25/QĐ-UBND
            Bình Định, ngày 06 tháng 01 năm 2025

            QUYẾT ĐỊNH
            Về việc thành lập Tổ công tác chuyển đổi số
            CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH

            Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
            Căn cứ Quyết định số 942/QĐ-TTg ngày 15 tháng 6 năm 2021 của Thủ tướng Chính phủ;
            Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông.

            QUYẾT ĐỊNH:

            Điều 1. Thành lập Tổ công tác chuyển đổi số tỉnh Bình Định.
            Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

            Nơi nhận:
            - Như Điều 2;
            - Lưu: VT.

            CHỦ TỊCH

            Phạm Anh Tuấn
            """);

        doc.Kind.Should().Be(DocumentKind.Decision);
        doc.Subject!.Text.Should().Be("Về việc thành lập Tổ công tác chuyển đổi số");
        doc.Body.Nodes.Select(n => n.GetType().Name).Should().Equal(
            "IssuingAuthority", "LegalBasis", "LegalBasis", "Proposal", "EnactingFormula", "BodySection", "BodySection");
        doc.Body.Nodes.OfType<BodySection>().Should().OnlyContain(s => s.Level == SectionLevel.Article);
    }

    [Theory]
    [InlineData("                      ")]
    [InlineData("\t\t")]
    public void A_bien_ban_signed_side_by_side_by_THU_KY_and_CHU_TOA(string gap)
    {
        var doc = Recognize($"""
            SỞ NỘI VỤ
            Số: 05/BB-SNV

            BIÊN BẢN
            Họp giao ban tháng 11 năm 2024

            Thời gian bắt đầu: 08 giờ 00, ngày 28 tháng 11 năm 2024.
            Cuộc họp kết thúc vào 11 giờ 00 cùng ngày./.

            THƯ KÝ{gap}CHỦ TỌA
            (Đã ký){gap}(Đã ký)
            Lê Thị Hoa{gap}Trần Văn Nam

            Nơi nhận:
            - Các phòng thuộc Sở;
            - Lưu: VT, Hồ sơ.
            """);

        doc.Kind.Should().Be(DocumentKind.Minutes);
        doc.PlaceDate.Should().BeNull("a biên bản has no date line at ô 4");
        doc.Signatures.Should().HaveCount(2);
        doc.Signatures[0].Titles.Should().Equal("THƯ KÝ");
        doc.Signatures[0].SignerName!.Text.Should().Be("Lê Thị Hoa");
        doc.Signature!.Titles.Should().Equal(new[] { "CHỦ TỌA" }, "the main signature is the right-hand one");
        doc.Signature.SignerName!.Text.Should().Be("Trần Văn Nam");
        doc.Signature.Placeholders.Should().Equal("(Đã ký)");
    }

    [Fact]
    public void Marks_misspelt_or_in_lower_case_are_still_marks_and_the_header_goes_on()
    {
        var text = """
            SỞ Y TẾ
            Số: 30/BC-SYT
            An Phú, ngày 15 tháng 4 năm 2022
            HOẢ TÔC
            Xem xong trả lại

            BÁO CÁO
            Tình hình khám chữa bệnh quý I

            Sở Y tế báo cáo tình hình khám chữa bệnh quý I.
            """ + Footer;
        var doc = Recognize(text);
        doc.Marks.Urgency!.Text.Should().Be("HOẢ TÔC");
        doc.Marks.Circulation.Select(m => m.Text).Should().Equal("Xem xong trả lại");
        doc.Title!.Text.Should().Be("BÁO CÁO");
        var result = TestDocuments.ValidateText(text);
        result.Of("AD6002").Should().ContainSingle("the misspelt urgency stamp is reported by its rule");
        result.Of("AD6004").Should().ContainSingle("the circulation note is written in lower case");
    }

    [Fact]
    public void A_rule_under_a_title_without_a_subject_belongs_to_the_title()
    {
        var doc = Recognize("""
            SỞ NỘI VỤ
            Số: 12/GGT-SNV
            Hà Nội, ngày 05 tháng 01 năm 2021

            GIẤY GIỚI THIỆU
            -----------

            Sở Nội vụ trân trọng giới thiệu: Ông Nguyễn Văn An, chuyên viên Văn phòng Sở.
            """ + Footer);

        doc.Kind.Should().Be(DocumentKind.LetterOfIntroduction);
        doc.Title!.Rule!.Text.Should().Be("-----------");
        doc.Unrecognized.Should().BeEmpty();
    }

    [Fact]
    public void An_empty_document_recognizes_nothing_and_does_not_throw()
    {
        var doc = Recognize(string.Empty);
        doc.Kind.Should().Be(DocumentKind.Other);
        doc.Body.IsEmpty.Should().BeTrue();
        doc.Signatures.Should().BeEmpty();
    }

    private const string Header = """
        UBND TỈNH LÀO CAI                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        SỞ CÔNG THƯƠNG                                Độc lập - Tự do - Hạnh phúc

        Số: 215/BC-SCT                            Lào Cai, ngày 12 tháng 6 năm 2026

        BÁO CÁO
        Kết quả kiểm tra vật liệu nổ công nghiệp

        Sở Công Thương báo cáo kết quả kiểm tra như sau:
        1. Đã kiểm tra 04 đơn vị.
        """;

    [Fact]
    public void Footer_columns_flattened_line_by_line_by_a_pdf_text_layer()
    {
        // real/text 10, 12, 18: "pdftotext -layout" keeps the Nơi nhận and the signature side by side on each line.
        var doc = Recognize(Header + """

            Nơi nhận:                                        TM. ỦY BAN NHÂN DÂN
            - Như Điều 3;                                         KT. CHỦ TỊCH
            - TT. Tỉnh uỷ, HĐND tỉnh;                             PHÓ CHỦ TỊCH
            - Chủ tịch và các PCT UBND tỉnh;
            - Lãnh đạo VPUBND tỉnh;                               Nguyễn Thế Phước
            - Lưu: VT, TH (Thắng), KT (Long).
            """);

        doc.Recipients!.Items.Select(i => i.Text).Should().Equal(
            "Như Điều 3;", "TT. Tỉnh uỷ, HĐND tỉnh;", "Chủ tịch và các PCT UBND tỉnh;", "Lãnh đạo VPUBND tỉnh;", "Lưu: VT, TH (Thắng), KT (Long).");
        doc.Signature!.Authority.Should().Be("TM.");
        doc.Signature.Titles.Should().Equal("ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        doc.Signature.SignerName!.Text.Should().Be("Nguyễn Thế Phước");
        doc.Unrecognized.Should().BeEmpty();
    }

    [Fact]
    public void Nơi_nhận_items_run_on_in_one_line_of_a_web_page()
    {
        // real/text 02–06, 20, 29: the whole list in one table cell or one paragraph.
        var doc = Recognize(Header + """

            Nơi nhận: - Như trên; - TTgCP, Phó TTg Lê Văn Thành; - Các Bộ: TC, KHĐT; - Lưu: VT, NN (2).

            KT. GIÁM ĐỐC
            PHÓ GIÁM ĐỐC

            Hoàng Văn Thuân
            """);

        doc.Recipients!.Items.Select(i => i.Text).Should().Equal("Như trên;", "TTgCP, Phó TTg Lê Văn Thành;", "Các Bộ: TC, KHĐT;", "Lưu: VT, NN (2).");
        doc.Signature!.SignerName!.Text.Should().Be("Hoàng Văn Thuân");
    }

    [Fact]
    public void An_attachment_after_the_signature_is_an_appendix_even_without_a_Phụ_lục_line()
    {
        // real/docx 18, 29: a heading in capitals over its "(Kèm theo ...)" line, then a table.
        var doc = Recognize(Header + Footer + """


            HÀNG HÓA NGUY HIỂM ĐƯỢC PHÉP VẬN CHUYỂN
            (Kèm theo Giấy phép số 12/GP-SCT ngày 05/7/2026 của Sở Công Thương)
            TT
            Tên hàng hóa nguy hiểm
            1
            Xăng
            """);

        doc.Signature!.SignerName!.Text.Should().Be("Nguyễn Văn An");
        doc.Signature.Titles.Should().Equal("TRƯỞNG PHÒNG");
        doc.Appendices.Should().ContainSingle().Which.Reference!.Text.Should().StartWith("(Kèm theo Giấy phép");
    }

    [Theory]
    [InlineData("Phụ lục số 01:", "01")]
    [InlineData("Phụ lục: DANH SÁCH CÁC ĐƠN VỊ KIỂM TRA", null)]
    [InlineData("PHỤ LỤC II", "II")]
    public void Appendix_labels_real_documents_write(string label, string? number)
    {
        var doc = Recognize(Header + Footer + "\n\n" + label + "\nDANH SÁCH\n1. Công ty A.\n");
        doc.Appendices.Should().ContainSingle().Which.Number.Should().Be(number);
        doc.Signature!.SignerName!.Text.Should().Be("Nguyễn Văn An");
    }

    [Theory]
    [InlineData("BIÊN BẢN LÀM VIỆC", DocumentKind.Minutes)]
    [InlineData("GIẤY MỜI HỌP", DocumentKind.Invitation)]
    [InlineData("GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP", DocumentKind.Other)]
    public void A_tên_loại_with_more_words_is_still_the_tên_loại(string title, DocumentKind kind)
    {
        var doc = Recognize(Header.Replace("BÁO CÁO\n", title + "\n").Replace("/BC-SCT", "/SCT"));
        doc.Title!.Text.Should().Be(title);
        doc.Kind.Should().Be(kind);
        doc.IssuingAgency!.Text.Should().Be("SỞ CÔNG THƯƠNG");
    }

    [Fact]
    public void The_enacting_authority_under_a_tên_loại_without_trích_yếu_is_not_a_trích_yếu()
    {
        var doc = Recognize(Header.Replace("BÁO CÁO\nKết quả kiểm tra vật liệu nổ công nghiệp\n", "GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI\n"));
        doc.Title!.Text.Should().Be("GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP");
        doc.Subject.Should().BeNull();
    }

    [Fact]
    public void A_Quốc_hiệu_with_a_misspelt_tone_is_the_Quốc_hiệu()
    {
        // real/docx 23: "CỘNG HÕA" — a misspelt Quốc hiệu (AD2002), never glued onto the issuer.
        var doc = Recognize(Header.Replace("CỘNG HÒA", "CỘNG HÕA") + Footer);
        doc.NationalTitle!.Text.Should().Be("CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        doc.IssuingAgency!.Text.Should().Be("SỞ CÔNG THƯƠNG");
    }

    [Fact]
    public void The_footer_of_a_web_page_in_one_Markdown_table_row()
    {
        // real/text 02–05 (vanban.chinhphu.vn): the list in one cell, the titles and the name in the other.
        var doc = Recognize(Header + """

            | *Nơi nhận:* - Như trên; - TTgCP, Phó TTg Lê Văn Thành; - Lưu: VT, NN (2). | KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM     Nguyễn Cao Lục |
            | --- | --- |
            """);

        doc.Recipients!.Items.Should().HaveCount(3);
        doc.Signature!.Authority.Should().Be("KT.");
        doc.Signature.Titles.Should().Equal("BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM");
        doc.Signature.SignerName!.Text.Should().Be("Nguyễn Cao Lục");
    }

    [Fact]
    public void Page_markers_and_a_rule_typed_after_the_issuer_stay_out_of_the_agency_names()
    {
        // real/text 01 ("===== TRANG 1 =====" over the header), 02–06 (a web page's header cell "VĂN PHÒNG CHÍNH PHỦ -------"),
        // 07 (the Quốc hiệu misspelt "VIẾT", an AD2002, never glued onto the parent body).
        var doc = Recognize("""
            ===== TRANG 1 =====
            VĂN PHÒNG CHÍNH PHỦ -------
            CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIẾT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 3479/VPCP-NN
            Hà Nội, ngày 26 tháng 5 năm 2021

            V/v xây dựng Đề án thí điểm

            Kính gửi: Bộ Nông nghiệp và Phát triển nông thôn.

            Phó Thủ tướng Chính phủ có ý kiến như sau: đồng ý về chủ trương./.
            """ + Footer);

        doc.IssuingAgency!.Text.Should().Be("VĂN PHÒNG CHÍNH PHỦ");
        doc.ParentAgency.Should().BeNull();
        doc.NationalTitle!.Text.Should().Be("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIẾT NAM");
        doc.Unrecognized.Select(u => u.Text).Should().Contain("===== TRANG 1 =====");
    }
}

using System;
using System.IO;
using System.Linq;
using AdminDocs.Building;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Building;

public class DocumentBuilderTests
{
    public static TheoryData<DocumentKind> Kinds()
    {
        var data = new TheoryData<DocumentKind>();
        foreach (var info in DocumentKindInfo.All)
        {
            data.Add(info.Kind);
        }

        return data;
    }

    [Fact]
    public void The_sample_report_builds_and_validates_with_no_finding_at_all()
    {
        var document = BuiltDocuments.SampleReport().Build().Document;
        var result = Validator.Default.Validate(document);
        result.Diagnostics.Should().BeEmpty(Dump.Of(document));
        result.Profile.Should().Be(DocumentProfile.Nd30);
    }

    [Fact]
    public void The_built_sample_has_the_components_the_recognizer_finds_in_the_same_report_as_text()
    {
        var recognized = TestDocuments.Recognize(File.ReadAllText(Dump.Asset("samples/bao-cao-mau-nd30.txt")));
        var built = BuiltDocuments.SampleReport().Build().Document;

        ComponentText.Of(built).Should().Be(ComponentText.Of(recognized));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_builds_a_document_that_validates_with_no_error_and_no_warning(DocumentKind kind)
    {
        AdminDocument document;
        try
        {
            document = BuiltDocuments.Representative(kind).Build().Document;
        }
        catch (DocumentBuildException ex)
        {
            throw new Xunit.Sdk.XunitException(kind + ": " + ex.Message);
        }

        var result = Validator.Default.Validate(document);
        result.Diagnostics.Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
            .Should().BeEmpty(Dump.Of(document));
        result.Profile.Should().Be(DocumentProfile.Nd30);
        document.Kind.Should().Be(kind);
        document.Source.Should().BeNull("a built document has no source");
        var info = DocumentKindInfo.Get(kind);
        document.Title?.Text.Should().Be(info.Title ?? (kind == DocumentKind.PublicLetter ? "THƯ CẢM ƠN" : null));
        document.Number!.Text.Should().Be("Số: 07/" + (kind == DocumentKind.OfficialLetter ? "SNV-VP" : info.Abbreviation is { } a ? a + "-SNV" : "SNV"));
        document.Recipients!.Items[^1].RawText.Should().Be("- Lưu: VT, VP.");
        document.Signatures.Should().NotBeEmpty();
        document.Body.IsEmpty.Should().BeFalse();
    }

    [Theory]
    [InlineData(2025, 3, 5, "Hà Nội, ngày 05 tháng 3 năm 2025")]
    [InlineData(2025, 1, 15, "Hà Nội, ngày 15 tháng 01 năm 2025")]
    [InlineData(2024, 2, 9, "Hà Nội, ngày 09 tháng 02 năm 2024")]
    [InlineData(2024, 2, 29, "Hà Nội, ngày 29 tháng 02 năm 2024")]
    [InlineData(2025, 10, 1, "Hà Nội, ngày 01 tháng 10 năm 2025")]
    [InlineData(2025, 12, 31, "Hà Nội, ngày 31 tháng 12 năm 2025")]
    [InlineData(2025, 9, 10, "Hà Nội, ngày 10 tháng 9 năm 2025")]
    public void The_date_line_gets_its_leading_zeros_for_days_below_10_and_months_1_and_2_only(int year, int month, int day, string expected)
    {
        var document = BuiltDocuments.SampleReport().PlaceAndDate("Hà Nội", year, month, day).Build().Document;

        document.PlaceDate!.Text.Should().Be(expected);
        document.PlaceDate.Date.Should().Be(new DateTime(year, month, day));
        Validator.Default.Validate(document).Diagnostics.Where(d => d.Id.StartsWith("AD300", StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Theory]
    [InlineData(DocumentKind.Report, 5, null, "Số: 05/BC-SGTVT")]
    [InlineData(DocumentKind.Report, 12, null, "Số: 12/BC-SGTVT")]
    [InlineData(DocumentKind.Report, 1234, "VP", "Số: 1234/BC-SGTVT-VP")]
    [InlineData(DocumentKind.Provisions, 3, null, "Số: 03/QyĐ-SGTVT")]
    [InlineData(DocumentKind.Submission, 40, null, "Số: 40/TTr-SGTVT")]
    [InlineData(DocumentKind.OfficialLetter, 12, "VP", "Số: 12/SGTVT-VP")]
    public void The_number_line_takes_the_type_abbreviation_from_the_kind_and_a_cong_van_gets_issuer_unit(DocumentKind kind, int number, string? unit, string expected)
    {
        var document = BuiltDocuments.Representative(kind).IssuingAgency("SỞ GIAO THÔNG VẬN TẢI", "SGTVT").Number(number, unit).Build().Document;

        document.Number!.Text.Should().Be(expected);
        document.Number.Value.Should().Be(number.ToString("00", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_draft_number_is_left_blank_and_reported_only_as_an_info()
    {
        var document = BuiltDocuments.SampleReport().DraftNumber().Build().Document;

        document.Number!.Value.Should().BeNull();
        document.Number.Symbol.Should().Be("BC-SGTVT");
        Validator.Default.Validate(document).Diagnostics.Select(d => d.Id + " " + d.Severity).Should().Equal("AD2202 Info");
    }

    [Fact]
    public void Cong_van_subject_gets_vv_and_no_title()
    {
        var document = BuiltDocuments.Representative(DocumentKind.OfficialLetter).Subject("V/v cử công chức dự tập huấn").Build().Document;

        document.Title.Should().BeNull();
        document.Subject!.Prefix.Should().Be("V/v");
        document.Subject.Text.Should().Be("cử công chức dự tập huấn");
        document.Subject.FirstLineAsWritten.Should().Be("V/v cử công chức dự tập huấn");
    }

    [Fact]
    public void Numbering_is_generated_and_kept_in_sequence_at_every_level()
    {
        var document = BuiltDocuments.Representative(DocumentKind.Regulation)
            .Body(b => b.Chapter("Điều khoản thi hành", c => c
                .Section("Tổ chức thực hiện", m => m
                    .Article("Trách nhiệm thi hành", a => a
                        .Clause("Các phòng chuyên môn:", k => k
                            .Point("Một;").Point("Hai;").Point("Ba;").Point("Bốn;").Point("Năm;").Point("Sáu."))
                        .Clause("Văn phòng Sở:", k => k
                            .Subclause("Tổng hợp;", s => s.Point("Báo cáo."))
                            .Subclause("Theo dõi.")))
                    .Article("Hiệu lực thi hành"))))
            .Build().Document;

        var text = ComponentText.Of(document);
        var labels = Sections(document.Body.Nodes).Select(s => s.Label).ToArray();
        labels.Should().Equal(
            "Chương I", "Điều 1.", "Điều 2.",
            "Chương II", "Mục 1", "Điều 3.", "1.", "2.", "a)", "b)", "Mục 2", "Điều 4.",
            "Chương III", "Mục 1", "Điều 5.", "1.", "a)", "b)", "c)", "d)", "đ)", "e)", "2.", "2.1.", "a)", "2.2.", "Điều 6.");
        Sections(document.Body.Nodes).Single(s => s.Label == "Chương III").Heading.Should().Be("ĐIỀU KHOẢN THI HÀNH", "phần, chương and mục titles are in capitals");
        Validator.Default.Validate(document).Diagnostics.Should().BeEmpty(text);
    }

    [Fact]
    public void Report_sections_are_roman_and_bullets_nest_with_dash_then_plus()
    {
        var document = BuiltDocuments.SampleReport()
            .Body(b => b.RomanSection("Đề xuất, kiến nghị", s => s.Clause("Đề nghị Ủy ban nhân dân tỉnh:", c => c
                .Bullet("Bố trí kinh phí;", x => x.Bullet("năm 2025;").Bullet("năm 2026."))
                .Bullet("Chỉ đạo các sở phối hợp."))))
            .Build().Document;

        var sections = Sections(document.Body.Nodes).ToArray();
        sections.Where(s => s.Level == SectionLevel.Section).Select(s => s.Label).Should().Equal("I.", "II.", "III.");
        sections.Where(s => s.Level == SectionLevel.ListItem).Select(s => s.Label + " " + s.Heading)
            .Should().Equal("- Bố trí kinh phí;", "+ năm 2025;", "+ năm 2026.", "- Chỉ đạo các sở phối hợp./.");
    }

    [Fact]
    public void The_legal_bases_end_with_semicolons_and_the_last_line_of_the_block_with_a_period()
    {
        var document = BuiltDocuments.Representative(DocumentKind.Decision).Build().Document;

        document.Body.Nodes.OfType<LegalBasis>().Select(l => l.Text[^1]).Should().Equal(';', ';');
        document.Body.Nodes.OfType<Proposal>().Single().Text.Should().Be("Theo đề nghị của Chánh Văn phòng Sở.");
        document.Body.Nodes.OfType<IssuingAuthority>().Single().Text.Should().Be("GIÁM ĐỐC SỞ NỘI VỤ");
        document.Body.Nodes.OfType<EnactingFormula>().Single().Text.Should().Be("QUYẾT ĐỊNH:");
    }

    [Fact]
    public void Under_TT01_the_last_legal_basis_ends_with_a_comma()
    {
        var document = DocumentBuilder.Create(DocumentKind.Decision)
            .ParentAgency("UBND TỈNH QUẢNG NGÃI").IssuingAgency("SỞ NỘI VỤ", "SNV").Number(3)
            .PlaceAndDate("Quảng Ngãi", 2019, 6, 20)
            .Subject("Về việc cử công chức đi học")
            .Body(b => b.IssuingAuthority("GIÁM ĐỐC SỞ NỘI VỤ")
                .LegalBasis("Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008;")
                .LegalBasis("Nghị định số 110/2004/NĐ-CP ngày 08 tháng 4 năm 2004 của Chính phủ về công tác văn thư.")
                .EnactingFormula()
                .Article("Cử công chức đi học", a => a.Paragraph("Cử bà Lê Thị Hà đi học."))
                .Article("Tổ chức thực hiện", a => a.Paragraph("Chánh Văn phòng Sở thi hành Quyết định này.")))
            .Signature(s => s.Title("GIÁM ĐỐC").Name("Nguyễn Văn An"))
            .Archive("VP")
            .Build().Document;

        document.Body.Nodes.OfType<LegalBasis>().Select(l => l.Text).Should().Equal(
            "Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008;",
            "Căn cứ Nghị định số 110/2004/NĐ-CP ngày 08 tháng 4 năm 2004 của Chính phủ về công tác văn thư,");
        Validator.Default.Validate(document).Profile.Should().Be(DocumentProfile.Tt01);
    }

    [Fact]
    public void Kinh_gui_with_several_addressees_and_nhu_tren_first_and_luu_last()
    {
        var document = BuiltDocuments.SampleReport()
            .Archive(2, "VP", "VT")
            .To("Sở Tài chính;", "- Sở Nội vụ")
            .Recipients("Phòng Kế hoạch")
            .Build().Document;

        document.Addressees!.OnLabelLine.Should().BeFalse();
        document.Addressees.Items.Select(i => i.RawText).Should().Equal("- Ủy ban nhân dân tỉnh Bình Định;", "- Sở Tài chính;", "- Sở Nội vụ.");
        document.Recipients!.Items.Select(i => i.RawText).Should().Equal(
            "- Như trên;", "- Sở Thông tin và Truyền thông;", "- Giám đốc Sở (b/c);", "- Phòng Kế hoạch;", "- Lưu: VT, VP (2).");
        Validator.Default.Validate(document).Diagnostics.Should().BeEmpty();
    }

    [Theory]
    [InlineData("TM.", "ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")]
    [InlineData("TL.", "CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG")]
    [InlineData("TUQ.", "CHỦ TỊCH / GIÁM ĐỐC SỞ NỘI VỤ")]
    [InlineData("Q.", "GIÁM ĐỐC")]
    [InlineData(null, "GIÁM ĐỐC")]
    public void Every_authority_chain_of_the_decree_builds_clean(string? authority, string chain)
    {
        var lines = chain.Split(" / ");
        var document = BuiltDocuments.Representative(DocumentKind.Notice).Signature(s =>
        {
            switch (authority)
            {
                case "TM.": s.OnBehalfOf(lines[0]); break;
                case "TL.": s.ByOrder(lines[0]); break;
                case "TUQ.": s.Delegated(lines[0]); break;
                case "Q.": s.Acting(lines[0]); break;
                default: s.Title(lines[0]); break;
            }

            foreach (var line in lines.Skip(1))
            {
                if (line.StartsWith("KT. ", StringComparison.Ordinal))
                {
                    s.SignFor(line.Substring(4));
                }
                else
                {
                    s.Title(line);
                }
            }

            s.Name("Trần Thị Thu Hà");
        }).Build().Document;

        var block = document.Signatures[^1];
        block.Authority.Should().Be(authority);
        string.Join(" / ", block.Titles).Should().Be(chain);
        block.Lines.Select(l => l.Text).Should().StartWith(authority is null ? lines[0] : authority + " " + lines[0]);
        Validator.Default.Validate(document).Diagnostics.Where(d => d.Id.StartsWith("AD50", StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Fact]
    public void Appendices_are_numbered_in_roman_when_several_and_carry_their_reference_line()
    {
        var document = BuiltDocuments.SampleReport()
            .Body(b => b.Paragraph("Chi tiết tại Phụ lục I và Phụ lục II kèm theo."))
            .Appendix("Danh mục văn bản", a => a.Table(1, new[] { "STT", "Văn bản" }, new[] { "1", "Kế hoạch số 45/KH-SGTVT" }))
            .Appendix("Kinh phí thực hiện", a => a.Clause("Năm 2024: 20 triệu đồng.").Clause("Năm 2025: 25 triệu đồng."))
            .Build().Document;

        document.Appendices.Select(a => a.Label.Text).Should().Equal("Phụ lục I", "Phụ lục II");
        document.Appendices[0].Title!.Text.Should().Be("DANH MỤC VĂN BẢN");
        document.Appendices[0].Reference!.Text.Should().Be("(Kèm theo Báo cáo số 215/BC-SGTVT ngày 05 tháng 12 năm 2024 của Sở giao thông vận tải)");
        var table = document.Appendices[0].Body.Nodes.OfType<Table>().Single();
        table.HeaderRowCount.Should().Be(1);
        table.Rows.Select(r => string.Join("|", r.Cells)).Should().Equal("STT|Văn bản", "1|Kế hoạch số 45/KH-SGTVT");
        document.Appendices[1].Body.Nodes.Cast<BodySection>().Select(s => s.Label).Should().Equal("1.", "2.");
        Validator.Default.Validate(document).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Marks_drafter_code_and_contacts_are_written_in_their_canonical_form()
    {
        var document = BuiltDocuments.SampleReport()
            .Urgency(UrgencyLevel.VeryUrgent).Secrecy(SecrecyLevel.Confidential).Circulation("Lưu hành nội bộ")
            .DrafterCode("PL", 300).Contact("Địa chỉ: 02 Trần Phú, thành phố Quy Nhơn")
            .Build().Document;

        document.Marks.Urgency!.Text.Should().Be("THƯỢNG KHẨN");
        document.Marks.Secrecy!.Text.Should().Be("MẬT");
        document.Marks.Circulation.Single().Text.Should().Be("LƯU HÀNH NỘI BỘ");
        document.DrafterCode!.Text.Should().Be("PL.(300)");
        document.ContactLines.Single().Text.Should().Be("Địa chỉ: 02 Trần Phú, thành phố Quy Nhơn");
        Validator.Default.Validate(document).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Vietnamese_text_is_kept_in_NFC_with_every_diacritic()
    {
        var decomposed = "Ke\u0302\u0301t qua\u0309 co\u0302ng ta\u0301c na\u0306m 2024";
        var document = BuiltDocuments.SampleReport().Subject(decomposed).Build().Document;

        document.Subject!.Text.Should().Be("Kết quả công tác năm 2024");
        document.Subject.Text.IsNormalized(System.Text.NormalizationForm.FormC).Should().BeTrue();
    }

    [Fact]
    public void Build_can_be_called_twice_and_gives_equal_documents()
    {
        var builder = BuiltDocuments.SampleReport();

        ComponentText.Of(builder.Build().Document).Should().Be(ComponentText.Of(builder.Build().Document));
    }

    [Fact]
    public void A_bien_ban_needs_no_place_and_date_line_and_takes_two_signatures()
    {
        var document = DocumentBuilder.Create(DocumentKind.Minutes)
            .ParentAgency("UBND XÃ HÒA AN").IssuingAgency("BAN CHỈ ĐẠO XÂY DỰNG NÔNG THÔN MỚI", "BCĐ").Number(7)
            .Subject("Họp Ban Chỉ đạo xây dựng nông thôn mới xã Hòa An quý III năm 2024")
            .Body(b => b.Paragraph("Thời gian bắt đầu: 14 giờ 00, ngày 20 tháng 9 năm 2024.")
                .Paragraph("Cuộc họp kết thúc vào 16 giờ 30 cùng ngày."))
            .Signature(s => s.Title("THƯ KÝ").Name("Nguyễn Thị Kim Loan"))
            .Signature(s => s.Title("CHỦ TỌA").Name("Trần Quốc Việt"))
            .Recipients("Thành viên Ban Chỉ đạo").Archive("VT")
            .Build().Document;

        document.PlaceDate.Should().BeNull();
        document.Signatures.Select(s => s.Titles[0]).Should().Equal("THƯ KÝ", "CHỦ TỌA");
        document.Recipients!.Items[^1].RawText.Should().Be("- Lưu: VT.");
        Validator.Default.Validate(document).Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Should().BeEmpty();
    }

    private static System.Collections.Generic.IEnumerable<BodySection> Sections(System.Collections.Immutable.ImmutableArray<BodyNode> nodes)
    {
        foreach (var s in nodes.OfType<BodySection>())
        {
            yield return s;
            foreach (var c in Sections(s.Children))
            {
                yield return c;
            }
        }
    }
}

using System;
using System.Linq;
using AdminDocs.Docx.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Docx.Tests.Rules.Style;

/// <summary>The component style rules on real .docx files built with the Open XML SDK and read by the reader:
/// the correct report passes every rule; one defect per rule is found.</summary>
public class DocxStyleRuleTests
{
    private static DocxStyleReport With(Action<DocxStyleReport> change)
    {
        var report = new DocxStyleReport();
        change(report);
        return report;
    }

    private static Diagnostic Single(DocxStyleReport report, string key, ValidationOptions? options = null)
    {
        var found = report.StyleFindings(options);
        found.Should().ContainSingle(because: "one finding is expected, got: {0}", DocxStyleReport.Describe(found));
        found[0].MessageKey.Should().Be(key);
        found[0].GetMessage(MessageLanguage.Vietnamese).Should().NotContain("{0}");
        return found[0];
    }

    [Fact]
    public void The_correct_report_is_recognized_with_layout_facts()
    {
        var result = new DocxStyleReport().Validate();
        var d = result.Document;
        d.Kind.Should().Be(DocumentKind.Report);
        d.ParentAgency!.Text.Should().Be("UBND TỈNH BÌNH ĐỊNH");
        d.IssuingAgency!.Text.Should().Be("SỞ GIAO THÔNG VẬN TẢI");
        d.PlaceDate!.Year.Should().Be(2024);
        d.Signature!.SignerName!.Text.Should().Be("Đỗ Nguyên Đức");
        d.Recipients!.Items.Should().HaveCount(3);
        d.Unrecognized.Should().BeEmpty();
        result.NotChecked.Should().NotContain(DocxStyleReport.StyleIds);
    }

    [Theory]
    [InlineData("AD2003")]
    [InlineData("AD2006")]
    [InlineData("AD2103")]
    [InlineData("AD2211")]
    [InlineData("AD3010")]
    [InlineData("AD3104")]
    [InlineData("AD3108")]
    [InlineData("AD3203")]
    [InlineData("AD4004")]
    [InlineData("AD5009")]
    [InlineData("AD5010")]
    [InlineData("AD5107")]
    public void The_correct_report_passes(string id)
    {
        var report = new DocxStyleReport { Seal = true };
        report.StyleFindings(DocxStyleReport.Issued).Where(d => d.Id == id || d.Arguments.Contains(id)).Should().BeEmpty();
        var letter = new DocxStyleReport { Letter = true };
        letter.StyleFindings().Where(d => d.Id == id || d.Arguments.Contains(id)).Should().BeEmpty(DocxStyleReport.Describe(letter.StyleFindings()));
    }

    [Fact]
    public void The_correct_report_has_no_style_finding_at_all() =>
        new DocxStyleReport { Seal = true }.StyleFindings(DocxStyleReport.Issued).Should().BeEmpty();

    [Fact]
    public void AD2003_national_title_at_14_pt() =>
        Single(With(r => r.NationalTitle = r.NationalTitle with { Size = 14 }), "AD2003").Arguments.Should().Equal("14", "12", "13");

    [Fact]
    public void AD2006_motto_without_its_rule() =>
        Single(With(r => r.MottoLineMm = null), "AD2006.no-rule");

    [Fact]
    public void AD2006_motto_with_a_border_is_fine() =>
        With(r => { r.MottoLineMm = null; r.MottoBorder = true; }).StyleFindings().Should().BeEmpty();

    [Fact]
    public void AD2103_issuer_rule_as_long_as_the_name() =>
        Single(With(r => r.IssuerLineMm = 60), "AD2103.rule-length");

    [Fact]
    public void AD2211_number_in_italics() =>
        Single(With(r => r.Number = r.Number with { Italic = true }), "AD2211.italic");

    [Fact]
    public void AD3010_date_upright() =>
        Single(With(r => r.PlaceDate = r.PlaceDate with { Italic = false }), "AD3010.not-italic");

    [Fact]
    public void AD3010_date_below_the_header_table() =>
        Single(With(r => r.PlaceDateBelowTable = true), "AD3010.not-level");

    [Fact]
    public void AD3104_subject_not_bold() =>
        Single(With(r => r.Subject = r.Subject with { Bold = false }), "AD3104.subject-not-bold");

    [Fact]
    public void AD3108_vv_in_bold() =>
        Single(With(r => { r.Letter = true; r.Vv = r.Vv with { Bold = true }; }), "AD3108.bold");

    [Fact]
    public void AD3203_addressees_at_12_pt() =>
        Single(With(r => r.Addressees = r.Addressees with { Size = 12 }), "AD3203").Severity.Should().Be(DiagnosticSeverity.Info);

    [Fact]
    public void AD4004_upright_legal_bases_under_ND30_but_not_under_TT01()
    {
        var report = With(r => r.LegalBasis = r.LegalBasis with { Italic = false });
        var d = Single(report, "AD4004.not-italic");
        d.Arguments[0].Should().StartWith("Căn cứ Nghị định số 30/2020/NĐ-CP");
        d.Arguments[1].Should().Be("2");
        report.StyleFindings(new ValidationOptions { Profile = DocumentProfile.Tt01 }).Should().NotContain(d => d.Id == "AD4004");
    }

    [Fact]
    public void AD5009_name_not_bold() =>
        Single(With(r => r.Name = r.Name with { Bold = false }), "AD5009.name-not-bold");

    [Fact]
    public void AD5010_issued_without_a_seal_but_silent_in_a_draft()
    {
        Single(new DocxStyleReport(), "AD5010", DocxStyleReport.Issued);
        new DocxStyleReport().StyleFindings(DocxStyleReport.Draft).Should().BeEmpty();
    }

    [Fact]
    public void AD5107_label_upright() =>
        Single(With(r => r.Label = r.Label with { Italic = false }), "AD5107.label-not-italic");

    [Fact]
    public void AD5107_label_not_level_with_the_signature() =>
        Single(With(r => r.SignatureInNextRow = true), "AD5107.not-level");

    [Fact]
    public void AD2103_judges_parent_and_issuer_apart_in_a_header_aligned_with_tabs()
    {
        var regular = new RunProps { Size = 12, Bold = false };
        var bold = new RunProps { Size = 12, Bold = true };
        var motto = new RunProps { Size = 13, Bold = true };
        var tabs = new ParaProps { Tabs = new[] { ("center", 3.0), ("center", 11.5) } };
        var bytes = new DocxBuilder()
            .DocDefaults(new RunProps { Font = "Times New Roman", Size = 14 })
            .Section(s => s.PageSize(210, 297).Margins(20, 20, 30, 15))
            .Paragraph(p => p.Tab().Text("UBND TỈNH BÌNH ĐỊNH", regular).Tab().Text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold), tabs)
            .Paragraph(p => p.Tab().Text("SỞ GIAO THÔNG VẬN TẢI", bold).Tab().Text("Độc lập - Tự do - Hạnh phúc", motto), tabs)
            .Paragraph(p => p.Tab().Text("-------").Tab().Text("---------------"), tabs)
            .Paragraph(p => p.Tab().Text("Số: 125/BC-SGTVT", new RunProps { Size = 13 }).Tab().Text("Bình Định, ngày 05 tháng 12 năm 2024", new RunProps { Size = 13, Italic = true }), tabs)
            .Paragraph("BÁO CÁO", new ParaProps { Align = "center" }, new RunProps { Bold = true })
            .Paragraph("Kết quả hoạt động năm 2024", new ParaProps { Align = "center", BottomBorder = true }, new RunProps { Bold = true })
            .Paragraph("Thực hiện Công văn số 887/STTTT-TTBCXB ngày 25/11/2024 của Sở Thông tin và Truyền thông, Sở Giao thông vận tải báo cáo như sau./.", new ParaProps { Align = "both" })
            .Build();
        using var stream = new System.IO.MemoryStream(bytes);
        var result = DocxStyleReport.Validator.Validate(stream, "tabs.docx", DocxStyleReport.Draft);
        result.Document.PlaceDate.Should().NotBeNull();
        var found = result.Diagnostics.Where(d => d.Id == "AD2103").ToArray();
        found.Should().NotContain(d => d.MessageKey == "AD2103.not-bold" || d.MessageKey == "AD2103.parent-bold", DocxStyleReport.Describe(found));

        // Both rules typed on one tab-aligned line: the left part is the issuer's, the right part the Tiêu ngữ's.
        found.Should().ContainSingle(d => d.MessageKey == "AD2103.typed-rule").Which.Arguments.Should().Equal("-------");
        result.Diagnostics.Where(d => d.Id == "AD2006").Should().ContainSingle()
            .Which.Should().Match<Diagnostic>(d => d.MessageKey == "AD2006.typed-rule" && d.Arguments[0] == "---------------",
                "a tab-aligned Tiêu ngữ is placed by its tab stop, not judged by its paragraph's alignment");
    }
}

/// <summary>How real header tables draw the rules under the issuer and the Tiêu ngữ (real 02–05, 17, 23 of the corpus).</summary>
public class DocxHeaderRuleLineTests
{
    private static readonly RunProps Parent = new() { Size = 13 };
    private static readonly RunProps Bold = new() { Size = 13, Bold = true };
    private static readonly RunProps Motto = new() { Size = 14, Bold = true };
    private static readonly ParaProps Center = new() { Align = "center" };

    private static Diagnostic[] RuleFindings(Action<TableBuilder> header)
    {
        var bytes = new DocxBuilder()
            .DocDefaults(new RunProps { Font = "Times New Roman", Size = 14 })
            .Section(s => s.PageSize(210, 297).Margins(20, 20, 30, 15))
            .Table(header)
            .Paragraph("BÁO CÁO", Center, new RunProps { Bold = true })
            .Paragraph("Kết quả hoạt động năm 2024", Center, new RunProps { Bold = true })
            .Paragraph("Thực hiện Công văn số 887/STTTT-TTBCXB ngày 25/11/2024 của Sở Thông tin và Truyền thông, Sở Giao thông vận tải báo cáo như sau./.", new ParaProps { Align = "both" })
            .Build();
        using var stream = new System.IO.MemoryStream(bytes);
        var result = DocxStyleReport.Validator.Validate(stream, "header.docx", DocxStyleReport.Draft);
        result.Document.IssuingAgency!.Text.Should().Be("SỞ GIAO THÔNG VẬN TẢI");
        result.Document.Motto.Should().NotBeNull();
        return result.Diagnostics.Where(d => d.Id is "AD2006" or "AD2103").ToArray();
    }

    [Fact]
    public void Rules_drawn_at_the_top_of_the_cells_below_belong_to_the_issuer_and_the_motto()
    {
        // Real 02: the issuer and the Số line, the Tiêu ngữ and the date line, are rows of their own; each rule is a
        // floating line anchored at the top of the first paragraph of the cell below.
        var found = RuleFindings(t => t.Borderless().Grid(70, 100)
            .Row(r => r.Cell("UBND TỈNH BÌNH ĐỊNH", Center, Parent).Cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Center, Bold))
            .Row(r => r.Cell("SỞ GIAO THÔNG VẬN TẢI", Center, Bold).Cell("Độc lập - Tự do - Hạnh phúc", Center, Motto))
            .Row(r => r.Cell(c => c.Paragraph(p => p.Line(20).Text("Số: 125/BC-SGTVT", new RunProps { Size = 13 }), Center))
                .Cell(c => c.Paragraph(p => p.Line(62).Text("Bình Định, ngày 05 tháng 12 năm 2024", new RunProps { Size = 14, Italic = true }), Center))));
        found.Should().BeEmpty(DocxStyleReport.Describe(found));
    }

    [Fact]
    public void A_rule_in_an_empty_paragraph_that_opens_the_cell_below_belongs_to_the_cell_above()
    {
        // Real 23: the line sits alone in an empty paragraph at the top of the Số cell; it is anchored to the Số line,
        // never to the Tiêu ngữ read just before it in the other column.
        var found = RuleFindings(t => t.Borderless().Grid(70, 100)
            .Row(r => r.Cell("UBND TỈNH BÌNH ĐỊNH", Center, Parent).Cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Center, Bold))
            .Row(r => r.Cell("SỞ GIAO THÔNG VẬN TẢI", Center, Bold).Cell(c => c.Paragraph("Độc lập - Tự do - Hạnh phúc", Center, Motto).Paragraph(p => p.Line(62), Center)))
            .Row(r => r.Cell(c => c.Paragraph(p => p.Line(20), Center).Paragraph("Số: 125/BC-SGTVT", Center, new RunProps { Size = 13 }))
                .Cell("Bình Định, ngày 05 tháng 12 năm 2024", Center, new RunProps { Size = 14, Italic = true })));
        found.Should().BeEmpty(DocxStyleReport.Describe(found));
    }

    [Fact]
    public void The_bottom_border_of_an_empty_paragraph_under_the_issuer_is_its_rule()
    {
        // Real 17: an empty paragraph with a bottom border under "VĂN PHÒNG" and under the Tiêu ngữ.
        var border = new ParaProps { Align = "center", BottomBorder = true };
        var found = RuleFindings(t => t.Borderless().Grid(70, 100)
            .Row(r => r.Cell(c => c.Paragraph("UBND TỈNH BÌNH ĐỊNH", Center, Parent).Paragraph("SỞ GIAO THÔNG VẬN TẢI", Center, Bold).Empty(1).Paragraph("Số: 125/BC-SGTVT", Center, new RunProps { Size = 13 }))
                .Cell(c => c.Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Center, Bold).Paragraph("Độc lập - Tự do - Hạnh phúc", Center, Motto).Paragraph(string.Empty, border)
                    .Paragraph("Bình Định, ngày 05 tháng 12 năm 2024", Center, new RunProps { Size = 14, Italic = true }))));
        found.Should().ContainSingle(DocxStyleReport.Describe(found)).Which.MessageKey.Should().Be("AD2103.no-rule", "the issuer's paragraph is empty with no border: only the Tiêu ngữ has its rule");

        var both = RuleFindings(t => t.Borderless().Grid(70, 100)
            .Row(r => r.Cell(c => c.Paragraph("UBND TỈNH BÌNH ĐỊNH", Center, Parent).Paragraph("SỞ GIAO THÔNG VẬN TẢI", Center, Bold).Paragraph(string.Empty, border).Paragraph("Số: 125/BC-SGTVT", Center, new RunProps { Size = 13 }))
                .Cell(c => c.Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Center, Bold).Paragraph("Độc lập - Tự do - Hạnh phúc", Center, Motto).Paragraph(string.Empty, border)
                    .Paragraph("Bình Định, ngày 05 tháng 12 năm 2024", Center, new RunProps { Size = 14, Italic = true }))));
        both.Should().BeEmpty(DocxStyleReport.Describe(both));
    }
}

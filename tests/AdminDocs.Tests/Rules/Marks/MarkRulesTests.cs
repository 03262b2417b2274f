using System.Collections.Immutable;
using System.Linq;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.Marks;

public class MarkRulesTests
{
    private static readonly string[] Ids = { "AD6002", "AD6003", "AD6004", "AD6005", "AD6009" };

    private static Diagnostic[] Marks(AdminDocument d, ValidationOptions? o = null) =>
        TestDocuments.Validate(d, o ?? Draft).Diagnostics.Where(x => Ids.Contains(x.Id)).ToArray();

    private static AdminDocument WithMarks(DocumentMarks marks) => Correct() with { Marks = marks };

    [Fact]
    public void Correct_report_is_silent() => Marks(Correct()).Should().BeEmpty();

    [Theory]
    [InlineData("KHẨN")]
    [InlineData("THƯỢNG KHẨN")]
    [InlineData("HỎA TỐC")]
    [InlineData("HOẢ TỐC")]
    public void Urgency_levels_are_silent(string mark) =>
        Marks(WithMarks(new DocumentMarks { Urgency = new TextElement(mark) })).Should().BeEmpty();

    [Fact]
    public void An_unknown_urgency_is_an_error() =>
        Marks(WithMarks(new DocumentMarks { Urgency = new TextElement("KHẨN CẤP") })).Single()
            .ShouldBe(DiagnosticSeverity.Error, "marks.urgency", "AD6002", "KHẨN CẤP");

    [Fact]
    public void Hoa_toc_hen_gio_is_tt01_only()
    {
        var d = WithMarks(new DocumentMarks { Urgency = new TextElement("HỎA TỐC HẸN GIỜ") });
        Marks(d).Single().ShouldBe(DiagnosticSeverity.Error, "marks.urgency", "AD6002.tt01-level", "HỎA TỐC HẸN GIỜ");
        Marks(d, Tt01).Should().BeEmpty();
    }

    [Fact]
    public void A_misspelt_urgency_in_the_header_is_found() =>
        Marks(Correct() with { Unrecognized = ImmutableArray.Create(new UnrecognizedBlock("HOẢ TÔC")) }).Single()
            .ShouldBe(DiagnosticSeverity.Error, "unrecognized[0]", "AD6002.misspelt", "HOẢ TÔC", "HỎA TỐC");

    [Theory]
    [InlineData("MẬT")]
    [InlineData("TỐI MẬT")]
    [InlineData("TUYỆT MẬT")]
    public void Secrecy_levels_are_silent(string mark) =>
        Marks(WithMarks(new DocumentMarks { Secrecy = new TextElement(mark) })).Should().BeEmpty();

    [Fact]
    public void An_unknown_secrecy_is_an_error() =>
        Marks(WithMarks(new DocumentMarks { Secrecy = new TextElement("BÍ MẬT") })).Single()
            .ShouldBe(DiagnosticSeverity.Error, "marks.secrecy", "AD6003", "BÍ MẬT");

    [Fact]
    public void A_misspelt_secrecy_in_the_header_is_found() =>
        Marks(Correct() with { Unrecognized = ImmutableArray.Create(new UnrecognizedBlock("TỐI MÂT")) }).Single()
            .ShouldBe(DiagnosticSeverity.Error, "unrecognized[0]", "AD6003.misspelt", "TỐI MÂT", "TỐI MẬT");

    [Fact]
    public void Circulation_in_capitals_is_silent() =>
        Marks(WithMarks(new DocumentMarks { Circulation = ImmutableArray.Create(new TextElement("XEM XONG TRẢ LẠI")) })).Should().BeEmpty();

    [Fact]
    public void Circulation_in_lower_case_is_info()
    {
        var d = Correct() with { Body = new Body { Nodes = Correct().Body.Nodes.Insert(0, new Paragraph("Lưu hành nội bộ")) } };
        Marks(d).Single().ShouldBe(DiagnosticSeverity.Info, "body.nodes[0]", "AD6004", "Lưu hành nội bộ", "LƯU HÀNH NỘI BỘ");
    }

    [Fact]
    public void A_drafter_code_like_PL_300_is_silent() =>
        Marks(Correct() with { DrafterCode = new TextElement("PL.(300)") }).Should().BeEmpty();

    [Fact]
    public void A_drafter_code_in_lower_case_is_info() =>
        Marks(Correct() with { DrafterCode = new TextElement("Pl (300)") }).Single()
            .ShouldBe(DiagnosticSeverity.Info, "drafterCode", "AD6005", "Pl (300)", "PL.(300)");

    [Fact]
    public void A_drafter_code_in_the_archive_line_is_accepted()
    {
        // Phụ lục III's own slot after "VT," (domain-rules §8): not asked to move below Nơi nhận.
        var r = TestDocuments.ValidateText(System.IO.File.ReadAllText(Sample("bao-cao-mau-nd30.txt")).Replace("- Lưu: VT, VP.", "- Lưu: VT, VP (2b).Ng"));
        r.Of("AD6005").Should().BeEmpty();
    }

    [Fact]
    public void A_copy_with_SY_is_silent() =>
        Marks(AsKind(DocumentKind.CopyTrue)).Should().BeEmpty();

    [Fact]
    public void A_copy_number_without_symbol_is_an_error() =>
        Marks(AsKind(DocumentKind.CopyTranscript) with { Number = ParsedNumber("Số: 05") }).Single()
            .ShouldBe(DiagnosticSeverity.Error, "number", "AD6009.number", "SL");

    [Fact]
    public void Sao_y_ban_chinh_is_the_old_label_accepted_under_tt01()
    {
        var d = Correct() with { Kind = DocumentKind.Other, Title = new TextElement("SAO Y BẢN CHÍNH"), Number = ParsedNumber("Số: 05/SY-VP") };
        Marks(d).Single().ShouldBe(DiagnosticSeverity.Error, "title", "AD6009.label", "SAO Y BẢN CHÍNH", "SAO Y");
        Marks(d, Tt01).Should().BeEmpty();
    }

    [Fact]
    public void Trich_sao_numbered_TS_is_accepted_under_tt01() =>
        Marks(AsKind(DocumentKind.CopyExtract) with { Number = ParsedNumber("Số: 05/TS-VP") }, Tt01).Should().BeEmpty();

    private static string Sample(string name)
    {
        var dir = new System.IO.DirectoryInfo(System.AppContext.BaseDirectory);
        while (dir is not null && !System.IO.Directory.Exists(System.IO.Path.Combine(dir.FullName, "samples")))
        {
            dir = dir.Parent;
        }

        return System.IO.Path.Combine(dir!.FullName, "samples", name);
    }
}

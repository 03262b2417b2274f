using System.Linq;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Validation;

/// <summary>The foundation issue's acceptance test on the real 2019 report of Sở GTVT Bình Định.</summary>
public class SampleAcceptanceTests
{
    private static ValidationResult Validate(ValidationStage stage = ValidationStage.Draft) =>
        Validator.Default.ValidateFile(Dump.Asset("samples/bao-cao-sgtvt-binh-dinh-2019.txt"), new ValidationOptions { Stage = stage });

    [Fact]
    public void The_real_report_is_recognized()
    {
        var result = Validate();
        var doc = result.Document;
        result.Profile.Should().Be(DocumentProfile.Tt01);
        doc.Kind.Should().Be(DocumentKind.Report);
        doc.Number!.Symbol.Should().Be("SGTVT-VP");
        doc.Number.Value.Should().BeNull();
        doc.PlaceDate!.Place.Should().Be("Bình Định");
        (doc.PlaceDate.Day, doc.PlaceDate.Month, doc.PlaceDate.Year).Should().Be((null, 11, 2019));
        doc.Title!.Text.Should().Be("BÁO CÁO");
        doc.Subject!.Lines.Should().Equal("KẾT QUẢ HOẠT ĐỘNG THÔNG TIN ĐỐI NGOẠI NĂM 2019", "VÀ KẾ HOẠCH THỰC HIỆN NĂM 2020");
        doc.Recipients!.Items.Select(i => i.Text).Should().Equal("Sở TT&TT ;", "Giám đốc Sở (b/c);", "Trang Website Sở;", "Lưu: VT, VP.");
        doc.Signature!.Authority.Should().Be("KT.");
        doc.Signature.Titles.Should().Equal("GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
        doc.Signature.SignerName!.Text.Should().Be("Đỗ Nguyên Đức");
        doc.Unrecognized.Should().BeEmpty();
    }

    [Fact]
    public void Its_errors_and_warnings_are_exactly_the_known_defects()
    {
        var result = Validate();
        result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Select(d => d.Id)
            .Should().BeEquivalentTo(new[] { "AD2001", "AD2004", "AD2101", "AD2208", "AD3106", "AD6001" });
        result.Of("AD6001").Single().Arguments.Should().Contain(a => a.Contains("TT&TT ;"));
        result.Of("AD6001").Single().Location!.Line.Should().Be(71);
        result.Of("AD3002").Should().BeEmpty("a blank day in a draft is not a format error");
        result.Diagnostics.Should().NotContain(d => d.Descriptor.Component == "addressee");
    }

    [Fact]
    public void Its_infos_are_the_blank_number_and_day_and_the_report_section_style()
    {
        // Issue 7: the sample keeps exactly the foundation's errors and warnings, plus AD4011 as info
        // (its sections are numbered "1.", "2." with sentence-case titles, not "I." with capitals).
        Validate().Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Info).Select(d => d.Id)
            .Should().BeEquivalentTo(new[] { "AD2202", "AD3008", "AD4011" });
    }

    [Fact]
    public void The_blank_number_and_day_are_info_in_a_draft_and_errors_when_issued()
    {
        var draft = Validate();
        draft.Of("AD2202").Single().Severity.Should().Be(DiagnosticSeverity.Info);
        draft.Of("AD3008").Single().Severity.Should().Be(DiagnosticSeverity.Info);

        var issued = Validate(ValidationStage.Issued);
        issued.Of("AD2202").Single().Severity.Should().Be(DiagnosticSeverity.Error);
        issued.Of("AD3008").Single().Severity.Should().Be(DiagnosticSeverity.Error);
        issued.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id)
            .Should().BeEquivalentTo(new[] { "AD2001", "AD2004", "AD2101", "AD2208", "AD2202", "AD3008" }, "nothing else changes with the stage");
    }
}

using System.Collections.Immutable;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Validation;

/// <summary>AD2212: one issuer gives each number and ký hiệu once a year (Nghị định 30, Điều 15).</summary>
public class DuplicateNumbersTests
{
    private static ValidationResult Report(string number, string date = "Bình Định, ngày 05 tháng 12 năm 2024", string path = "a.txt", string? subject = null)
    {
        var document = TestDocuments.CorrectReport();
        return TestDocuments.Validate(document with
        {
            Number = LineParsers.ParseNumber(number),
            PlaceDate = LineParsers.ParsePlaceDate(date),
            Subject = subject is null ? document.Subject : new Subject(ImmutableArray.Create(subject)),
        }) with { Path = path };
    }

    // Another document of the same issuer: its own trích yếu.
    private static ValidationResult Other(string number, string path = "b.txt") =>
        Report(number, path: path, subject: "Kết quả kiểm tra an toàn giao thông năm 2024");

    [Fact]
    public void The_same_number_twice_by_one_issuer_in_one_year_is_reported_on_both()
    {
        var results = DuplicateNumbers.Check(new[] { Report("Số: 125/BC-SGTVT", path: "a.txt"), Other("Số: 125/BC-SGTVT", path: "b.txt"), Report("Số: 126/BC-SGTVT", path: "c.txt") });
        results[0].Of("AD2212").Should().ContainSingle().Which.Arguments.Should().Equal("Số: 125/BC-SGTVT", "b.txt");
        results[1].Of("AD2212").Should().ContainSingle().Which.Arguments.Should().Equal("Số: 125/BC-SGTVT", "a.txt");
        results[2].Of("AD2212").Should().BeEmpty();
        results[0].Of("AD2212")[0].Severity.Should().Be(DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Leading_zeros_do_not_hide_a_duplicate()
    {
        var results = DuplicateNumbers.Check(new[] { Report("Số: 05/BC-SGTVT"), Other("Số: 5/BC-SGTVT") });
        results.Should().OnlyContain(r => r.Of("AD2212").Length == 1);
    }

    [Theory]
    [InlineData("Số: 125/BC-SGTVT", "Bình Định, ngày 05 tháng 12 năm 2023")]
    [InlineData("Số: 125/KH-SGTVT", "Bình Định, ngày 05 tháng 12 năm 2024")]
    [InlineData("Số:     /BC-SGTVT", "Bình Định, ngày 05 tháng 12 năm 2024")]
    public void Another_year_another_symbol_or_a_blank_draft_number_is_not_a_duplicate(string number, string date)
    {
        var results = DuplicateNumbers.Check(new[] { Report("Số: 125/BC-SGTVT"), Report(number, date, "b.txt") });
        results.Should().OnlyContain(r => r.Of("AD2212").Length == 0);
    }

    [Fact]
    public void AD2212_can_be_turned_off()
    {
        var off = new ValidationOptions { RuleSeverities = ImmutableDictionary<string, DiagnosticSeverity?>.Empty.Add("AD2212", null) };
        DuplicateNumbers.Check(new[] { Report("Số: 125/BC-SGTVT"), Other("Số: 125/BC-SGTVT") }, off)
            .Should().OnlyContain(r => r.Of("AD2212").Length == 0);
    }

    [Fact]
    public void One_document_in_several_formats_is_not_a_duplicate()
    {
        // bao-cao.docx and bao-cao.pdf: same number, date, trích yếu and signer; the subject wrapped differently.
        var docx = Report("Số: 125/BC-SGTVT", path: "bao-cao.docx", subject: "Kết quả hoạt động thông tin đối ngoại năm 2024");
        var pdf = Report("Số: 125/BC-SGTVT", path: "bao-cao.pdf", subject: "Kết quả hoạt động thông tin\nđối ngoại năm 2024.");
        var other = Other("Số: 125/BC-SGTVT", path: "bao-cao-khac.docx");

        DuplicateNumbers.Check(new[] { docx, pdf }).Should().OnlyContain(r => r.Of("AD2212").Length == 0);

        var three = DuplicateNumbers.Check(new[] { docx, pdf, other });
        three[0].Of("AD2212").Should().ContainSingle().Which.Arguments.Should().Equal("Số: 125/BC-SGTVT", "bao-cao-khac.docx");
        three[1].Of("AD2212").Should().ContainSingle().Which.Arguments.Should().Equal("Số: 125/BC-SGTVT", "bao-cao-khac.docx");
        three[2].Of("AD2212").Should().ContainSingle().Which.Arguments.Should().Equal("Số: 125/BC-SGTVT", "bao-cao.docx, bao-cao.pdf");
    }

    [Fact]
    public void Another_date_of_the_same_year_is_another_document()
    {
        var results = DuplicateNumbers.Check(new[] { Report("Số: 125/BC-SGTVT"), Report("Số: 125/BC-SGTVT", "Bình Định, ngày 20 tháng 12 năm 2024", "b.txt") });
        results.Should().OnlyContain(r => r.Of("AD2212").Length == 1);
    }
}

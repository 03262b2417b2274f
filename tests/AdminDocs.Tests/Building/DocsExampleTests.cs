using System;
using System.Linq;
using AdminDocs.Building;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Building;

/// <summary>The examples of docs/builder.md and docs/document-spec.md do what the docs say.</summary>
public class DocsExampleTests
{
    [Fact]
    public void The_builder_example_of_the_docs_builds_a_clean_report()
    {
        DocumentBuildResult built = DocumentBuilder.Create(DocumentKind.Report)
            .ParentAgency("UBND TỈNH BÌNH ĐỊNH")
            .IssuingAgency("SỞ GIAO THÔNG VẬN TẢI", "SGTVT")
            .Number(215).PlaceAndDate("Bình Định", new DateTime(2024, 12, 5))
            .Subject("Kết quả hoạt động thông tin đối ngoại năm 2024")
            .To("Ủy ban nhân dân tỉnh Bình Định")
            .Body(b => b.Paragraph("Sở Giao thông vận tải báo cáo như sau:")
                .RomanSection("Kết quả thực hiện", s => s.Clause("Tình hình triển khai", c => c.Paragraph("Sở đã phân công 01 lãnh đạo phụ trách.")))
                .Paragraph("Trên đây là báo cáo kết quả hoạt động thông tin đối ngoại năm 2024."))
            .Signature(s => s.SignFor("GIÁM ĐỐC").Title("PHÓ GIÁM ĐỐC").Name("Đỗ Nguyên Đức"))
            .Recipients("Sở Thông tin và Truyền thông").Archive("VP")
            .Build();
        AdminDocument report = built.Document;

        built.Diagnostics.Should().BeEmpty();
        Validator.Default.Validate(report).Diagnostics.Should().BeEmpty();
        report.Recipients!.Items.Select(i => i.RawText).Should().Equal("- Như trên;", "- Sở Thông tin và Truyền thông;", "- Lưu: VT, VP.");
    }

    [Fact]
    public void The_error_listing_of_the_spec_docs_is_what_the_parser_says()
    {
        const string Json = """
            {
              "kind": "BaoCao",
              "issuingAgency": { "name": "SỞ GIAO THÔNG VẬN TẢI", "abbreviation": "SGTVT" },
              "Subject": "Kết quả công tác",
              "number": "x",
              "place": "Bình Định",
              "date": "2025-02-30",
              "body": ["Sở báo cáo như sau."],
              "signature": { "chain": ["K/T GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "name": "Đỗ Nguyên Đức" },
              "archive": "VP"
            }
            """;

        var act = () => DocumentSpec.Parse(Json);

        act.Should().Throw<DocumentSpecException>().Which.Message.Replace("\r\n", "\n").Should().Be("""
            The document spec is not valid:
            - $.Subject: Unknown key "Subject"; did you mean "subject"?
            - $.number: "number" is a whole number (215) or an object {"value": 12, "unit": "VP"}, not a string.
            - $.date: "2025-02-30" is not a date "yyyy-MM-dd" (e.g. "2025-03-05").
            - $.signature.chain[0]: "K/T GIÁM ĐỐC": write the quyền hạn as "KT. GIÁM ĐỐC" (TM., KT., TL., TUQ. or Q., then a space).
            """);
    }
}

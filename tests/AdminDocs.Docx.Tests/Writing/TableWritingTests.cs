using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using AdminDocs.Validation;
using AdminDocs.Writing;
using DocumentFormat.OpenXml.Packaging;
using FluentAssertions;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace AdminDocs.Docx.Tests.Writing;

/// <summary>The body's simple tables (built in code; the recognizer does not make them).</summary>
public class TableWritingTests
{
    private static AdminDocument WithTable()
    {
        var sample = WrittenDocuments.Sample();
        var table = new Table
        {
            HeaderRowCount = 1,
            Rows = ImmutableArray.Create(
                new TableRow(ImmutableArray.Create("STT", "Nội dung", "Kết quả")),
                new TableRow(ImmutableArray.Create("1", "Tin bài đăng trên Trang thông tin điện tử", "46")),
                new TableRow(ImmutableArray.Create("2", "Hội nghị, hội thảo đã tổ chức"))),
        };
        return sample with { Body = new Body { Nodes = sample.Body.Nodes.Insert(1, table) } };
    }

    [Fact]
    public void A_table_is_written_bordered_with_a_repeated_bold_header_row_and_brings_no_finding()
    {
        var bytes = DocxWriter.ToBytes(WithTable());

        DocxWriterTests.OpenXmlErrors(bytes).Should().BeEmpty();
        using (var package = WordprocessingDocument.Open(new MemoryStream(bytes), false))
        {
            var table = package.MainDocumentPart!.Document!.Body!.Elements<W.Table>().Single(t => t.GetFirstChild<W.TableProperties>()!.TableStyle!.Val == "BangNoiDung");
            var rows = table.Elements<W.TableRow>().ToArray();
            rows.Should().HaveCount(3);
            rows[0].TableRowProperties!.GetFirstChild<W.TableHeader>().Should().NotBeNull();
            rows[0].Descendants<W.Bold>().Should().HaveCount(3);
            rows[2].Elements<W.TableCell>().Should().HaveCount(3, "a short row is padded with an empty cell");
            string.Concat(rows[1].Descendants<W.Text>().Select(t => t.Text)).Should().Be("1Tin bài đăng trên Trang thông tin điện tử46");
        }

        using var docx = new MemoryStream(bytes);
        var result = DocxWriterTests.DocxValidator.Validate(docx, "bang.docx", new ValidationOptions { Today = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Unspecified) });
        result.Diagnostics.Where(d => DocxWriterTests.FormattingRules.Contains(d.Id)).Should().BeEmpty(DocxWriterTests.Describe(result.Diagnostics));
    }

    [Fact]
    public void The_text_writer_writes_a_table_one_row_a_line()
    {
        var text = PlainTextWriter.ToText(WithTable());

        text.Should().Contain("\nSTT | Nội dung | Kết quả\n1 | Tin bài đăng trên Trang thông tin điện tử | 46\n2 | Hội nghị, hội thảo đã tổ chức\n");
    }
}

using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using AdminDocs.Docx.Tests.TestSupport;
using AdminDocs.Reading;
using AdminDocs.Validation;
using DocumentFormat.OpenXml.Packaging;
using FluentAssertions;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace AdminDocs.Docx.Tests.Reading;

public class LegacyFontAndLimitTests
{
    [Fact]
    public void Legacy_fonts_are_reported_once_per_font_and_part()
    {
        var doc = new DocxBuilder()
            .Paragraph("Uû ban nh©n d©n", run: new RunProps { Font = ".VnTimeH" })
            .Paragraph("Céng hoµ", run: new RunProps { Font = ".VnTimeH" })
            .Paragraph("Coäng hoøa", run: new RunProps { Font = "VNI-Times" })
            .Paragraph("Unicode", run: new RunProps { Font = "Times New Roman" })
            .Read();
        var legacy = doc.Diagnostics.Where(d => d.Descriptor.Id == "AD0003").ToList();
        legacy.Select(d => d.Arguments[0]).Should().Equal(".VnTimeH", "VNI-Times");
        legacy[0].MessageKey.Should().Be("AD0003.legacy-font");
        legacy[0].Arguments[1].Should().Be("Uû ban nh©n d©n");
        legacy[0].Location!.ParagraphIndex.Should().Be(0);
        Messages.Template("AD0003.legacy-font", MessageLanguage.Vietnamese).Should().Contain("phông");
    }

    [Fact]
    public void Too_many_blocks_stops_reading_with_AD0002()
    {
        var b = new DocxBuilder();
        for (var i = 0; i < 20; i++)
        {
            b.Paragraph("dòng " + i);
        }

        var doc = b.Read(new ReaderLimits { MaxBlocks = 5 });
        doc.Blocks.Should().HaveCount(5);
        doc.Diagnostics.Should().ContainSingle(d => d.MessageKey == "AD0002.too-many-blocks");
        doc.Sections.Should().NotBeEmpty();
    }

    [Fact]
    public void A_paragraph_over_the_length_limit_is_cut_with_AD0002()
    {
        var doc = new DocxBuilder().Paragraph(new string('a', 100)).Read(new ReaderLimits { MaxBlockLength = 10 });
        doc.Blocks.Single().Text.Should().HaveLength(10);
        doc.Diagnostics.Should().ContainSingle(d => d.MessageKey == "AD0002.paragraph-too-long");
    }

    [Fact]
    public void Malformed_document_xml_gives_AD0001_not_an_exception()
    {
        var bytes = new DocxBuilder().Paragraph("x").Build();
        using var ms = new MemoryStream();
        ms.Write(bytes, 0, bytes.Length);
        using (var doc = WordprocessingDocument.Open(ms, true))
        {
            using var s = doc.MainDocumentPart!.GetStream(FileMode.Create);
            using var w = new StreamWriter(s);
            w.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>");
        }

        ms.Position = 0;
        var source = new DocxReader().Read(ms, "bad.docx", ReaderLimits.Default, default);
        source.Blocks.Should().BeEmpty();
        source.Diagnostics.Should().ContainSingle(d => d.Descriptor.Id == "AD0001");
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        var b = new DocxBuilder();
        for (var i = 0; i < 600; i++)
        {
            b.Paragraph("x");
        }

        using var cts = new CancellationTokenSource();
        cts.Cancel();
        using var ms = new MemoryStream(b.Build());
        var act = () => new DocxReader().Read(ms, null, ReaderLimits.Default, cts.Token);
        act.Should().Throw<System.OperationCanceledException>();
    }

    [Fact]
    public void A_hundred_thousand_paragraphs_read_in_bounded_time()
    {
        byte[] bytes;
        using (var ms = new MemoryStream())
        {
            using (var doc = WordprocessingDocument.Create(ms, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
            {
                var main = doc.AddMainDocumentPart();
                main.Document = new W.Document();
                using var writer = DocumentFormat.OpenXml.OpenXmlWriter.Create(main);
                writer.WriteStartElement(new W.Document());
                writer.WriteStartElement(new W.Body());
                for (var i = 0; i < 100_000; i++)
                {
                    writer.WriteElement(new W.Paragraph(
                        new W.ParagraphProperties(new W.Justification { Val = W.JustificationValues.Both }),
                        new W.Run(new W.RunProperties(new W.Bold()), new W.Text("Đoạn văn số " + i))));
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            bytes = ms.ToArray();
        }

        var watch = Stopwatch.StartNew();
        using var input = new MemoryStream(bytes);
        var source = new DocxReader().Read(input, "big.docx", ReaderLimits.Default, default);
        watch.Stop();
        source.Blocks.Should().HaveCount(100_000);
        source.Blocks[99_999].Text.Should().Be("Đoạn văn số 99999");
        watch.Elapsed.TotalSeconds.Should().BeLessThan(120, "a hang guard, not a speed figure (speed is measured in benchmarks/): 2 s on an idle machine, 33 s seen at load 20, quadratic work would take far longer");
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml;
using AdminDocs.Docx;
using AdminDocs.Validation;
using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace AdminDocs.Benchmarks;

/// <summary>
/// The .docx pipeline (issue 3, "Speed") on a 1-page, a 3-page and a 100-page report made in <see cref="Setup"/> with
/// the Open XML SDK, laid out the way offices do it: a borderless two-column header table, a title, Kính gửi, body
/// paragraphs of several runs each with direct formatting (Times New Roman 14 pt, bold labels), a borderless
/// two-column footer table with Nơi nhận and the signature, A4 with the Nghị định 30 margins and a page number
/// in the header. Floor A walks it with the SDK's typed DOM, floor B streams <c>word/document.xml</c> with an
/// <see cref="XmlReader"/>; the full check reads, recognizes and validates it.
/// </summary>
/// <remarks>
/// Set <c>ADMINDOCS_BENCH_DUMP</c> to a directory to have the setup write the generated files there (to check
/// their page count with a word processor).
/// </remarks>
public class DocxBenchmarks
{
    /// <summary>
    /// Body characters that fill one A4 page at 14 pt, 1.2 lines, 6 pt after, with the Nghị định 30 margins (the page
    /// counts were checked by printing the generated files with LibreOffice: 1, 3 and 100 pages).
    /// </summary>
    private const int BodyCharsPerPage = 1690;

    /// <summary>Body characters that fit on the first page beside the header, the title and the end zone.</summary>
    private const int BodyCharsOnOnePage = 1000;

    /// <summary>Body characters left out on a longer report so that its end zone stays on its last page.</summary>
    private const int EndZoneChars = 600;

    private const string Font = "Times New Roman";

    private static readonly string[] Header =
    {
        "UBND TỈNH BÌNH ĐỊNH", "SỞ GIAO THÔNG VẬN TẢI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 215/BC-SGTVT", "Bình Định, ngày 05 tháng 12 năm 2024",
    };

    private byte[] _docx = Array.Empty<byte>();

    private Validator _validator = Validator.Default;

    /// <summary>The length of the report in pages.</summary>
    [Params(1, 3, 100)]
    public int Pages { get; set; }

    /// <summary>Builds the report of <see cref="Pages"/> pages.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _docx = CreateReport(Pages, BodyParagraphs());
        var dump = Environment.GetEnvironmentVariable("ADMINDOCS_BENCH_DUMP");
        if (!string.IsNullOrEmpty(dump))
        {
            Directory.CreateDirectory(dump);
            File.WriteAllBytes(Path.Combine(dump, $"report-{Pages}p.docx"), _docx);
        }

        _validator = Validator.CreateBuilder().AddDocx().Build();
    }

    /// <summary>Floor A: open with the Open XML SDK, walk every paragraph and run, read the text and run properties.</summary>
    /// <returns>A checksum, so that nothing is optimized away.</returns>
    [Benchmark(Baseline = true)]
    public int FloorAOpenXmlSdk()
    {
        using var stream = new MemoryStream(_docx, writable: false);
        using var doc = WordprocessingDocument.Open(stream, false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var sum = 0;
        foreach (var paragraph in body.Descendants<W.Paragraph>())
        {
            sum++;
            foreach (var run in paragraph.Elements<Run>())
            {
                var props = run.RunProperties;
                if (props is not null)
                {
                    sum += props.RunFonts?.Ascii?.Value?.Length ?? 0;
                    sum += props.FontSize?.Val?.Value?.Length ?? 0;
                    sum += props.Bold is null ? 0 : 1;
                    sum += props.Italic is null ? 0 : 1;
                }

                foreach (var text in run.Elements<W.Text>())
                {
                    sum += text.Text.Length;
                }
            }
        }

        return sum;
    }

    /// <summary>Floor B: stream <c>word/document.xml</c> out of the zip and read the same elements with an <see cref="XmlReader"/>.</summary>
    /// <returns>A checksum, so that nothing is optimized away.</returns>
    [Benchmark]
    public int FloorBXmlReader()
    {
        using var stream = new MemoryStream(_docx, writable: false);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        using var part = zip.GetEntry("word/document.xml")!.Open();
        var names = new NameTable();
        var w = names.Add("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
        var p = names.Add("p");
        var r = names.Add("r");
        var t = names.Add("t");
        var rFonts = names.Add("rFonts");
        var sz = names.Add("sz");
        var b = names.Add("b");
        var i = names.Add("i");
        var settings = new XmlReaderSettings { NameTable = names, DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(part, settings);
        var sum = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || !ReferenceEquals(reader.NamespaceURI, w))
            {
                continue;
            }

            var name = reader.LocalName;
            if (ReferenceEquals(name, p) || ReferenceEquals(name, r))
            {
                sum++;
            }
            else if (ReferenceEquals(name, t))
            {
                sum += reader.ReadElementContentAsString().Length;
            }
            else if (ReferenceEquals(name, rFonts))
            {
                sum += reader.GetAttribute("ascii", w)?.Length ?? 0;
            }
            else if (ReferenceEquals(name, sz))
            {
                sum += reader.GetAttribute("val", w)?.Length ?? 0;
            }
            else if (ReferenceEquals(name, b) || ReferenceEquals(name, i))
            {
                sum++;
            }
        }

        return sum;
    }

    /// <summary>The full check: read the .docx, recognize and validate it.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public ValidationResult FullCheck() => _validator.Validate(new MemoryStream(_docx, writable: false), "report.docx");

    /// <summary>The body paragraphs of the sample report (labels typed, as in the text), cycled to fill the pages.</summary>
    internal static string[] BodyParagraphs()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "samples", "bao-cao-mau-nd30.txt"));
        var start = Array.FindIndex(lines, l => l.StartsWith("I. ", StringComparison.Ordinal));
        var end = Array.FindIndex(lines, l => l.StartsWith("Trên đây", StringComparison.Ordinal));
        return lines[start..end].Where(l => l.Length > 0).ToArray();
    }

    /// <summary>The report of <paramref name="pages"/> pages; <paramref name="number"/> replaces the Số line (the batch
    /// benchmark gives each file its own).</summary>
    internal static byte[] CreateReport(int pages, string[] body, string? number = null)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var headerPart = main.AddNewPart<HeaderPart>();
            headerPart.Header = new Header(new W.Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new SimpleField(Run(string.Empty, 26)) { Instruction = " PAGE " }));
            var blank = main.AddNewPart<HeaderPart>();
            blank.Header = new Header(new W.Paragraph());

            var b = new W.Body();
            b.Append(TwoColumnTable(
                new[] { Para(Header[0], 26, center: true), Para(Header[1], 26, bold: true, center: true) },
                new[] { Para(Header[2], 26, bold: true, center: true), Para(Header[3], 28, bold: true, center: true) }));
            b.Append(TwoColumnTable(
                new[] { Para(number ?? Header[4], 26, center: true) },
                new[] { Para(Header[5], 28, italic: true, center: true) }));
            b.Append(Para("BÁO CÁO", 28, bold: true, center: true));
            b.Append(Para("Kết quả hoạt động thông tin đối ngoại năm 2024", 28, bold: true, center: true));
            b.Append(Para("và kế hoạch thực hiện năm 2025", 28, bold: true, center: true));
            b.Append(Para("Kính gửi: Ủy ban nhân dân tỉnh Bình Định.", 28, center: true));
            var target = pages == 1 ? BodyCharsOnOnePage : BodyCharsOnOnePage + ((pages - 1) * BodyCharsPerPage) - EndZoneChars;
            var written = 0;
            for (var k = 0; written < target; k++)
            {
                var text = body[k % body.Length];
                b.Append(BodyParagraph(text));
                written += text.Length;
            }

            b.Append(BodyParagraph("Trên đây là báo cáo kết quả hoạt động thông tin đối ngoại năm 2024 và kế hoạch thực hiện năm 2025 của Sở Giao thông vận tải, kính báo cáo Ủy ban nhân dân tỉnh./."));
            b.Append(TwoColumnTable(
                new[]
                {
                    Para("Nơi nhận:", 24, bold: true, italic: true), Para("- Như trên;", 22), Para("- Sở Thông tin và Truyền thông;", 22),
                    Para("- Giám đốc Sở (b/c);", 22), Para("- Lưu: VT, VP.", 22),
                },
                new[]
                {
                    Para("KT. GIÁM ĐỐC", 28, bold: true, center: true), Para("PHÓ GIÁM ĐỐC", 28, bold: true, center: true),
                    Para("(Đã ký)", 28, italic: true, center: true), Para(string.Empty, 28), Para("Đỗ Nguyên Đức", 28, bold: true, center: true),
                }));
            b.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(headerPart) },
                new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(blank) },
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 850U, Header = 567U, Footer = 567U, Gutter = 0U },
                new TitlePage()));
            main.Document = new Document(b);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A justified body paragraph with a first-line indent, split into runs the way editing leaves them.</summary>
    private static W.Paragraph BodyParagraph(string text)
    {
        var p = new W.Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { Before = "0", After = "120", Line = "288", LineRule = LineSpacingRuleValues.Auto },
            new Indentation { FirstLine = "567" },
            new Justification { Val = JustificationValues.Both }));
        var isHeading = text.StartsWith("I. ", StringComparison.Ordinal) || text.StartsWith("II. ", StringComparison.Ordinal);
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var hasLabel = space > 0 && space <= 4 && (text[space - 1] == '.' || text[space - 1] == ')');
        if (isHeading || !hasLabel)
        {
            foreach (var piece in Split(text))
            {
                p.Append(Run(piece, 28, bold: isHeading));
            }

            return p;
        }

        var label = text[..(space + 1)];
        var rest = text[(space + 1)..];
        var isSection = rest.Length < 80;
        p.Append(Run(label, 28, bold: isSection));
        foreach (var piece in Split(rest))
        {
            p.Append(Run(piece, 28, bold: isSection));
        }

        return p;
    }

    /// <summary>Splits text at spaces into pieces of about 90 characters (Word splits runs at every edit).</summary>
    private static IEnumerable<string> Split(string text)
    {
        var start = 0;
        while (text.Length - start > 120)
        {
            var cut = text.IndexOf(' ', start + 90);
            if (cut < 0)
            {
                break;
            }

            yield return text[start..(cut + 1)];
            start = cut + 1;
        }

        yield return text[start..];
    }

    private static W.Paragraph Para(string text, int halfPoints, bool bold = false, bool italic = false, bool center = false)
    {
        var props = new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" });
        if (center)
        {
            props.Append(new Justification { Val = JustificationValues.Center });
        }

        return new W.Paragraph(props, Run(text, halfPoints, bold, italic));
    }

    private static Run Run(string text, int halfPoints, bool bold = false, bool italic = false)
    {
        var props = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font });
        if (bold)
        {
            props.Append(new Bold());
        }

        if (italic)
        {
            props.Append(new Italic());
        }

        props.Append(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return new Run(props, new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>A borderless table of one row and two columns (header or end zone).</summary>
    private static W.Table TwoColumnTable(IEnumerable<W.Paragraph> left, IEnumerable<W.Paragraph> right)
    {
        var none = new TableBorders(
            new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
            new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
            new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None });
        return new W.Table(
            new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, none),
            new TableGrid(new GridColumn { Width = "3600" }, new GridColumn { Width = "5755" }),
            new W.TableRow(
                Cell("3600", left),
                Cell("5755", right)));
    }

    private static TableCell Cell(string width, IEnumerable<W.Paragraph> paragraphs)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width, Type = TableWidthUnitValues.Dxa }));
        cell.Append(paragraphs);
        return cell;
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using AdminDocs.Validation;
using AdminDocs.Writing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace AdminDocs.Docx.Writing;

/// <summary>
/// Lays one document out (Nghị định 30/2020 Phụ lục I, Mục IV): the header table, the title block, Kính gửi, the
/// body, the footer table, the appendices in sections of their own. One instance per document.
/// </summary>
internal sealed class DocxLayout
{
    private const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const long EmuPerMm = 36000;

    private readonly AdminDocument _document;
    private readonly DocxWriterOptions _options;
    private readonly DocumentProfile _profile;
    private readonly double _bodySize;
    private readonly double _contentWidthMm;
    private uint _nextDrawingId = 1;

    private DocxLayout(AdminDocument document, DocxWriterOptions options)
    {
        _document = document;
        _options = options;
        _profile = options.Profile ?? Validator.ResolveProfile(document);
        _bodySize = _profile == DocumentProfile.Hd36 ? Math.Max(14, options.BodyFontSizePoints) : options.BodyFontSizePoints;
        _contentWidthMm = 210 - options.LeftMarginMm - options.RightMarginMm;
    }

    public static void Write(AdminDocument document, Stream output, DocxWriterOptions options)
    {
        var layout = new DocxLayout(document, options);
        using var package = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        layout.Fill(package);
    }

    private void Fill(WordprocessingDocument package)
    {
        package.PackageProperties.Title = Clean(TitleText());
        package.PackageProperties.Creator = "AdminDocs";
        package.PackageProperties.Language = "vi-VN";

        var main = package.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = WriterStyles.Build(_profile, _options, _bodySize);
        main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = new W.Settings(
            new W.Zoom { Percent = "100" },
            new W.DefaultTabStop { Val = 720 },
            new W.CharacterSpacingControl { Val = W.CharacterSpacingValues.DoNotCompress },
            new W.Compatibility(new W.CompatibilitySetting
            {
                Name = W.CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }));

        var pageHeader = main.AddNewPart<HeaderPart>("rIdHeader");
        var firstHeader = main.AddNewPart<HeaderPart>("rIdHeaderFirst");
        var pageFooter = main.AddNewPart<FooterPart>("rIdFooter");
        var firstFooter = main.AddNewPart<FooterPart>("rIdFooterFirst");
        var tt01 = _profile == DocumentProfile.Tt01;
        pageHeader.Header = new W.Header(tt01 ? new W.Paragraph(Props(WriterStyles.PageNumber)) : PageNumberParagraph(W.JustificationValues.Center));
        pageFooter.Footer = new W.Footer(tt01 ? PageNumberParagraph(W.JustificationValues.Right) : new W.Paragraph(Props(WriterStyles.PageNumber)));
        firstHeader.Header = new W.Header(new W.Paragraph(Props(WriterStyles.PageNumber)));
        firstFooter.Footer = new W.Footer(new W.Paragraph(Props(WriterStyles.PageNumber)));
        var refs = new SectionParts(main.GetIdOfPart(pageHeader), main.GetIdOfPart(firstHeader), main.GetIdOfPart(pageFooter), main.GetIdOfPart(firstFooter));

        var body = new W.Body();
        HeaderBlock(body);
        foreach (var u in _document.Unrecognized.Where(InHeaderZone))
        {
            body.Append(Para(WriterStyles.Unrecognized, u.Text));
        }

        TitleBlock(body);
        AddresseesBlock(body);
        AddBody(body, _document.Body);
        FooterBlock(body);
        EndLines(body);

        var appendices = _document.Appendices;
        for (var i = 0; i < appendices.Length; i++)
        {
            // The section before ends here; the appendix starts a new page with its own numbering from 1.
            body.Append(new W.Paragraph(new W.ParagraphProperties(Section(refs, restartNumbering: i > 0))));
            AppendixBlock(body, appendices[i]);
        }

        body.Append(Section(refs, restartNumbering: appendices.Length > 0));
        main.Document = new W.Document(body);
        main.Document.AddNamespaceDeclaration("w", WordNs);
        main.Document.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        main.Document.AddNamespaceDeclaration("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
        main.Document.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        main.Document.AddNamespaceDeclaration("wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape");
    }

    private readonly record struct SectionParts(string Header, string FirstHeader, string Footer, string FirstFooter);

    /// <summary>A section: A4 portrait, the margins, page numbers on every page but the first (titlePg).</summary>
    private W.SectionProperties Section(SectionParts refs, bool restartNumbering)
    {
        var s = new W.SectionProperties(
            new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = refs.Header },
            new W.HeaderReference { Type = W.HeaderFooterValues.First, Id = refs.FirstHeader },
            new W.FooterReference { Type = W.HeaderFooterValues.Default, Id = refs.Footer },
            new W.FooterReference { Type = W.HeaderFooterValues.First, Id = refs.FirstFooter },
            new W.SectionType { Val = W.SectionMarkValues.NextPage },
            new W.PageSize { Width = (UInt32Value)(uint)WriterStyles.Twips(210), Height = (UInt32Value)(uint)WriterStyles.Twips(297), Orient = W.PageOrientationValues.Portrait },
            new W.PageMargin
            {
                Top = WriterStyles.Twips(_options.TopMarginMm),
                Bottom = WriterStyles.Twips(_options.BottomMarginMm),
                Left = (UInt32Value)(uint)WriterStyles.Twips(_options.LeftMarginMm),
                Right = (UInt32Value)(uint)WriterStyles.Twips(_options.RightMarginMm),
                Header = (UInt32Value)(uint)WriterStyles.Twips(10),
                Footer = (UInt32Value)(uint)WriterStyles.Twips(10),
                Gutter = 0,
            });
        var numbers = new W.PageNumberType { Format = W.NumberFormatValues.Decimal };
        if (restartNumbering)
        {
            numbers.Start = 1;
        }

        s.Append(numbers);
        s.Append(new W.TitlePage());
        return s;
    }

    private static W.Paragraph PageNumberParagraph(W.JustificationValues alignment)
    {
        var p = new W.Paragraph(new W.ParagraphProperties(new W.ParagraphStyleId { Val = WriterStyles.PageNumber }, new W.Justification { Val = alignment }));
        p.Append(
            new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Begin }),
            new W.Run(new W.FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Separate }),
            new W.Run(new W.Text("2")),
            new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.End }));
        return p;
    }

    // ------------------------------------------------------------------ header (ô 1–5, 10, 11)
    private void HeaderBlock(W.Body body)
    {
        var d = _document;
        var leftWidth = _contentWidthMm * 0.40;
        var rightWidth = _contentWidthMm - leftWidth;
        var party = _profile == DocumentProfile.Hd36;

        var left = new List<OpenXmlElement>();
        var parentSize = party ? 14.0 : 12.0;
        if (d.ParentAgency is { } parent)
        {
            left.AddRange(parent.Lines.Select(l => Para(WriterStyles.Parent, l)));
        }

        if (d.IssuingAgency is { } issuer)
        {
            left.AddRange(issuer.Lines.Select(l => Para(WriterStyles.Issuer, l)));
            if (party)
            {
                left.Add(Para(WriterStyles.Issuer, issuer.Rule?.Text is { Length: > 0 } star ? star : "*"));
            }
            else
            {
                var widest = issuer.Lines.Select(l => TextWidth.Millimetres(l, parentSize, bold: true)).DefaultIfEmpty(0).Max();
                left.Add(RuleParagraph(Math.Max(8, widest * 0.42)));
            }
        }

        var right = new List<OpenXmlElement>();
        if (d.PartyHeading is { } partyHeading)
        {
            right.Add(Para(WriterStyles.PartyHeading, partyHeading.Text));
            if (d.NationalTitle is null)
            {
                right.Add(RuleParagraph(TextWidth.Millimetres(partyHeading.Text, 15, bold: true)));
            }
        }

        if (d.NationalTitle is { } national)
        {
            right.Add(Para(WriterStyles.NationalTitle, national.Text));
        }

        if (d.Motto is { } motto)
        {
            right.Add(Para(WriterStyles.Motto, motto.Text));
            right.Add(RuleParagraph(TextWidth.Millimetres(motto.Text, 13, bold: true)));
        }

        var left2 = new List<OpenXmlElement>();
        if (d.Number is { } number)
        {
            left2.Add(Para(WriterStyles.Number, number.Text));
        }

        if (d.Subject is { Prefix: not null } letterSubject)
        {
            foreach (var line in ModelLines.SubjectLines(letterSubject))
            {
                left2.Add(Para(WriterStyles.LetterSubject, line));
            }
        }

        if (d.Marks.Secrecy is { } secrecy)
        {
            left2.Add(Para(WriterStyles.Mark, secrecy.Text));
        }

        if (d.Marks.Urgency is { } urgency)
        {
            left2.Add(Para(WriterStyles.Mark, urgency.Text));
        }

        foreach (var mark in d.Marks.Circulation)
        {
            left2.Add(Para(WriterStyles.Mark, mark.Text));
        }

        var right2 = new List<OpenXmlElement>();
        if (d.PlaceDate is { } placeDate)
        {
            right2.Add(Para(WriterStyles.PlaceDate, placeDate.Text));
        }

        if (left.Count + right.Count + left2.Count + right2.Count == 0)
        {
            return;
        }

        var table = NewTable("BangKhongVien", leftWidth, rightWidth);
        if (left.Count + right.Count > 0)
        {
            table.Append(Row(leftWidth, left, rightWidth, right));
        }

        if (left2.Count + right2.Count > 0)
        {
            table.Append(Row(leftWidth, left2, rightWidth, right2));
        }

        body.Append(table);
    }

    // ------------------------------------------------------------------ title block (ô 5a, 5b)
    private void TitleBlock(W.Body body)
    {
        var d = _document;
        var letter = d.Subject is { Prefix: not null };
        if (d.Title is null && (letter || d.Subject is null))
        {
            return;
        }

        if (d.Title is { } title)
        {
            body.Append(Para(WriterStyles.Title, title.Text));
        }

        if (!letter && d.Subject is { } subject)
        {
            var first = true;
            foreach (var line in ModelLines.SubjectLines(subject))
            {
                var p = Para(WriterStyles.Subject, line);
                if (first && d.Title is null)
                {
                    // No tên loại above: the trích yếu keeps the space the title would have taken.
                    p.ParagraphProperties!.Append(new W.SpacingBetweenLines { Before = "360" });
                }

                first = false;
                body.Append(p);
            }

            var widest = subject.Lines.Select(l => TextWidth.Millimetres(l, 14, bold: true)).DefaultIfEmpty(0).Max();
            body.Append(RuleParagraph(Math.Max(10, widest * 0.42)));
        }
        else if (d.Title is { } t)
        {
            body.Append(RuleParagraph(Math.Max(10, TextWidth.Millimetres(t.Text, 14, bold: true) * 0.42)));
        }
    }

    // ------------------------------------------------------------------ Kính gửi (ô 9a)
    private void AddresseesBlock(W.Body body)
    {
        if (_document.Addressees is not { } addressees)
        {
            return;
        }

        var items = addressees.Items;
        if (addressees.OnLabelLine && items.Length > 0)
        {
            body.Append(Para(WriterStyles.Addressee, addressees.Label.Text + " " + ModelLines.ItemText(items[0], bare: true)));
            for (var i = 1; i < items.Length; i++)
            {
                body.Append(Para(WriterStyles.AddresseeItem, ModelLines.ItemText(items[i], bare: false)));
            }

            return;
        }

        body.Append(Para(WriterStyles.Addressee, addressees.Label.Text));
        foreach (var item in items)
        {
            body.Append(Para(WriterStyles.AddresseeItem, ModelLines.ItemText(item, bare: false)));
        }
    }

    // ------------------------------------------------------------------ body (ô 6)
    private void AddBody(W.Body body, Body content)
    {
        foreach (var node in content.Nodes)
        {
            AddNode(body, node);
        }
    }

    private void AddNode(W.Body body, BodyNode node)
    {
        switch (node)
        {
            case BodySection section:
                var (label, below) = ModelLines.SectionLines(section);
                if (below is not null)
                {
                    body.Append(Para(WriterStyles.PartHeading, label));
                    body.Append(Para(WriterStyles.PartHeading, below));
                }
                else if (section.Level == SectionLevel.Article)
                {
                    var p = new W.Paragraph(Props(WriterStyles.Article));
                    p.Append(TextRun(section.Label, bold: true));
                    if (label.Length > section.Label.Length)
                    {
                        p.Append(TextRun(label.Substring(section.Label.Length), bold: true));
                    }

                    body.Append(p);
                }
                else if (section.Level is SectionLevel.Part or SectionLevel.Chapter or SectionLevel.Section or SectionLevel.Subsection)
                {
                    body.Append(Para(WriterStyles.SectionHeading, label));
                }
                else
                {
                    body.Append(Para(WriterStyles.Body, label));
                }

                foreach (var child in section.Children)
                {
                    AddNode(body, child);
                }

                break;
            case Paragraph p:
                body.Append(Para(WriterStyles.Body, p.Text));
                break;
            case LegalBasis l:
                body.Append(Para(WriterStyles.LegalBasis, l.Text));
                break;
            case Proposal pr:
                body.Append(Para(WriterStyles.LegalBasis, pr.Text));
                break;
            case IssuingAuthority a:
                body.Append(Para(WriterStyles.Authority, a.Text));
                break;
            case EnactingFormula e:
                body.Append(Para(WriterStyles.Enacting, e.Text));
                break;
            case AdminDocs.Table t:
                AddTable(body, t);
                break;
            default:
                // A node type this writer does not know: its text is not lost, it is written as a paragraph.
                body.Append(Para(WriterStyles.Body, node.ToString() ?? string.Empty));
                break;
        }
    }

    private void AddTable(W.Body body, AdminDocs.Table t)
    {
        var columns = t.Rows.Select(r => r.Cells.Length).DefaultIfEmpty(0).Max();
        if (columns == 0)
        {
            return;
        }

        var width = _contentWidthMm / columns;
        var table = NewTable("BangNoiDung", Enumerable.Repeat(width, columns).ToArray());
        for (var r = 0; r < t.Rows.Length; r++)
        {
            var header = r < t.HeaderRowCount;
            var row = new W.TableRow();
            if (header)
            {
                row.Append(new W.TableRowProperties(new W.TableHeader()));
            }

            for (var c = 0; c < columns; c++)
            {
                var text = c < t.Rows[r].Cells.Length ? t.Rows[r].Cells[c] : string.Empty;
                var p = new W.Paragraph(Props(WriterStyles.TableText, header ? W.JustificationValues.Center : null));
                if (text.Length > 0)
                {
                    p.Append(TextRun(text, bold: header));
                }

                row.Append(Cell(width, new[] { p }));
            }

            table.Append(row);
        }

        body.Append(table);
        body.Append(new W.Paragraph(Props(WriterStyles.RuleLine)));
    }

    // ------------------------------------------------------------------ footer (ô 7, 8, 9b)
    private void FooterBlock(W.Body body)
    {
        var d = _document;
        var leftWidth = _contentWidthMm * 0.45;
        var rightWidth = _contentWidthMm - leftWidth;

        var recipients = new List<OpenXmlElement>();
        if (d.Recipients is { } r)
        {
            recipients.Add(Para(WriterStyles.RecipientsLabel, r.Label.Text));
            foreach (var item in r.Items)
            {
                recipients.Add(Para(WriterStyles.RecipientsItem, ModelLines.ItemText(item, bare: false)));
            }
        }

        var signatures = d.Signatures;
        if (recipients.Count == 0 && signatures.IsEmpty)
        {
            return;
        }

        var table = NewTable("BangKhongVien", leftWidth, rightWidth);
        if (signatures.Length >= 2)
        {
            // A biên bản: the secretary on the left, the chair on the right; the Nơi nhận under the secretary, level
            // with the main signature (AD5107).
            var others = new List<OpenXmlElement>();
            for (var i = 0; i < signatures.Length - 1; i++)
            {
                others.AddRange(SignatureParagraphs(signatures[i]));
            }

            others.AddRange(recipients);
            table.Append(Row(leftWidth, others, rightWidth, SignatureParagraphs(signatures[signatures.Length - 1])));
        }
        else
        {
            table.Append(Row(leftWidth, recipients, rightWidth, signatures.IsEmpty ? new List<OpenXmlElement>() : SignatureParagraphs(signatures[0])));
        }

        body.Append(new W.Paragraph(Props(WriterStyles.RuleLine)));
        body.Append(table);
    }

    private static List<OpenXmlElement> SignatureParagraphs(SignatureBlock signature)
    {
        var result = new List<OpenXmlElement>();
        var lines = ModelLines.SignatureLines(signature);
        var placeholders = new HashSet<string>(signature.Placeholders, StringComparer.Ordinal);
        var name = signature.SignerName?.Text;
        var sawPlaceholder = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var isName = name is not null && i == lines.Count - 1 && line == name;
            if (isName)
            {
                var p = Para(WriterStyles.SignerName, line);
                if (sawPlaceholder)
                {
                    // The placeholder already holds the place of the signature: a smaller gap.
                    p.ParagraphProperties!.Append(new W.SpacingBetweenLines { Before = "600" });
                }

                result.Add(p);
            }
            else if (placeholders.Contains(line))
            {
                sawPlaceholder = true;
                var p = Para(WriterStyles.Placeholder, line);
                p.ParagraphProperties!.Append(new W.SpacingBetweenLines { Before = "480" });
                result.Add(p);
            }
            else
            {
                result.Add(Para(WriterStyles.SignatureTitle, line));
            }
        }

        return result;
    }

    private void EndLines(W.Body body)
    {
        if (_document.DrafterCode is { } drafter)
        {
            body.Append(Para(WriterStyles.Drafter, drafter.Text));
        }

        foreach (var contact in _document.ContactLines)
        {
            body.Append(Para(WriterStyles.RecipientsItem, contact.Text));
        }

        foreach (var u in _document.Unrecognized.Where(u => !InHeaderZone(u)))
        {
            body.Append(Para(WriterStyles.Unrecognized, u.Text));
        }
    }

    // ------------------------------------------------------------------ appendices
    private void AppendixBlock(W.Body body, Appendix appendix)
    {
        body.Append(Para(WriterStyles.AppendixLabel, appendix.Label.Text));
        if (appendix.Title is { } title)
        {
            body.Append(Para(WriterStyles.AppendixTitle, title.Text));
        }

        if (appendix.Reference is { } reference)
        {
            body.Append(Para(WriterStyles.AppendixReference, reference.Text));
        }

        var widest = new[] { appendix.Reference?.Text, appendix.Title?.Text }.Where(s => s is not null).Select(s => TextWidth.Millimetres(s!, 14, bold: false)).DefaultIfEmpty(40).Max();
        body.Append(RuleParagraph(Math.Max(10, widest * 0.42)));
        AddBody(body, appendix.Body);
    }

    // ------------------------------------------------------------------ building blocks
    private static W.Table NewTable(string style, params double[] widthsMm)
    {
        var total = widthsMm.Sum();
        var table = new W.Table(new W.TableProperties(
            new W.TableStyle { Val = style },
            new W.TableWidth { Width = WriterStyles.Twips(total).ToString(CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa },
            new W.TableLayout { Type = W.TableLayoutValues.Fixed },
            new W.TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }));
        var grid = new W.TableGrid();
        foreach (var w in widthsMm)
        {
            grid.Append(new W.GridColumn { Width = WriterStyles.Twips(w).ToString(CultureInfo.InvariantCulture) });
        }

        table.Append(grid);
        return table;
    }

    private static W.TableRow Row(double leftWidth, List<OpenXmlElement> left, double rightWidth, List<OpenXmlElement> right) =>
        new(new W.TableRowProperties(new W.CantSplit()), Cell(leftWidth, left), Cell(rightWidth, right));

    private static W.TableCell Cell(double widthMm, IReadOnlyList<OpenXmlElement> content)
    {
        var cell = new W.TableCell(new W.TableCellProperties(new W.TableCellWidth { Width = WriterStyles.Twips(widthMm).ToString(CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa }));
        if (content.Count == 0)
        {
            cell.Append(new W.Paragraph(Props(WriterStyles.RuleLine)));
        }
        else
        {
            foreach (var e in content)
            {
                cell.Append(e);
            }
        }

        return cell;
    }

    private static W.ParagraphProperties Props(string style, W.JustificationValues? alignment = null)
    {
        var p = new W.ParagraphProperties(new W.ParagraphStyleId { Val = style });
        if (alignment is { } a)
        {
            p.Append(new W.Justification { Val = a });
        }

        return p;
    }

    private static W.Paragraph Para(string style, string text)
    {
        var p = new W.Paragraph(Props(style));
        if (text.Length > 0)
        {
            p.Append(TextRun(text, bold: false));
        }

        return p;
    }

    private static W.Run TextRun(string text, bool bold)
    {
        var run = new W.Run();
        if (bold)
        {
            run.Append(new W.RunProperties(new W.Bold(), new W.BoldComplexScript()));
        }

        run.Append(new W.Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>A paragraph holding a drawn horizontal rule of <paramref name="lengthMm"/>, centered in its column
    /// just under the line above (Phụ lục I: "đường kẻ nét liền").</summary>
    private W.Paragraph RuleParagraph(double lengthMm)
    {
        var id = _nextDrawingId++;
        var cx = (long)Math.Round(lengthMm * EmuPerMm);
        var xml =
            "<w:r xmlns:w=\"" + WordNs + "\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
            + "<w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"114300\" distR=\"114300\" simplePos=\"0\" relativeHeight=\"" + (251658240 + id).ToString(CultureInfo.InvariantCulture)
            + "\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>"
            + "<wp:positionH relativeFrom=\"column\"><wp:align>center</wp:align></wp:positionH>"
            + "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>63500</wp:posOffset></wp:positionV>"
            + "<wp:extent cx=\"" + cx.ToString(CultureInfo.InvariantCulture) + "\" cy=\"0\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapNone/>"
            + "<wp:docPr id=\"" + id.ToString(CultureInfo.InvariantCulture) + "\" name=\"Đường kẻ " + id.ToString(CultureInfo.InvariantCulture) + "\"/><wp:cNvGraphicFramePr/>"
            + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:cNvCnPr/>"
            + "<wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + cx.ToString(CultureInfo.InvariantCulture) + "\" cy=\"0\"/></a:xfrm><a:prstGeom prst=\"line\"><a:avLst/></a:prstGeom>"
            + "<a:ln w=\"9525\"><a:solidFill><a:srgbClr val=\"000000\"/></a:solidFill></a:ln></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>"
            + "</wp:anchor></w:drawing></w:r>";
        return new W.Paragraph(Props(WriterStyles.RuleLine), new W.Run(xml));
    }

    /// <summary>Whether an unrecognized block came from the header (before the tên loại, the trích yếu, Kính gửi
    /// and the body): it is written under the header table, the rest at the end.</summary>
    private bool InHeaderZone(UnrecognizedBlock block)
    {
        if (ModelLines.IndexOf(block.Origin) is not { } index)
        {
            return false;
        }

        var d = _document;
        var next = new[]
        {
            ModelLines.IndexOf(d.Title?.Origin),
            d.Subject is { Prefix: null } s ? ModelLines.IndexOf(s.Origin) : null,
            ModelLines.IndexOf(d.Addressees?.Label.Origin),
            d.Body.Nodes.IsEmpty ? null : ModelLines.IndexOf(d.Body.Nodes[0].Origin),
            ModelLines.IndexOf(d.Recipients?.Label.Origin),
            d.Signatures.IsEmpty ? null : ModelLines.IndexOf(d.Signatures[0].Origin),
        }.Where(i => i is not null).Select(i => i!.Value).DefaultIfEmpty(int.MaxValue).Min();
        return index < next;
    }

    private string TitleText()
    {
        var d = _document;
        var parts = new[] { d.Title?.Text, d.Subject?.Text, d.Number?.Text }.Where(s => !string.IsNullOrWhiteSpace(s));
        return string.Join(" - ", parts);
    }

    /// <summary>Drops the characters XML 1.0 cannot carry (controls other than tab, unpaired surrogates): they have
    /// no printed form, and a package holding them could not be opened.</summary>
    internal static string Clean(string text)
    {
        var clean = true;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsXmlChar(text, i))
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(text[i]).Append(text[i + 1]);
                i++;
            }
            else if (IsXmlChar(text, i))
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }

    private static bool IsXmlChar(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i > 0 && char.IsHighSurrogate(text[i - 1]);
        }

        return c == '\t' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
    }
}

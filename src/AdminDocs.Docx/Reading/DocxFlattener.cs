using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using AdminDocs.Reading;
using AdminDocs.Sources;
using AdminDocs.Validation;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace AdminDocs.Docx.Reading;

/// <summary>
/// Walks a WordprocessingML package in reading order and produces the blocks of a <see cref="SourceDocument"/>:
/// one block per printed line (paragraphs split at soft breaks), table cells with their grid position, text boxes
/// after the paragraph that anchors them, headers and footers after the body; tracked changes read as accepted.
/// Single use, not thread-safe.
/// </summary>
internal sealed partial class DocxFlattener
{
    private const string MainPartName = "word/document.xml";
    private const int CancellationCheckInterval = 256;

    private readonly WordprocessingDocument _document;
    private readonly MainDocumentPart _main;
    private readonly ReaderLimits _limits;
    private readonly CancellationToken _ct;
    private readonly StyleResolver _styles;
    private readonly NumberingRenderer _numbering;
    private readonly List<SourceBlock> _blocks = new();
    private readonly List<Diagnostic> _diagnostics = new();
    private readonly List<SourceImage> _images = new();
    private readonly List<SourceLine> _lines = new();
    private readonly Dictionary<ParaLayer, ParagraphFormat> _paragraphFormats = new();

    // Per part being read.
    private OpenXmlPart _part;
    private string _partName = MainPartName;
    private int _paragraphIndex;
    private readonly List<FieldState> _fields = new();
    private List<PageFieldHit>? _pageFieldHits;

    private int _tableCounter;
    private int _blankLines;
    private int _section;
    private int _paragraphsSinceCheck;
    private int _nonNfcBlocks;
    private SourceLocation? _firstNonNfc;
    private int _insertions;
    private int _deletions;
    private int _formatChanges;
    private int _commentMarks;
    private Line? _carry;

    public DocxFlattener(WordprocessingDocument document, MainDocumentPart main, ReaderLimits limits, CancellationToken ct)
    {
        _document = document;
        _main = main;
        _part = main;
        _limits = limits;
        _ct = ct;
        _styles = StyleResolver.For(main);
        _numbering = NumberingRenderer.For(main);
    }

    /// <summary>Where the text being read comes from.</summary>
    private readonly record struct Container(BlockKind Kind, TableCellPosition? Cell, int TableDepth);

    private sealed class FieldState
    {
        public StringBuilder Instruction { get; } = new();

        public bool InResult { get; set; }

        public bool IsPage { get; set; }

        public bool Hit { get; set; }
    }

    /// <summary>A PAGE field seen in a header or footer paragraph.</summary>
    private sealed record PageFieldHit(int? BlockIndex, TextAlignment? Alignment, RunFormat Format);

    /// <summary>Reads everything and builds the source document.</summary>
    public SourceDocument Read(string? path)
    {
        var sections = new List<SectionInfo>();
        var stopped = false;
        try
        {
            ReadBody(sections);
            ReadHeadersAndFooters(sections);
        }
        catch (LimitReachedException)
        {
            stopped = true;
        }

        if (stopped && sections.Count == 0)
        {
            // Sections are read from the body's sectPr elements; keep at least the final one.
            CollectSectionsOnly(sections);
        }

        var revisions = new RevisionFacts { Insertions = _insertions, Deletions = _deletions, FormatChanges = _formatChanges, Comments = CommentCount() };
        if (revisions.Any)
        {
            _diagnostics.Add(ReaderDiagnostics.Create("AD0007", null, null, Str(revisions.Insertions), Str(revisions.Deletions), Str(revisions.Comments)));
        }

        if (_nonNfcBlocks > 0)
        {
            _diagnostics.Add(ReaderDiagnostics.Create("AD0006", null, _firstNonNfc, Str(_nonNfcBlocks)));
        }

        return new SourceDocument(DocxFormat.Name, _blocks.ToImmutableArray())
        {
            Path = path,
            Facts = SourceFacts.Layout | SourceFacts.Page,
            Diagnostics = _diagnostics.ToImmutableArray(),
            Sections = sections.Select(s => s.ToPageSection()).ToImmutableArray(),
            Images = _images.ToImmutableArray(),
            Lines = _lines.ToImmutableArray(),
            Revisions = revisions,
        };
    }

    internal static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed class LimitReachedException : Exception
    {
    }

    // ---------------------------------------------------------------- body and block content

    private void ReadBody(List<SectionInfo> sections)
    {
        var body = _main.Document?.Body;
        if (body is null)
        {
            return;
        }

        sections.Add(new SectionInfo(0, 0));
        _part = _main;
        _partName = MainPartName;
        _paragraphIndex = 0;
        _fields.Clear();
        var container = new Container(BlockKind.Paragraph, null, 0);
        ReadBlockContent(body, container, sections);

        var last = sections[sections.Count - 1];
        last.LastBlockIndex = _blocks.Count - 1;
        last.Properties = body.GetFirstChild<W.SectionProperties>() ?? body.Elements<W.SectionProperties>().LastOrDefault();
        FlushCarry(container);
    }

    private void CollectSectionsOnly(List<SectionInfo> sections)
    {
        var body = _main.Document?.Body;
        if (body is null)
        {
            return;
        }

        var index = 0;
        foreach (var p in body.Elements<W.Paragraph>())
        {
            if (p.ParagraphProperties?.SectionProperties is { } sp)
            {
                sections.Add(new SectionInfo(index++, 0) { Properties = sp, LastBlockIndex = _blocks.Count - 1 });
            }
        }

        sections.Add(new SectionInfo(index, 0) { Properties = body.GetFirstChild<W.SectionProperties>(), LastBlockIndex = _blocks.Count - 1 });
    }

    /// <summary>Reads block-level content (paragraphs, tables, content controls) in order.</summary>
    private void ReadBlockContent(OpenXmlElement container, Container where, List<SectionInfo>? sections)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case W.Paragraph p:
                    ReadParagraph(p, where);
                    if (sections is not null && p.ParagraphProperties?.SectionProperties is { } sectPr)
                    {
                        FlushCarry(where);
                        var current = sections[sections.Count - 1];
                        current.Properties = sectPr;
                        current.LastBlockIndex = _blocks.Count - 1;
                        _section++;
                        sections.Add(new SectionInfo(_section, _blocks.Count));
                    }

                    break;
                case W.Table t:
                    FlushCarry(where);
                    ReadTable(t, where);
                    _blankLines = 0;
                    break;
                case W.SdtBlock sdt:
                    if (sdt.SdtContentBlock is { } content)
                    {
                        ReadBlockContent(content, where, sections);
                    }

                    break;
                case W.CustomXmlBlock custom:
                    ReadBlockContent(custom, where, sections);
                    break;
                case AlternateContent alt:
                    if (Choose(alt) is { } branch)
                    {
                        ReadBlockContent(branch, where, sections);
                    }

                    break;
            }
        }
    }

    /// <summary>Picks the branch of an mc:AlternateContent that is read (the first Choice, else the Fallback); the
    /// paragraphs of the other branches are counted so that paragraph indexes match the file.</summary>
    private OpenXmlElement? Choose(AlternateContent alt)
    {
        OpenXmlElement? chosen = null;
        foreach (var branch in alt.ChildElements)
        {
            if (chosen is null && branch is AlternateContentChoice or AlternateContentFallback && branch.HasChildren)
            {
                chosen = branch;
            }
            else
            {
                _paragraphIndex += branch.Descendants<W.Paragraph>().Count();
            }
        }

        return chosen;
    }

    // ---------------------------------------------------------------- tables

    private void ReadTable(W.Table table, Container parent)
    {
        var depth = parent.TableDepth;
        // Tables in headers, footers and text boxes keep that kind; the cell position says where they sit.
        var kind = parent.Kind is BlockKind.PageHeader or BlockKind.PageFooter or BlockKind.TextBox ? parent.Kind : BlockKind.TableCell;
        var tableIndex = _tableCounter++;
        var grid = table.GetFirstChild<W.TableGrid>();
        var gridWidths = grid?.Elements<W.GridColumn>().Select(g => StyleResolver.ParseInt(g.Width?.Value) ?? 0).ToArray() ?? Array.Empty<int>();
        var tableBorders = TableHasBorders(table);
        var row = 0;
        foreach (var tr in Rows(table))
        {
            var trPr = tr.TableRowProperties;
            if (trPr is not null)
            {
                if (trPr.GetFirstChild<W.Deleted>() is not null)
                {
                    _deletions++;
                    continue;
                }

                if (trPr.GetFirstChild<W.Inserted>() is not null)
                {
                    _insertions++;
                }

                if (trPr.GetFirstChild<W.TableRowPropertiesChange>() is not null)
                {
                    _formatChanges++;
                }
            }

            var column = trPr?.GetFirstChild<W.GridBefore>()?.Val?.Value ?? 0;
            var cells = Cells(tr).ToList();
            var columnCount = gridWidths.Length > 0 ? gridWidths.Length : column + cells.Sum(c => Math.Max(1, c.TableCellProperties?.GridSpan?.Val?.Value ?? 1));
            foreach (var tc in cells)
            {
                var tcPr = tc.TableCellProperties;
                var span = Math.Max(1, tcPr?.GridSpan?.Val?.Value ?? 1);
                if (tcPr?.GetFirstChild<W.TableCellPropertiesChange>() is not null)
                {
                    _formatChanges++;
                }

                double? width = null;
                if (tcPr?.TableCellWidth is { } tcW && tcW.Type?.InnerText == "dxa" && StyleResolver.ParseInt(tcW.Width?.Value) is { } tw && tw > 0)
                {
                    width = Math.Round(tw / 56.6929, 1);
                }
                else if (column + span <= gridWidths.Length)
                {
                    var sum = 0;
                    for (var i = column; i < column + span; i++)
                    {
                        sum += gridWidths[i];
                    }

                    width = sum > 0 ? Math.Round(sum / 56.6929, 1) : null;
                }

                var position = new TableCellPosition(tableIndex, row, column)
                {
                    NestingDepth = depth,
                    ColumnSpan = span,
                    ColumnCount = columnCount,
                    WidthMm = width,
                    HasBorders = CellHasBorders(tcPr, tableBorders),
                };
                _blankLines = 0;
                var where = new Container(kind, position, depth + 1);
                ReadBlockContent(tc, where, null);
                FlushCarry(where);
                column += span;
            }

            row++;
        }
    }

    private static IEnumerable<W.TableRow> Rows(OpenXmlElement table)
    {
        foreach (var c in table.ChildElements)
        {
            switch (c)
            {
                case W.TableRow tr:
                    yield return tr;
                    break;
                case W.SdtRow sdt when sdt.SdtContentRow is { } content:
                    foreach (var r in Rows(content))
                    {
                        yield return r;
                    }

                    break;
                case W.CustomXmlRow custom:
                    foreach (var r in Rows(custom))
                    {
                        yield return r;
                    }

                    break;
            }
        }
    }

    private static IEnumerable<W.TableCell> Cells(OpenXmlElement row)
    {
        foreach (var c in row.ChildElements)
        {
            switch (c)
            {
                case W.TableCell tc:
                    yield return tc;
                    break;
                case W.SdtCell sdt when sdt.SdtContentCell is { } content:
                    foreach (var x in Cells(content))
                    {
                        yield return x;
                    }

                    break;
                case W.CustomXmlCell custom:
                    foreach (var x in Cells(custom))
                    {
                        yield return x;
                    }

                    break;
            }
        }
    }

    /// <summary>Whether the table draws borders: its own w:tblBorders over its style's (and the style's basedOn).</summary>
    private bool TableHasBorders(W.Table table)
    {
        var pr = table.GetFirstChild<W.TableProperties>();
        var own = pr?.TableBorders;
        var styleBorders = TableStyleBorders(pr?.TableStyle?.Val?.Value);
        var any = false;
        foreach (var name in BorderNames)
        {
            var b = Border(own, name) ?? Border(styleBorders, name);
            any |= StyleResolver.Visible(b);
        }

        return any;
    }

    private static readonly string[] BorderNames = { "top", "left", "start", "bottom", "right", "end", "insideH", "insideV" };

    private static W.BorderType? Border(OpenXmlElement? borders, string localName)
    {
        if (borders is null)
        {
            return null;
        }

        foreach (var c in borders.ChildElements)
        {
            if (c is W.BorderType b && c.LocalName == localName)
            {
                return b;
            }
        }

        return null;
    }

    private readonly Dictionary<string, OpenXmlElement?> _tableStyleBorders = new(StringComparer.Ordinal);

    private OpenXmlElement? TableStyleBorders(string? styleId)
    {
        if (styleId is null)
        {
            return null;
        }

        if (_tableStyleBorders.TryGetValue(styleId, out var cached))
        {
            return cached;
        }

        OpenXmlElement? result = null;
        var styles = _main.StyleDefinitionsPart?.Styles;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var id = styleId;
        while (styles is not null && id is not null && seen.Add(id))
        {
            var style = styles.Elements<W.Style>().FirstOrDefault(s => s.StyleId?.Value == id);
            if (style is null)
            {
                break;
            }

            if (style.StyleTableProperties?.TableBorders is { } b)
            {
                result = b;
                break;
            }

            id = style.BasedOn?.Val?.Value;
        }

        _tableStyleBorders[styleId] = result;
        return result;
    }

    private static bool CellHasBorders(W.TableCellProperties? tcPr, bool tableBorders)
    {
        var own = tcPr?.TableCellBorders;
        if (own is null)
        {
            return tableBorders;
        }

        var explicitNone = 0;
        foreach (var c in own.ChildElements)
        {
            if (c is W.BorderType b)
            {
                if (StyleResolver.Visible(b))
                {
                    return true;
                }

                if (c.LocalName is "top" or "bottom" or "left" or "right" or "start" or "end")
                {
                    explicitNone++;
                }
            }
        }

        return tableBorders && explicitNone < 4;
    }

    // ---------------------------------------------------------------- helpers

    private void CheckCancellation()
    {
        if (++_paragraphsSinceCheck >= CancellationCheckInterval)
        {
            _paragraphsSinceCheck = 0;
            _ct.ThrowIfCancellationRequested();
        }
    }

    private int CommentCount()
    {
        var comments = _main.WordprocessingCommentsPart?.Comments;
        var count = comments?.Elements<W.Comment>().Count() ?? 0;
        return Math.Max(count, _commentMarks);
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Threading;
using AdminDocs.Reading;
using AdminDocs.Sources;
using AdminDocs.Validation;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace AdminDocs.Html.Reading;

/// <summary>
/// Flattens a parsed page into blocks in reading order: one block per printed line of a block element (a
/// <c>&lt;br&gt;</c> starts a new line), runs with the computed formatting, tables and two-column CSS grid or flex
/// layouts as table cells (table, row, grid column, spans, widths, borders), images and horizontal rules. Walks the
/// DOM with an explicit stack, never by recursion. Stops at <see cref="ReaderLimits.MaxBlocks"/>.
/// </summary>
internal sealed class HtmlFlattener
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "title", "script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math", "canvas",
        "video", "audio", "select", "textarea", "input", "button", "map", "meta", "link", "base", "frameset", "frame", "noembed", "noframes",
        "nav",
    };

    private readonly HtmlStyleResolver _styles;
    private readonly ReaderLimits _limits;
    private readonly CancellationToken _cancellationToken;
    private readonly ImmutableArray<SourceBlock>.Builder _blocks = ImmutableArray.CreateBuilder<SourceBlock>();
    private readonly ImmutableArray<Diagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
    private readonly ImmutableArray<SourceImage>.Builder _images = ImmutableArray.CreateBuilder<SourceImage>();
    private readonly ImmutableArray<SourceLine>.Builder _lines = ImmutableArray.CreateBuilder<SourceLine>();
    private readonly List<(StringBuilder Text, RunFormat Format)> _runs = new();
    private int _tables;
    private int _blankLines;
    private bool _lastWasSpace = true;

    // LibreOffice exports a drawn rule as a floated 1-pixel image inside the first word of the paragraph it is anchored
    // to, followed by a line break in the markup: "S<img align=left ...>⏎Ở GIAO". The line break is source formatting,
    // not a space of the text, so the white space right after such an image is dropped when the image split a word.
    private bool _glueAfterFloatedLine;
    private Context? _lineContext;
    private ElementStyle? _lineBlockStyle;
    private IElement? _lineBlockElement;
    private int? _lineLine;
    private bool _stopped;
    private int _nonNfc;
    private SourceLocation? _firstNonNfc;
    private double _gap;

    /// <summary>
    /// A vertical gap (collapsed margins) of at least this many lines of the next block's font size reads as a blank
    /// line; ordinary paragraph spacing (pandoc's and browsers' 1em) does not.
    /// </summary>
    private const double BlankLineGapLines = 1.2;

    private const double BlankLineGapPoints = 18;

    public HtmlFlattener(HtmlStyleResolver styles, ReaderLimits limits, CancellationToken cancellationToken)
    {
        _styles = styles;
        _limits = limits;
        _cancellationToken = cancellationToken;
    }

    public ImmutableArray<SourceBlock> Blocks => _blocks.ToImmutable();

    public ImmutableArray<Diagnostic> Diagnostics => _diagnostics.ToImmutable();

    public ImmutableArray<SourceImage> Images => _images.ToImmutable();

    public ImmutableArray<SourceLine> Lines => _lines.ToImmutable();

    private sealed class TableState
    {
        public int Index { get; set; }

        public int Row { get; set; } = -1;

        public int Depth { get; set; }

        public bool HasBorders { get; set; }
    }

    private sealed class RowState
    {
        public int Cursor { get; set; }

        public int ColumnCount { get; set; }
    }

    private sealed class GridState
    {
        public int Index { get; set; }

        public int Columns { get; set; }

        public int Row { get; set; }

        public int Cursor { get; set; }

        public int Depth { get; set; }
    }

    /// <summary>What the subtree of an element sits in: the table cell, and the table, row or grid being built.</summary>
    private sealed class Context
    {
        public static readonly Context Root = new();

        public TableCellPosition? Cell { get; init; }

        public TableState? Table { get; init; }

        public RowState? Row { get; init; }

        public GridState? Grid { get; init; }

        public int TableDepth { get; init; }
    }

    private readonly struct Item
    {
        public Item(INode node, ElementStyle parentStyle, ElementStyle blockStyle, IElement? blockElement, Context context, bool exit, int startCount = 0)
        {
            StartCount = startCount;
            Node = node;
            ParentStyle = parentStyle;
            BlockStyle = blockStyle;
            BlockElement = blockElement;
            Context = context;
            Exit = exit;
        }

        public INode Node { get; }

        public ElementStyle ParentStyle { get; }

        public ElementStyle BlockStyle { get; }

        public IElement? BlockElement { get; }

        public Context Context { get; }

        public bool Exit { get; }

        public int StartCount { get; }
    }

    public void Flatten(IHtmlDocument document)
    {
        var root = document.DocumentElement;
        if (root is null)
        {
            return;
        }

        var rootStyle = new ElementStyle { Display = "block" };
        var stack = new Stack<Item>();
        stack.Push(new Item(root, rootStyle, rootStyle, null, Context.Root, false));
        var steps = 0;
        while (stack.Count > 0 && !_stopped)
        {
            if ((++steps & 4095) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            var item = stack.Pop();
            if (item.Exit)
            {
                // Leaving a block element ends its line; an empty paragraph (<p>&nbsp;</p>) is a blank line.
                EndLine();
                if (_blocks.Count == item.StartCount && item.BlockElement?.LocalName == "p")
                {
                    _blankLines++;
                }

                _gap = Math.Max(_gap, item.ParentStyle.MarginBottomPt ?? 0);
                if (item.ParentStyle.LineAfter && _blocks.Count > item.StartCount)
                {
                    _lines.Add(new SourceLine { BlockIndex = _blocks.Count - 1, LengthMm = item.ParentStyle.LineAfterWidthMm });
                }

                continue;
            }

            switch (item.Node)
            {
                case IText text:
                    AppendText(text.Data, item);
                    break;
                case IElement element:
                    Enter(element, item, stack);
                    break;
            }
        }

        if (!_stopped)
        {
            EndLine();
        }

        if (_nonNfc > 0)
        {
            _diagnostics.Add(ReaderDiagnostics.Create("AD0006", null, _firstNonNfc, _nonNfc.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private void Enter(IElement element, Item item, Stack<Item> stack)
    {
        var tag = element.LocalName;
        if (Skipped.Contains(tag) || element is IHtmlUnknownElement { LocalName: "o:p" })
        {
            return;
        }

        if (string.Equals(element.GetAttribute("role"), "navigation", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var style = _styles.Compute(element, item.ParentStyle);
        if (style.Display == "none")
        {
            return;
        }

        switch (tag)
        {
            case "br":
                EndLine(countBlank: true);
                return;
            case "img":
                Image(element, style);
                return;
            case "hr":
                EndLine();
                _gap = Math.Max(_gap, BlankLineGapPoints);
                _lines.Add(new SourceLine { BlockIndex = _blocks.Count > 0 ? _blocks.Count - 1 : null, LengthMm = style.WidthMm });
                return;
        }

        var context = item.Context;
        var childContext = context;
        var isBlock = style.IsBlock;

        // Grid and flex items are laid out as the columns of a one-row (flex) or n-column (grid) layout table.
        if (context.Grid is { } grid)
        {
            isBlock = true;
            var column = grid.Cursor;
            if (style.GridColumnStart is { } start && start - 1 < grid.Columns)
            {
                if (start - 1 < grid.Cursor)
                {
                    grid.Row++;
                }

                column = start - 1;
            }

            grid.Cursor = column + 1;
            var cell = new TableCellPosition(grid.Index, grid.Row, column)
            {
                NestingDepth = grid.Depth,
                ColumnCount = grid.Columns,
                HasBorders = false,
                WidthMm = style.WidthMm,
            };
            if (grid.Cursor >= grid.Columns)
            {
                grid.Cursor = 0;
                grid.Row++;
            }

            childContext = new Context { Cell = cell, TableDepth = context.TableDepth };
        }
        else if (tag == "table" || style.Display == "table")
        {
            var border = element.GetAttribute("border");
            var table = new TableState
            {
                Index = _tables++,
                Depth = context.TableDepth,
                HasBorders = (border is not null && border.Trim() != "0") || style.BorderTop == true || style.BorderBottom == true,
            };
            childContext = new Context { Table = table, TableDepth = context.TableDepth + 1, Cell = context.Cell };
        }
        else if ((tag == "tr" || style.Display == "table-row") && context.Table is { } rowTable)
        {
            rowTable.Row++;
            var count = 0;
            foreach (var child in element.Children)
            {
                if (child.LocalName is "td" or "th")
                {
                    count += Span(child);
                }
            }

            childContext = new Context { Table = rowTable, Row = new RowState { ColumnCount = count }, TableDepth = context.TableDepth, Cell = context.Cell };
        }
        else if ((tag is "td" or "th" || style.Display == "table-cell") && context.Table is { } cellTable && context.Row is { } row)
        {
            var span = Span(element);
            var cell = new TableCellPosition(cellTable.Index, Math.Max(0, cellTable.Row), row.Cursor)
            {
                NestingDepth = cellTable.Depth,
                ColumnSpan = span,
                ColumnCount = Math.Max(row.ColumnCount, row.Cursor + span),
                WidthMm = style.WidthMm is { } w ? Math.Round(w, 1) : null,
                HasBorders = cellTable.HasBorders || style.BorderTop == true || style.BorderBottom == true,
            };
            row.Cursor += span;
            childContext = new Context { Cell = cell, TableDepth = context.TableDepth };
            isBlock = true;
        }
        else if (context.Table is not null && tag is "thead" or "tbody" or "tfoot" or "colgroup" or "caption")
        {
            childContext = context;
        }
        else if (context.Table is not null || context.Row is not null)
        {
            // Content outside any cell of a table (misplaced text): no longer in the table.
            childContext = new Context { Cell = context.Cell, TableDepth = context.TableDepth };
        }

        if (style.Display is "grid" or "inline-grid" or "flex" or "inline-flex")
        {
            var items = 0;
            foreach (var child in element.Children)
            {
                if (!Skipped.Contains(child.LocalName))
                {
                    items++;
                }
            }

            var columns = style.Display.EndsWith("grid", StringComparison.Ordinal) ? style.GridColumns : style.FlexColumn ? 1 : items;
            if (columns >= 2 && items >= 2)
            {
                isBlock = true;
                childContext = new Context
                {
                    Grid = new GridState { Index = _tables++, Columns = columns, Depth = childContext.TableDepth },
                    TableDepth = childContext.TableDepth + 1,
                    Cell = childContext.Cell,
                };
            }
        }

        var blockStyle = item.BlockStyle;
        var blockElement = item.BlockElement;
        if (isBlock)
        {
            EndLine();
            _gap = Math.Max(_gap, style.MarginTopPt ?? 0);
            blockStyle = style;
            blockElement = element;
            stack.Push(new Item(element, style, style, element, childContext, true, _blocks.Count));
        }

        var children = element.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            stack.Push(new Item(children[i], style, blockStyle, blockElement, childContext, false));
        }
    }

    private static int Span(IElement cell) =>
        int.TryParse(cell.GetAttribute("colspan"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var span) && span is > 0 and <= 1000 ? span : 1;

    private void Image(IElement element, ElementStyle style)
    {
        var src = element.GetAttribute("src") ?? string.Empty;
        string? contentType = null;
        if (src.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            var semicolon = src.IndexOf(';');
            var comma = src.IndexOf(',');
            var end = semicolon >= 0 && (comma < 0 || semicolon < comma) ? semicolon : comma;
            contentType = end > 5 ? src.Substring(5, end - 5).ToLowerInvariant() : null;
        }
        else
        {
            var dot = src.LastIndexOf('.');
            var ext = dot >= 0 ? src.Substring(dot + 1).ToLowerInvariant() : string.Empty;
            contentType = ext switch { "png" => "image/png", "jpg" or "jpeg" => "image/jpeg", "gif" => "image/gif", "svg" => "image/svg+xml", "emf" => "image/x-emf", "wmf" => "image/x-wmf", _ => null };
        }

        double? height = element.GetAttribute("height") is { } h && double.TryParse(h, NumberStyles.Float, CultureInfo.InvariantCulture, out var hp) ? Math.Round(hp * 25.4 / 96, 1) : null;

        // Word and LibreOffice export a drawn line (the rule under the issuer or the Tiêu ngữ) as a 1-pixel-high image.
        if (height is { } lineHeight && lineHeight <= 1 && style.WidthMm is { } lineWidth && lineWidth >= 5)
        {
            var floated = element.GetAttribute("align") is "left" or "right"
                || (element.GetAttribute("style") ?? string.Empty).Replace(" ", string.Empty).IndexOf("float:", StringComparison.OrdinalIgnoreCase) >= 0;
            _glueAfterFloatedLine = floated && !_lastWasSpace && _runs.Count > 0
                && _runs[_runs.Count - 1].Text is { Length: > 0 } last && char.IsLetter(last[last.Length - 1]);
            _lines.Add(new SourceLine { BlockIndex = _blocks.Count > 0 ? _blocks.Count - 1 : null, LengthMm = Math.Round(lineWidth, 1) });
            return;
        }

        _images.Add(new SourceImage
        {
            BlockIndex = _runs.Count > 0 || _blocks.Count == 0 ? _blocks.Count : _blocks.Count - 1,
            WidthMm = style.WidthMm is { } w ? Math.Round(w, 1) : null,
            HeightMm = height,
            ContentType = contentType,
            Name = element.GetAttribute("alt") ?? element.GetAttribute("title"),
        });
    }

    private void AppendText(string data, Item item)
    {
        if (item.ParentStyle.Invisible || data.Length == 0)
        {
            return;
        }

        var style = item.ParentStyle;
        var preserve = style.PreserveSpace;
        if (_glueAfterFloatedLine)
        {
            _glueAfterFloatedLine = false;
            var start = 0;
            while (start < data.Length && data[start] is ' ' or '\t' or '\n' or '\r')
            {
                start++;
            }

            if (!preserve && start > 0 && data.IndexOfAny(['\n', '\r'], 0, start) >= 0)
            {
                data = data.Substring(start);
                if (data.Length == 0)
                {
                    return;
                }
            }
        }

        StringBuilder? sb = null;
        var format = style.ToRunFormat();
        foreach (var raw in data)
        {
            var ch = raw;
            if (preserve && ch is '\n' or '\r')
            {
                if (ch == '\n')
                {
                    EndLine(countBlank: true);
                    sb = null;
                }

                continue;
            }

            if (ch is ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0')
            {
                if (!preserve && _lastWasSpace)
                {
                    continue;
                }

                ch = ' ';
                _lastWasSpace = true;
            }
            else
            {
                _lastWasSpace = false;
            }

            if (sb is null)
            {
                if (_runs.Count == 0)
                {
                    if (ch == ' ')
                    {
                        // No leading white space in a line.
                        continue;
                    }

                    StartLine(item);
                }

                if (_runs.Count > 0 && _runs[_runs.Count - 1].Format == format)
                {
                    sb = _runs[_runs.Count - 1].Text;
                }
                else
                {
                    sb = new StringBuilder();
                    _runs.Add((sb, format));
                }
            }

            sb.Append(ch);
        }
    }

    private void StartLine(Item item)
    {
        _lineContext = item.Context;
        _lineBlockStyle = item.BlockStyle;
        _lineBlockElement = item.BlockElement;
        var element = item.Node.ParentElement ?? item.BlockElement;
        _lineLine = element?.SourceReference?.Position.Line;
    }

    /// <summary>Ends the current line: it becomes a block, or counts as a blank line when it is empty.</summary>
    private void EndLine(bool countBlank = false)
    {
        _lastWasSpace = true;
        if (_runs.Count == 0)
        {
            if (countBlank)
            {
                _blankLines++;
            }

            return;
        }

        // Trim the trailing space, across runs.
        for (var r = _runs.Count - 1; r >= 0; r--)
        {
            var last = _runs[r].Text;
            while (last.Length > 0 && last[last.Length - 1] == ' ')
            {
                last.Length--;
            }

            if (last.Length > 0)
            {
                break;
            }
        }

        // A combining mark that starts a run belongs to the letter that ends the previous one (NFC composes them).
        for (var r = 1; r < _runs.Count; r++)
        {
            var sb = _runs[r].Text;
            var prev = _runs[r - 1].Text;
            while (sb.Length > 0 && prev.Length > 0 && IsCombining(sb[0]))
            {
                prev.Append(sb[0]);
                sb.Remove(0, 1);
            }
        }

        var runs = ImmutableArray.CreateBuilder<TextRun>(_runs.Count);
        var text = new StringBuilder();
        var normalized = false;
        foreach (var (sb, format) in _runs)
        {
            if (sb.Length == 0)
            {
                continue;
            }

            var raw = sb.ToString();
            var s = Text.VietnameseText.Nfc(raw);
            if (!ReferenceEquals(s, raw))
            {
                normalized = true;
            }

            runs.Add(new TextRun(s, format));
            text.Append(s);
        }

        _runs.Clear();
        if (text.Length == 0)
        {
            _blankLines++;
            return;
        }

        if (_blocks.Count >= _limits.MaxBlocks)
        {
            _diagnostics.Add(ReaderDiagnostics.Create("AD0002", "too-many-blocks", null, _limits.MaxBlocks.ToString(CultureInfo.InvariantCulture), _lineLine?.ToString(CultureInfo.InvariantCulture) ?? "?"));
            _stopped = true;
            return;
        }

        var blockText = text.ToString();
        var location = new SourceLocation(_lineLine, null);
        if (blockText.Length > _limits.MaxBlockLength)
        {
            _diagnostics.Add(ReaderDiagnostics.Create("AD0002", "line-too-long", location, _lineLine?.ToString(CultureInfo.InvariantCulture) ?? "?", blockText.Length.ToString(CultureInfo.InvariantCulture), _limits.MaxBlockLength.ToString(CultureInfo.InvariantCulture)));
            blockText = blockText.Substring(0, _limits.MaxBlockLength);
            runs = Truncate(runs, _limits.MaxBlockLength);
        }

        if (normalized)
        {
            _nonNfc++;
            _firstNonNfc ??= location;
        }

        var style = _lineBlockStyle ?? new ElementStyle();
        var context = _lineContext ?? Context.Root;
        var block = new SourceBlock(_blocks.Count, blockText, location)
        {
            Kind = context.Cell is null ? BlockKind.Paragraph : BlockKind.TableCell,
            Cell = context.Cell,
            BlankLinesBefore = _blankLines == 0 && _gap >= BlankLineGapLines * (style.FontSize ?? 12) - 0.01 && _blocks.Count > 0 ? 1 : _blankLines,
            Runs = runs.ToImmutable(),
            Format = new ParagraphFormat
            {
                Alignment = style.Align,
                FirstLineIndentCm = style.IndentCm,
                SpacingBeforePoints = style.MarginTopPt,
                SpacingAfterPoints = style.MarginBottomPt,
                LeftIndentCm = style.MarginLeftCm,
                LineSpacingMultiple = style.LineMultiple,
                LineSpacingPoints = style.LinePoints,
                BottomBorder = style.BorderBottom,
                TopBorder = style.BorderTop,
                StyleName = _lineBlockElement is { } e ? (e.ClassList.Length > 0 ? e.ClassList[0] : null) : null,
            },
        };
        _blankLines = 0;
        _gap = 0;
        _blocks.Add(block);
    }

    private static bool IsCombining(char ch) => CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static ImmutableArray<TextRun>.Builder Truncate(ImmutableArray<TextRun>.Builder runs, int max)
    {
        var result = ImmutableArray.CreateBuilder<TextRun>();
        var left = max;
        foreach (var r in runs)
        {
            if (left <= 0)
            {
                break;
            }

            result.Add(r.Text.Length <= left ? r : r with { Text = r.Text.Substring(0, left) });
            left -= r.Text.Length;
        }

        return result;
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using AdminDocs.Decree;
using AdminDocs.Sources;
using AdminDocs.Validation;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace AdminDocs.Docx.Reading;

internal sealed partial class DocxFlattener
{
    private const string DrawingWordprocessingNs = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private const string DrawingMainNs = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private const string VmlNs = "urn:schemas-microsoft-com:vml";
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string MathNs = "http://schemas.openxmlformats.org/officeDocument/2006/math";
    private const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private readonly Dictionary<string, ParaLayer> _styleLayers = new(StringComparer.Ordinal);

    /// <summary>Objects of empty paragraphs waiting for the next block of their table cell.</summary>
    private readonly List<(TableCellPosition Cell, Action<int?> Resolve)> _pendingAnchors = new();

    /// <summary>One paragraph being read.</summary>
    private sealed class ParagraphContext
    {
        public ParagraphContext(Container where, SourceLocation location, ParagraphFormat format, string? label, ResolvedRun basis, IReadOnlyList<(int Position, TextAlignment? Alignment)>? tabs)
        {
            Where = where;
            Location = location;
            Format = format;
            Label = label;
            Base = basis;
            Tabs = tabs;
        }

        public Container Where { get; }

        public SourceLocation Location { get; }

        public ParagraphFormat Format { get; }

        public string? Label { get; }

        public bool LabelUsed { get; set; }

        public ResolvedRun Base { get; }

        public IReadOnlyList<(int Position, TextAlignment? Alignment)>? Tabs { get; }

        public Line? Current { get; set; }

        public int LineNo { get; set; }

        /// <summary>The block each line of the paragraph became (null for a blank line).</summary>
        public List<int?> LineBlocks { get; } = new();

        public List<(int LineNo, Action<int?> Resolve)> Anchors { get; } = new();

        /// <summary>Text box contents to read after the paragraph, and counts of skipped paragraphs (null content).</summary>
        public List<(OpenXmlElement? Content, int Skip)> TextBoxes { get; } = new();

        public RunFormat? LastFormat { get; set; }
    }

    /// <summary>One printed line being collected.</summary>
    private sealed class Line
    {
        public Line(ParagraphContext owner) => Owner = owner;

        public ParagraphContext Owner { get; }

        public StringBuilder Text { get; } = new();

        public List<(int Start, RunFormat Format)> Runs { get; } = new();

        public int Tabs { get; set; }

        /// <summary>The alignment of the last positional tab (w:ptab) on the line, which places what follows.</summary>
        public TextAlignment? PositionalTab { get; set; }

        public void Append(string s, RunFormat format)
        {
            if (s.Length == 0)
            {
                return;
            }

            if (Runs.Count == 0 || !ReferenceEquals(Runs[Runs.Count - 1].Format, format))
            {
                Runs.Add((Text.Length, format));
            }

            Text.Append(s);
        }
    }

    private ParaLayer StyleLayer(string? styleId)
    {
        var key = styleId ?? string.Empty;
        if (!_styleLayers.TryGetValue(key, out var layer))
        {
            layer = _styles.ParagraphStyleLayer(styleId);
            _styleLayers[key] = layer;
        }

        return layer;
    }

    private void ReadParagraph(W.Paragraph p, Container where)
    {
        CheckCancellation();
        var index = _paragraphIndex++;
        var pPr = p.ParagraphProperties;
        var direct = StyleResolver.ReadPara(pPr);
        var styleId = direct?.StyleId ?? _styles.DefaultParagraphStyle;
        var merged = StyleLayer(styleId);
        var numId = direct?.NumId ?? merged.NumId;
        var level = direct?.Level ?? merged.Level ?? 0;
        string? label = null;
        if (numId is { } n && n != 0)
        {
            if (_numbering.LevelParagraph(n, level) is { } levelPara)
            {
                merged = levelPara.Over(merged);
            }

            label = _numbering.Next(n, level);
        }

        if (direct is not null)
        {
            merged = direct.Over(merged);
        }

        if (!_paragraphFormats.TryGetValue(merged, out var format))
        {
            format = StyleResolver.ToFormat(merged, _styles.StyleName(styleId));
            _paragraphFormats[merged] = format;
        }

        var markDeleted = false;
        if (pPr is not null)
        {
            if (pPr.ParagraphPropertiesChange is not null)
            {
                _formatChanges++;
            }

            if (pPr.ParagraphMarkRunProperties is { } mark)
            {
                foreach (var c in mark.ChildElements)
                {
                    switch (c)
                    {
                        case W.Inserted:
                            _insertions++;
                            break;
                        case W.Deleted:
                            _deletions++;
                            markDeleted = true;
                            break;
                        case W.MoveFrom:
                            _deletions++;
                            markDeleted = true;
                            break;
                        case W.MoveTo:
                            _insertions++;
                            break;
                    }
                }
            }

            if (pPr.SectionProperties?.GetFirstChild<W.SectionPropertiesChange>() is not null)
            {
                _formatChanges++;
            }
        }

        var location = new SourceLocation(null, null, _partName, index);
        var ctx = new ParagraphContext(where, location, format, label, _styles.ParagraphBase(styleId), merged.Tabs);
        if (_carry is not null)
        {
            // The previous paragraph's mark was deleted: with changes accepted, its text runs on into this paragraph.
            ctx.Current = _carry;
            _carry = null;
        }
        else
        {
            ctx.Current = new Line(ctx);
        }

        ReadInline(p, ctx);

        // A field whose instruction never reached its separator within the paragraph shows nothing; drop it so a
        // broken field cannot hide the rest of the document.
        for (var i = _fields.Count - 1; i >= 0; i--)
        {
            if (!_fields[i].InResult)
            {
                _fields.RemoveAt(i);
            }
        }

        if (markDeleted)
        {
            if (ctx.Current.Text.Length > 0)
            {
                _carry = ctx.Current;
            }
        }
        else
        {
            EmitLine(ctx);
        }

        if (format.BottomBorder == true && !markDeleted && ctx.LineBlocks.TrueForAll(b => b is null))
        {
            // An empty paragraph with a bottom border is how many headers draw the rule under the issuer or the
            // Tiêu ngữ: it is a line under what is above it, not a format of a paragraph that has no text.
            AddBorderLine(ctx);
        }

        ResolveAnchors(ctx);
        foreach (var (content, skip) in ctx.TextBoxes)
        {
            if (content is null)
            {
                _paragraphIndex += skip;
                continue;
            }

            var kind = where.Kind is BlockKind.PageHeader or BlockKind.PageFooter ? where.Kind : BlockKind.TextBox;
            var inner = new Container(kind, null, where.TableDepth);
            var saved = _blankLines;
            _blankLines = 0;
            ReadBlockContent(content, inner, null);
            FlushCarry(inner);
            _blankLines = saved;
        }
    }

    private void ResolveAnchors(ParagraphContext ctx)
    {
        if (ctx.Anchors.Count == 0)
        {
            return;
        }

        int? first = null;
        foreach (var b in ctx.LineBlocks)
        {
            if (b is not null)
            {
                first = b;
                break;
            }
        }

        // The block of the line the object sits in; else the paragraph's first block; else the block before
        // (a line or a seal in an otherwise empty paragraph belongs to what is above it) when it is in the same
        // table cell. An empty paragraph that opens a cell (a rule drawn at the top of the cell under the issuer)
        // waits for the next block of its own cell; it never reaches into the cell read before it.
        int? previous = _blocks.Count > 0 ? _blocks.Count - 1 : null;
        foreach (var (lineNo, resolve) in ctx.Anchors)
        {
            var own = lineNo < ctx.LineBlocks.Count ? ctx.LineBlocks[lineNo] : null;
            if ((own ?? first) is { } at)
            {
                resolve(at);
            }
            else if (ctx.Where.Cell is { } cell && (previous is not { } p || !Equals(_blocks[p].Cell, cell)))
            {
                _pendingAnchors.Add((cell, resolve));
            }
            else
            {
                resolve(previous);
            }
        }
    }

    /// <summary>Gives the objects of empty paragraphs that wait for the next block of their cell that block.</summary>
    private void ResolvePendingAnchors(SourceBlock block)
    {
        if (_pendingAnchors.Count == 0 || block.Cell is not { } cell)
        {
            return;
        }

        for (var i = 0; i < _pendingAnchors.Count; i++)
        {
            if (Equals(_pendingAnchors[i].Cell, cell))
            {
                _pendingAnchors[i].Resolve(block.Index);
                _pendingAnchors.RemoveAt(i--);
            }
        }
    }

    private void FlushCarry(Container where)
    {
        _ = where;
        if (_carry is { } carry)
        {
            _carry = null;
            var ctx = carry.Owner;
            ctx.Current = carry;
            EmitLine(ctx);
        }
    }

    /// <summary>Ends the current line of a paragraph: a block when it has text, else a blank line.</summary>
    private void EmitLine(ParagraphContext ctx)
    {
        var line = ctx.Current!;
        ctx.Current = new Line(ctx);
        var lineNo = ctx.LineNo++;
        var text = line.Text;
        int start = 0, end = text.Length - 1;
        while (start <= end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end >= start && char.IsWhiteSpace(text[end]))
        {
            end--;
        }

        if (start > end)
        {
            ctx.LineBlocks.Add(null);
            _blankLines++;
            return;
        }

        if (_blocks.Count >= _limits.MaxBlocks)
        {
            _diagnostics.Add(ReaderDiagnostics.Create("AD0002", "too-many-blocks", line.Owner.Location, Str(_limits.MaxBlocks), Str(line.Owner.Location.ParagraphIndex.GetValueOrDefault() + 1)));
            throw new LimitReachedException();
        }

        var length = end - start + 1;
        if (length > _limits.MaxBlockLength)
        {
            _diagnostics.Add(ReaderDiagnostics.Create("AD0002", "paragraph-too-long", line.Owner.Location, Str(line.Owner.Location.ParagraphIndex.GetValueOrDefault() + 1), Str(length), Str(_limits.MaxBlockLength)));
            end = start + _limits.MaxBlockLength - 1;
        }

        var runs = ImmutableRuns(line, start, end, out var normalizedText, out var wasNormalized);
        if (!wasNormalized)
        {
            _nonNfcBlocks++;
            _firstNonNfc ??= line.Owner.Location;
        }

        var owner = line.Owner;
        string? label = null;
        if (!owner.LabelUsed)
        {
            owner.LabelUsed = true;
            label = owner.Label;
        }

        var block = new SourceBlock(_blocks.Count, normalizedText, owner.Location)
        {
            Kind = owner.Where.Kind,
            Cell = owner.Where.Cell,
            ListLabel = label,
            Section = _section,
            BlankLinesBefore = _blankLines,
            Runs = runs,
            Format = owner.Format,
        };
        _blankLines = 0;
        _blocks.Add(block);
        ResolvePendingAnchors(block);
        ctx.LineBlocks.Add(block.Index);
        if (!ReferenceEquals(owner, ctx))
        {
            owner.LineBlocks.Add(block.Index);
        }

        _ = lineNo;
    }

    private static System.Collections.Immutable.ImmutableArray<TextRun> ImmutableRuns(Line line, int start, int end, out string text, out bool wasNormalized)
    {
        var builder = System.Collections.Immutable.ImmutableArray.CreateBuilder<TextRun>(line.Runs.Count);
        var sb = new StringBuilder(end - start + 1);
        wasNormalized = true;
        for (var i = 0; i < line.Runs.Count; i++)
        {
            var (runStart, format) = line.Runs[i];
            var runEnd = i + 1 < line.Runs.Count ? line.Runs[i + 1].Start - 1 : line.Text.Length - 1;
            var s = Math.Max(runStart, start);
            var e = Math.Min(runEnd, end);
            if (s > e)
            {
                continue;
            }

            var piece = line.Text.ToString(s, e - s + 1);
            if (!IsNfc(piece))
            {
                wasNormalized = false;
                piece = piece.Normalize(NormalizationForm.FormC);
            }

            if (builder.Count > 0 && ReferenceEquals(builder[builder.Count - 1].Format, format))
            {
                var last = builder[builder.Count - 1];
                builder[builder.Count - 1] = last with { Text = last.Text + piece };
            }
            else
            {
                builder.Add(new TextRun(piece, format));
            }

            sb.Append(piece);
        }

        text = sb.ToString();
        if (!IsNfc(text))
        {
            // A combining mark in a run of its own: normalize the whole line; the runs keep their pieces.
            wasNormalized = false;
            text = text.Normalize(NormalizationForm.FormC);
        }

        return builder.Count == builder.Capacity ? builder.MoveToImmutable() : builder.ToImmutable();
    }

    private static bool IsNfc(string s)
    {
        foreach (var c in s)
        {
            if (c >= '\u0300')
            {
                return s.IsNormalized(NormalizationForm.FormC);
            }
        }

        return true;
    }

    // ---------------------------------------------------------------- inline content

    private bool FieldTextVisible
    {
        get
        {
            foreach (var f in _fields)
            {
                if (!f.InResult)
                {
                    return false;
                }
            }

            return true;
        }
    }

    private void ReadInline(OpenXmlElement container, ParagraphContext ctx)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case W.Run r:
                    ReadRun(r, ctx);
                    break;
                case W.ParagraphProperties:
                    break;
                case W.Hyperlink or W.CustomXmlRun or W.BidirectionalOverride or W.BidirectionalEmbedding or W.SdtContentRun:
                    ReadInline(child, ctx);
                    break;
                case W.SdtRun sdt:
                    if (sdt.SdtContentRun is { } content)
                    {
                        ReadInline(content, ctx);
                    }

                    break;
                case W.InsertedRun or W.MoveToRun:
                    _insertions++;
                    ReadInline(child, ctx);
                    break;
                case W.DeletedRun or W.MoveFromRun:
                    _deletions++;
                    break;
                case W.SimpleField field:
                    ReadSimpleField(field, ctx);
                    break;
                case W.CommentRangeStart:
                    _commentMarks++;
                    break;
                case AlternateContent alt:
                    var (branch, skipped) = ChooseInline(alt);
                    if (branch is not null)
                    {
                        ReadInline(branch, ctx);
                    }

                    if (skipped > 0)
                    {
                        ctx.TextBoxes.Add((null, skipped));
                    }

                    break;
                default:
                    if (child.NamespaceUri == MathNs)
                    {
                        ReadMath(child, ctx);
                    }
                    else if (child.NamespaceUri == WordNs && child.LocalName == "smartTag")
                    {
                        ReadSmartTag(child, ctx);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// A smart tag (<c>w:smartTag</c>, "NAM" tagged as a country by old Word) wraps runs the reader must not lose. The
    /// Open XML SDK no longer knows the element, so it and its runs come as unknown elements: each run is read back
    /// from its XML.
    /// </summary>
    private void ReadSmartTag(OpenXmlElement smartTag, ParagraphContext ctx)
    {
        foreach (var c in smartTag.ChildElements)
        {
            if (c is W.Run run)
            {
                ReadRun(run, ctx);
            }
            else if (c.NamespaceUri == WordNs && c.LocalName == "r")
            {
                ReadRun(new W.Run(c.OuterXml), ctx);
            }
            else if (c.NamespaceUri == WordNs && c.LocalName == "smartTag")
            {
                ReadSmartTag(c, ctx);
            }
            else if (c is not OpenXmlUnknownElement)
            {
                ReadInline(new W.Paragraph(c.CloneNode(true)), ctx);
            }
        }
    }

    private static (OpenXmlElement? Branch, int Skipped) ChooseInline(AlternateContent alt)
    {
        OpenXmlElement? chosen = null;
        var skipped = 0;
        foreach (var branch in alt.ChildElements)
        {
            if (chosen is null && branch is AlternateContentChoice or AlternateContentFallback && branch.HasChildren)
            {
                chosen = branch;
            }
            else
            {
                foreach (var _ in branch.Descendants<W.Paragraph>())
                {
                    skipped++;
                }
            }
        }

        return (chosen, skipped);
    }

    private void ReadMath(OpenXmlElement math, ParagraphContext ctx)
    {
        if (!FieldTextVisible)
        {
            return;
        }

        var format = _styles.Format(ctx.Base);
        foreach (var d in math.Descendants())
        {
            if (d.LocalName == "t" && d.NamespaceUri == MathNs)
            {
                ctx.Current!.Append(d.InnerText, format);
            }
        }
    }

    private void ReadSimpleField(W.SimpleField field, ParagraphContext ctx)
    {
        var instruction = field.Instruction?.Value ?? string.Empty;
        if (IsPageInstruction(instruction) && _pageFieldHits is not null && FieldTextVisible)
        {
            var firstRun = field.GetFirstChild<W.Run>();
            var format = _styles.Format(_styles.Resolve(ctx.Base, firstRun?.RunProperties));
            AddPageHit(ctx, format);
        }

        ReadInline(field, ctx);
    }

    private static bool IsPageInstruction(string instruction)
    {
        var s = instruction.Trim();
        if (!s.StartsWith("PAGE", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return s.Length == 4 || char.IsWhiteSpace(s[4]) || s[4] == '\\';
    }

    private void AddPageHit(ParagraphContext ctx, RunFormat format)
    {
        var hitIndex = _pageFieldHits!.Count;
        var alignment = ctx.Format.Alignment;
        var tabs = ctx.Current!.Tabs;
        if (alignment is null or TextAlignment.Left && ctx.Current.PositionalTab is { } ptab)
        {
            alignment = ptab;
        }
        else if (alignment is null or TextAlignment.Left && tabs > 0)
        {
            var stops = ctx.Tabs;
            alignment = stops is not null && tabs <= stops.Count ? stops[tabs - 1].Alignment ?? TextAlignment.Left : TextAlignment.Left;
        }

        _pageFieldHits.Add(new PageFieldHit(null, alignment, format));
        var hits = _pageFieldHits;
        ctx.Anchors.Add((ctx.LineNo, block => hits[hitIndex] = hits[hitIndex] with { BlockIndex = block }));
    }

    private void ReadRun(W.Run run, ParagraphContext ctx)
    {
        var rPr = run.RunProperties;
        if (rPr?.RunPropertiesChange is not null)
        {
            _formatChanges++;
        }

        RunFormat? format = null;
        var hidden = false;
        if (rPr is not null)
        {
            var resolved = _styles.Resolve(ctx.Base, rPr);
            hidden = resolved.Vanish;
            format = _styles.Format(resolved);
        }
        else
        {
            var resolved = _styles.Resolve(ctx.Base, null);
            hidden = resolved.Vanish;
            format = _styles.Format(resolved);
        }

        ctx.LastFormat = format;
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case W.Text t:
                    if (!hidden && FieldTextVisible)
                    {
                        ctx.Current!.Append(t.Text, format);
                    }

                    break;
                case W.TabChar or W.PositionalTab:
                    if (!hidden && FieldTextVisible)
                    {
                        ctx.Current!.Append("\t", format);
                        if (child is W.PositionalTab ptab)
                        {
                            ctx.Current.PositionalTab = StyleResolver.Alignment(ptab.Alignment?.InnerText);
                        }
                        else
                        {
                            ctx.Current.Tabs++;
                        }
                    }

                    break;
                case W.Break or W.CarriageReturn:
                    if (!hidden && FieldTextVisible)
                    {
                        EmitLine(ctx);
                    }

                    break;
                case W.SymbolChar sym:
                    if (!hidden && FieldTextVisible)
                    {
                        ctx.Current!.Append(Symbol(sym), format);
                    }

                    break;
                case W.NoBreakHyphen:
                    if (!hidden && FieldTextVisible)
                    {
                        ctx.Current!.Append("-", format);
                    }

                    break;
                case W.SoftHyphen:
                    // An optional hyphen prints nothing in Unicode text; but in a TCVN3 font byte 0xAD is the letter
                    // "ư", which LibreOffice writes as w:softHyphen: keep it there, or the letter is lost.
                    if (!hidden && FieldTextVisible && format.FontFamily is { } font && Fonts.IsLegacy(font))
                    {
                        ctx.Current!.Append("\u00AD", format);
                    }

                    break;
                case W.FieldChar fc:
                    ReadFieldChar(fc, ctx, format);
                    break;
                case W.FieldCode code:
                    if (_fields.Count > 0 && !_fields[_fields.Count - 1].InResult)
                    {
                        _fields[_fields.Count - 1].Instruction.Append(code.Text);
                    }

                    break;
                case W.Drawing or W.Picture or W.EmbeddedObject or AlternateContent:
                    if (FieldTextVisible)
                    {
                        ReadGraphic(child, ctx);
                    }

                    break;
                case W.ContentPart:
                    break;
            }
        }
    }

    private void ReadFieldChar(W.FieldChar fc, ParagraphContext ctx, RunFormat format)
    {
        var type = fc.FieldCharType?.InnerText;
        switch (type)
        {
            case "begin":
                _fields.Add(new FieldState());
                break;
            case "separate":
                if (_fields.Count > 0)
                {
                    var f = _fields[_fields.Count - 1];
                    if (!f.InResult)
                    {
                        f.InResult = true;
                        f.IsPage = IsPageInstruction(f.Instruction.ToString());
                        if (f.IsPage && _pageFieldHits is not null && FieldTextVisible)
                        {
                            f.Hit = true;
                            AddPageHit(ctx, format);
                        }
                    }
                }

                break;
            case "end":
                if (_fields.Count > 0)
                {
                    var f = _fields[_fields.Count - 1];
                    _fields.RemoveAt(_fields.Count - 1);
                    if (!f.InResult && IsPageInstruction(f.Instruction.ToString()) && _pageFieldHits is not null && FieldTextVisible)
                    {
                        // A PAGE field without a cached result still prints the page number.
                        AddPageHit(ctx, format);
                    }
                }

                break;
        }
    }

    private static string Symbol(W.SymbolChar sym)
    {
        var hex = sym.Char?.Value;
        if (hex is null || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code) || code <= 0 || code > 0xFFFF)
        {
            return string.Empty;
        }

        if (code < 0x100)
        {
            code += 0xF000;
        }

        var c = (char)code;
        return c >= '\uF000' && c <= '\uF0FF' ? NumberingRenderer.SymbolChar(c) : c.ToString();
    }

    // ---------------------------------------------------------------- drawings, pictures, text boxes

    private sealed class GraphicInfo
    {
        public double? WidthMm { get; set; }

        public double? HeightMm { get; set; }

        public string? Name { get; set; }

        public string? BlipId { get; set; }

        public bool IsLine { get; set; }
    }

    private void ReadGraphic(OpenXmlElement element, ParagraphContext ctx) => VisitGraphic(element, ctx, null);

    private void VisitGraphic(OpenXmlElement e, ParagraphContext ctx, GraphicInfo? drawing)
    {
        if (e is W.TextBoxContent)
        {
            ctx.TextBoxes.Add((e, 0));
            return;
        }

        if (e is AlternateContent alt)
        {
            var (branch, skipped) = ChooseInline(alt);
            if (branch is not null)
            {
                VisitGraphic(branch, ctx, drawing);
            }

            if (skipped > 0)
            {
                ctx.TextBoxes.Add((null, skipped));
            }

            return;
        }

        var ns = e.NamespaceUri;
        var name = e.LocalName;
        if (ns == DrawingWordprocessingNs && name is "inline" or "anchor")
        {
            var info = new GraphicInfo();
            foreach (var c in e.ChildElements)
            {
                if (c.LocalName == "extent")
                {
                    info.WidthMm = Emu(Attr(c, "cx"));
                    info.HeightMm = Emu(Attr(c, "cy"));
                }
                else if (c.LocalName == "docPr")
                {
                    info.Name = NonEmpty(Attr(c, "descr")) ?? NonEmpty(Attr(c, "title")) ?? NonEmpty(Attr(c, "name"));
                }
            }

            foreach (var c in e.ChildElements)
            {
                VisitGraphic(c, ctx, info);
            }

            if (info.BlipId is not null)
            {
                AddImage(ctx, info.WidthMm, info.HeightMm, ContentType(info.BlipId), info.Name);
            }
            else if (info.IsLine || IsFlat(info.WidthMm, info.HeightMm))
            {
                // A shape no thicker than a stroke is a line whatever its geometry (real 23: a group holding a
                // custom-geometry path from left to right, 24 mm by 0.3 mm).
                AddLine(ctx, Length(info.WidthMm, info.HeightMm));
            }

            return;
        }

        if (drawing is not null && ns == DrawingMainNs)
        {
            if (name == "blip")
            {
                drawing.BlipId ??= Attr(e, "embed", RelationshipsNs) ?? Attr(e, "link", RelationshipsNs);
            }
            else if (name == "prstGeom" && Attr(e, "prst") is { } prst && (prst == "line" || prst.StartsWith("straightConnector", StringComparison.Ordinal)))
            {
                drawing.IsLine = true;
            }
        }
        else if (drawing is not null && name == "cNvCnPr")
        {
            drawing.IsLine = true;
        }
        else if (ns == VmlNs)
        {
            switch (name)
            {
                case "line":
                    AddLine(ctx, VmlLineLength(Attr(e, "from"), Attr(e, "to")));
                    return;
                case "shape" or "rect" or "roundrect" or "oval":
                    var style = Attr(e, "style");
                    var (w, h) = VmlSize(style);
                    var data = FirstChild(e, "imagedata", VmlNs);
                    if (data is not null)
                    {
                        var id = Attr(data, "id", RelationshipsNs);
                        AddImage(ctx, w, h, id is null ? null : ContentType(id), NonEmpty(Attr(data, "title", "urn:schemas-microsoft-com:office:office")) ?? NonEmpty(Attr(e, "alt")));
                    }
                    else if (Attr(e, "type") is { } type && (type.EndsWith("_x0000_t32", StringComparison.Ordinal) || type.EndsWith("_x0000_t20", StringComparison.Ordinal)))
                    {
                        AddLine(ctx, Length(w, h));
                    }

                    break;
            }
        }

        foreach (var c in e.ChildElements)
        {
            VisitGraphic(c, ctx, drawing);
        }
    }

    /// <summary>Whether a drawing's extent is a horizontal stroke: at least 5 mm wide and at most 0.5 mm high.</summary>
    private static bool IsFlat(double? width, double? height) =>
        width is { } w && height is { } h && w >= 5 && h <= 0.5;

    private void AddImage(ParagraphContext ctx, double? width, double? height, string? contentType, string? name)
    {
        var index = _images.Count;
        _images.Add(new SourceImage { WidthMm = width, HeightMm = height, ContentType = contentType, Name = name });
        ctx.Anchors.Add((ctx.LineNo, block => _images[index] = _images[index] with { BlockIndex = block }));
    }

    private void AddLine(ParagraphContext ctx, double? length)
    {
        var index = _lines.Count;
        _lines.Add(new SourceLine { LengthMm = length });
        ctx.Anchors.Add((ctx.LineNo, block => _lines[index] = _lines[index] with { BlockIndex = block }));
    }

    private void AddBorderLine(ParagraphContext ctx)
    {
        var index = _lines.Count;
        _lines.Add(new SourceLine { IsBorder = true });
        ctx.Anchors.Add((ctx.LineNo, block => _lines[index] = _lines[index] with { BlockIndex = block }));
    }

    private string? ContentType(string relationshipId)
    {
        try
        {
            return _part.GetPartById(relationshipId).ContentType;
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (KeyNotFoundException)
        {
            return null;
        }
    }

    private static OpenXmlElement? FirstChild(OpenXmlElement e, string localName, string ns)
    {
        foreach (var c in e.ChildElements)
        {
            if (c.LocalName == localName && c.NamespaceUri == ns)
            {
                return c;
            }
        }

        return null;
    }

    private static string? Attr(OpenXmlElement e, string localName, string ns = "")
    {
        foreach (var a in e.GetAttributes())
        {
            if (a.LocalName == localName && (a.NamespaceUri ?? string.Empty) == ns)
            {
                return a.Value;
            }
        }

        return null;
    }

    private static string? NonEmpty(string? s) => StyleResolver.NonEmpty(s);

    private static double? Emu(string? value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= 0 ? Math.Round(v / 36000.0, 2) : null;

    private static double? Length(double? w, double? h) =>
        w is null && h is null ? null : Math.Round(Math.Sqrt(((w ?? 0) * (w ?? 0)) + ((h ?? 0) * (h ?? 0))), 2);

    private static (double? Width, double? Height) VmlSize(string? style)
    {
        double? w = null, h = null;
        if (style is null)
        {
            return (w, h);
        }

        foreach (var declaration in style.Split(';'))
        {
            var colon = declaration.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var key = declaration.Substring(0, colon).Trim();
            var value = VmlLength(declaration.Substring(colon + 1));
            if (key.Equals("width", StringComparison.OrdinalIgnoreCase))
            {
                w = value;
            }
            else if (key.Equals("height", StringComparison.OrdinalIgnoreCase))
            {
                h = value;
            }
        }

        return (w, h);
    }

    /// <summary>A CSS length of VML in mm (pt, in, cm, mm, pc, px, emu; bare numbers are pixels).</summary>
    private static double? VmlLength(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var s = text.Trim();
        var i = 0;
        while (i < s.Length && (char.IsDigit(s[i]) || s[i] == '.' || s[i] == '-' || s[i] == '+'))
        {
            i++;
        }

#pragma warning disable CA1846 // netstandard2.0 has no span overload of double.TryParse.
        if (i == 0 || !double.TryParse(s.Substring(0, i), NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
#pragma warning restore CA1846
        {
            return null;
        }

        var unit = s.Substring(i).Trim().ToUpperInvariant();
        var mm = unit switch
        {
            "PT" => v * 25.4 / 72,
            "IN" => v * 25.4,
            "CM" => v * 10,
            "MM" => v,
            "PC" => v * 25.4 / 6,
            "EMU" => v / 36000,
            _ => v * 25.4 / 96,
        };
        return Math.Round(mm, 2);
    }

    private static double? VmlLineLength(string? from, string? to)
    {
        static (double? X, double? Y) Point(string? p)
        {
            if (p is null)
            {
                return (0, 0);
            }

            var parts = p.Split(',');
            return (VmlLength(parts[0]) ?? 0, parts.Length > 1 ? VmlLength(parts[1]) ?? 0 : 0);
        }

        var (x1, y1) = Point(from);
        var (x2, y2) = Point(to);
        if (x1 is null || x2 is null || y1 is null || y2 is null)
        {
            return null;
        }

        return Length(x2 - x1, y2 - y1);
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using AdminDocs.Decree;
using AdminDocs.Sources;
using AdminDocs.Text;

namespace AdminDocs.Recognition;

/// <summary>
/// Builds the <see cref="AdminDocument"/> from a <see cref="SourceDocument"/> — one recognizer for every format.
/// It copes with what extraction does to real documents: header cells flattened into one line, interleaved
/// line by line or separated by "|", Nơi nhận before or after the signature, titles and trích yếu over several
/// lines, blank lines anywhere and stray spaces. Nothing is dropped: text it cannot place is kept in
/// <see cref="AdminDocument.Unrecognized"/>.
/// </summary>
public static class DocumentRecognizer
{
    /// <summary>Recognizes the components of a document.</summary>
    /// <param name="source">The source.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The document; its <see cref="AdminDocument.Source"/> is <paramref name="source"/>.</returns>
    public static AdminDocument Recognize(SourceDocument source, CancellationToken cancellationToken = default)
    {
        if (source is null)
        {
            throw new ArgumentNullException(nameof(source));
        }

        var segments = new List<Segment>();
        // Page headers and footers (page numbers, running titles) are page furniture, not the document's text.
        foreach (var block in source.Blocks.Where(b => (b.Text.Length > 0 || b.ListLabel is { Length: > 0 })
            && b.Kind is not (BlockKind.PageHeader or BlockKind.PageFooter)))
        {
            var whole = Segment.Of(block);
            if (whole.PrefixLength == 0 && RunOnSplitter.IsRunOn(whole.Text))
            {
                // A whole document on one line: cut it back into lines at its components' anchors.
                var start = 0;
                foreach (var cut in RunOnSplitter.Cuts(whole.Text).Concat(new[] { whole.Text.Length }))
                {
                    if (whole.Slice(start, cut - start) is { } part)
                    {
                        segments.Add(part);
                    }

                    start = cut;
                }
            }
            else
            {
                segments.Add(whole);
            }
        }

        var run = new Run(segments, cancellationToken);
        return run.Recognize() with { Source = source };
    }

    private sealed class Run
    {
        private readonly List<Segment> _s;
        private readonly CancellationToken _ct;
        private readonly List<UnrecognizedBlock> _unrecognized = new();
        private readonly List<Segment> _agencyLines = new();
        private readonly List<(Segment Separator, int AfterIndex)> _separators = new();
        private AdminDocument _doc = new();
        private int _i;

        public Run(List<Segment> segments, CancellationToken ct)
        {
            _s = segments;
            _ct = ct;
        }

        public AdminDocument Recognize()
        {
            var headerEnd = Header();
            _i = headerEnd;
            TitleAndSubject();
            Addressees();
            var bodyStart = _i;
            var appendixStart = FindAppendixStart(bodyStart);
            var endStart = FindEndZone(bodyStart, appendixStart);
            _doc = _doc with { Body = BodyParser.Parse(_s.GetRange(bodyStart, endStart - bodyStart), _ct) };
            EndZone(endStart, appendixStart);
            Appendices(appendixStart);
            AssignAgencies();
            AssignSeparators();
            var kind = _doc.Kind;
            if (_doc.Title is null && _doc.Subject?.Prefix is not null)
            {
                kind = DocumentKind.OfficialLetter;
            }

            return _doc with
            {
                Kind = kind,
                Unrecognized = _unrecognized.OrderBy(u => u.Origin.Blocks.IsEmpty ? 0 : u.Origin.Blocks[0].Index).ThenBy(u => u.Origin.Offset).ToImmutableArray(),
            };
        }

        // ---------------------------------------------------------------- header (ô 1–4, 5b, marks)
        private int Header()
        {
            var seenAnchor = false;
            var i = 0;
            while (i < _s.Count)
            {
                _ct.ThrowIfCancellationRequested();
                var seg = _s[i];
                var t = seg.Text;

                if (t.IndexOf('|') >= 0 && SplitAt(i, SplitPipes(seg)))
                {
                    continue;
                }

                if (SplitAt(i, SplitAnchors(seg)))
                {
                    continue;
                }

                if (IsNationalTitle(t))
                {
                    if (_doc.NationalTitle is null)
                    {
                        _doc = _doc with { NationalTitle = seg.Element() };
                    }
                    else
                    {
                        Unrecognized(seg);
                    }

                    seenAnchor = true;
                }
                else if (IsMotto(t))
                {
                    if (_doc.Motto is null)
                    {
                        _doc = _doc with { Motto = seg.Element() };
                        _separators.Add((seg, -2));
                    }
                    else
                    {
                        Unrecognized(seg);
                    }

                    seenAnchor = true;
                }
                else if (IsPartyHeading(t))
                {
                    _doc = _doc with { PartyHeading = seg.Element() };
                    seenAnchor = true;
                }
                else if (Patterns.Separator.IsMatch(t))
                {
                    var columns = t.IndexOf('\t') >= 0 ? SplitTabs(seg) : null;
                    if (columns is { Count: 2 } && columns.All(c => Patterns.Separator.IsMatch(c.Text)))
                    {
                        // "-------<tab>---------------": the rule of the left column, then that of the right one.
                        _separators.Add((columns[0], -4));
                        _separators.Add((columns[1], -5));
                    }
                    else
                    {
                        _separators.Add((seg, i));
                    }
                }
                else if (Patterns.Mark(t, out var markKind) is not null)
                {
                    AddMark(seg, markKind);
                }
                else if (_doc.Number is null && Patterns.NumberStart.IsMatch(t))
                {
                    if (SplitAt(i, SplitNumberLine(seg)))
                    {
                        continue;
                    }

                    i = Number(i);
                    seenAnchor = true;
                    continue;
                }
                else if (_doc.PlaceDate is null && IsHeaderPlaceDate(t))
                {
                    _doc = _doc with { PlaceDate = LineParsers.ParsePlaceDate(t)! with { Origin = seg.Span } };
                    seenAnchor = true;
                }
                else if (Patterns.Vv.IsMatch(t) && _doc.Subject is null)
                {
                    i = VvSubject(i);
                    seenAnchor = true;
                    continue;
                }
                else if (Patterns.KinhGui.IsMatch(t) || IsTitleLine(t) is not null || (IsTitleLike(t) && (_doc.Number is not null || _doc.PlaceDate is not null) && _agencyLines.Count > 0))
                {
                    return i;
                }
                else if (Patterns.IsCapsLine(t) || (_doc.Number is null && Patterns.StartsWithOrganizationHead(t) && Patterns.WordCount(t) <= 12))
                {
                    _agencyLines.Add(seg);
                    _separators.Add((seg, -1));
                    seenAnchor = true;
                }
                else if (!seenAnchor)
                {
                    Unrecognized(seg);
                }
                else
                {
                    return i;
                }

                i++;
            }

            return i;
        }

        private bool SplitAt(int i, List<Segment>? parts)
        {
            if (parts is null || parts.Count <= 1)
            {
                return false;
            }

            _s.RemoveAt(i);
            _s.InsertRange(i, parts);
            return true;
        }

        private static List<Segment> SplitTabs(Segment seg)
        {
            var parts = new List<Segment>();
            var start = 0;
            for (var k = 0; k <= seg.Text.Length; k++)
            {
                if (k == seg.Text.Length || seg.Text[k] == '\t')
                {
                    if (seg.Slice(start, k - start) is { } part)
                    {
                        parts.Add(part);
                    }

                    start = k + 1;
                }
            }

            return parts;
        }

        private static List<Segment>? SplitPipes(Segment seg)
        {
            var parts = new List<Segment>();
            var start = 0;
            for (var k = 0; k <= seg.Text.Length; k++)
            {
                if (k == seg.Text.Length || seg.Text[k] == '|')
                {
                    if (seg.Slice(start, k - start) is { } part)
                    {
                        parts.Add(part);
                    }

                    start = k + 1;
                }
            }

            return parts;
        }

        /// <summary>Splits a line where the two header columns were flattened: "UBND TỈNH X CỘNG HÒA XÃ HỘI ...",
        /// "SỞ Y Độc lập - Tự do - Hạnh phúc", "TỈNH ỦY X ĐẢNG CỘNG SẢN VIỆT NAM".</summary>
        private static List<Segment>? SplitAnchors(Segment seg)
        {
            foreach (var regex in new[] { Patterns.NationalTitle, Patterns.Motto, Patterns.PartyHeading })
            {
                var m = regex.Match(seg.Text);
                if (!m.Success || (m.Index == 0 && m.Length == seg.Text.Length))
                {
                    continue;
                }

                var before = seg.Slice(0, m.Index);
                var after = seg.Slice(m.Index + m.Length, seg.Text.Length - m.Index - m.Length);
                if (after is not null && Patterns.Separator.IsMatch(after.Text) is false && VietnameseText.CountLetters(after.Text) == 0)
                {
                    // trailing punctuation belongs to the phrase (e.g. "Hạnh phúc." typed with a period)
                    return null;
                }

                var parts = new List<Segment>();
                if (before is not null)
                {
                    parts.Add(before);
                }

                parts.Add(seg.Slice(m.Index, m.Length)!);
                if (after is not null)
                {
                    parts.Add(after);
                }

                return parts;
            }

            return null;
        }

        /// <summary>Splits "Số: 15/BC-X Bình Minh, ngày 03 tháng 02 năm 2022" and "Số: 45/UBND-VP V/v triển khai ...".</summary>
        private static List<Segment>? SplitNumberLine(Segment seg)
        {
            var t = seg.Text;
            var vv = Patterns.VvInside.Match(t);
            if (vv.Success)
            {
                return Parts(seg, vv.Index + 1);
            }

            var date = Patterns.PlaceDate.Match(t);
            if (date.Success && date.Index > 0)
            {
                // The place starts at the first word after the ký hiệu that has a lower-case letter ("Bình").
                var slash = t.IndexOf('/');
                var scanFrom = slash >= 0 ? slash : 0;
                var words = WordStarts(t, scanFrom, date.Index);
                foreach (var w in words)
                {
                    var word = t.Substring(w, WordEnd(t, w) - w);
                    if (word.Any(char.IsLower) && !word.Contains("/"))
                    {
                        return Parts(seg, w);
                    }
                }

                return Parts(seg, date.Index);
            }

            return null;
        }

        private static List<Segment> Parts(Segment seg, int at)
        {
            var parts = new List<Segment>();
            if (seg.Slice(0, at) is { } a)
            {
                parts.Add(a);
            }

            if (seg.Slice(at, seg.Text.Length - at) is { } b)
            {
                parts.Add(b);
            }

            return parts;
        }

        private static IEnumerable<int> WordStarts(string t, int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (!char.IsWhiteSpace(t[k]) && (k == 0 || char.IsWhiteSpace(t[k - 1])))
                {
                    yield return k;
                }
            }
        }

        private static int WordEnd(string t, int k)
        {
            while (k < t.Length && !char.IsWhiteSpace(t[k]))
            {
                k++;
            }

            return k;
        }

        private int Number(int i)
        {
            var seg = _s[i];
            var text = seg.Text;
            var blocks = ImmutableArray.Create(seg.Block);
            var next = i + 1;

            // "Số: 118 / BC-BCĐ-" + "ATTP": the ký hiệu continues on the next line.
            if ((text.EndsWith("-", StringComparison.Ordinal) || text.EndsWith("/", StringComparison.Ordinal)) && next < _s.Count
                && VietnameseText.IsAllCaps(_s[next].Text) && _s[next].Text.IndexOf(' ') < 0)
            {
                text += _s[next].Text;
                blocks = blocks.Add(_s[next].Block);
                next++;
            }

            var number = LineParsers.ParseNumber(text)!;
            _doc = _doc with { Number = number with { Origin = new SourceSpan(blocks, seg.Offset) } };
            return next;
        }

        private int VvSubject(int i)
        {
            var first = _s[i];
            var m = Patterns.Vv.Match(first.Text);
            var rest = first.Text.Substring(m.Length).TrimStart(' ', ':', '.').TrimStart();
            var lines = new List<string>();
            var blocks = new List<SourceBlock> { first.Block };
            if (rest.Length > 0)
            {
                lines.Add(rest);
            }

            var k = i + 1;
            while (k < _s.Count && !_s[k].BlankBefore && lines.Count < 6)
            {
                var t = _s[k].Text;
                if (IsNationalTitle(t) || IsMotto(t) || Patterns.NumberStart.IsMatch(t) || IsHeaderPlaceDate(t) || Patterns.KinhGui.IsMatch(t)
                    || Patterns.Separator.IsMatch(t) || VietnameseText.IsAllCaps(t) || t.Length > 120)
                {
                    break;
                }

                lines.Add(t);
                blocks.Add(_s[k].Block);
                k++;
            }

            var subject = new Subject(lines.ToImmutableArray())
            {
                Prefix = first.Text.Substring(0, m.Length),
                FirstLineAsWritten = first.Text,
                Origin = new SourceSpan(blocks.ToImmutableArray(), first.Offset),
            };
            _doc = _doc with { Subject = subject };
            return k;
        }

        private void AddMark(Segment seg, MarkKind kind)
        {
            var marks = _doc.Marks;
            marks = kind switch
            {
                MarkKind.Urgency when marks.Urgency is null => marks with { Urgency = seg.Element() },
                MarkKind.Secrecy when marks.Secrecy is null => marks with { Secrecy = seg.Element() },
                _ => marks with { Circulation = marks.Circulation.Add(seg.Element()) },
            };
            _doc = _doc with { Marks = marks };
        }

        // ---------------------------------------------------------------- title and subject (ô 5a)
        private void TitleAndSubject()
        {
            if (_i >= _s.Count)
            {
                return;
            }

            var seg = _s[_i];
            var title = IsTitleLine(seg.Text);
            if (title is null && !(IsTitleLike(seg.Text) && _agencyLines.Count > 0))
            {
                return;
            }

            var kind = DocumentKind.Other;
            var titleSeg = seg;
            if (title is { } found)
            {
                kind = found.Kind;
                if (found.Length < seg.Text.Length)
                {
                    titleSeg = seg.Slice(0, found.Length)!;
                    var remainder = seg.Slice(found.Length, seg.Text.Length - found.Length);
                    if (remainder is not null)
                    {
                        _s[_i] = titleSeg;
                        _s.Insert(_i + 1, remainder);
                    }
                }
            }

            _doc = _doc with { Title = titleSeg.Element(), Kind = kind };
            _i++;

            // The trích yếu: the lines up to the first body paragraph.
            var lines = new List<Segment>();
            while (_i < _s.Count && lines.Count < 6)
            {
                var t = _s[_i].Text;
                if (Patterns.Separator.IsMatch(t))
                {
                    _separators.Add((_s[_i], -3));
                    _i++;
                    break;
                }

                if (Patterns.KinhGui.IsMatch(t) || Patterns.LegalBasis.IsMatch(t) || BodyParser.HasLabel(t) || Patterns.RecipientsLabel.IsMatch(t)
                    || Patterns.IsAuthority(t) || LooksLikeBody(t) || (lines.Count > 0 && _s[_i].BlankBefore))
                {
                    break;
                }

                // A sentence-case trích yếu ends where a line in capitals starts (a quyết định's authority line).
                if (lines.Count > 0 && VietnameseText.IsAllCaps(t, 4) && !VietnameseText.IsAllCaps(lines[0].Text))
                {
                    break;
                }

                if (lines.Count == 0 && _s[_i].BlankBefore && !(VietnameseText.IsAllCaps(t) || t.StartsWith("Về", StringComparison.Ordinal) || t.StartsWith("về", StringComparison.Ordinal)))
                {
                    break;
                }

                lines.Add(_s[_i]);
                _i++;
            }

            if (lines.Count > 0)
            {
                var vv = Patterns.Vv.Match(lines[0].Text);
                var first = lines[0].Text;
                var texts = lines.Select(l => l.Text).ToList();
                string? prefix = null;
                if (vv.Success && vv.Value.StartsWith("V", StringComparison.OrdinalIgnoreCase) && vv.Value.Contains("/"))
                {
                    prefix = vv.Value;
                    texts[0] = first.Substring(vv.Length).TrimStart(' ', ':').TrimStart();
                }

                _doc = _doc with
                {
                    Subject = new Subject(texts.Where(x => x.Length > 0).ToImmutableArray())
                    {
                        Prefix = prefix,
                        FirstLineAsWritten = first,
                        Origin = new SourceSpan(lines.Select(l => l.Block).ToImmutableArray(), lines[0].Offset),
                    },
                };
            }
        }

        private static bool LooksLikeBody(string t)
        {
            if (t.Length > 150 || t.EndsWith(":", StringComparison.Ordinal) || t.EndsWith(";", StringComparison.Ordinal))
            {
                return true;
            }

            if (t.EndsWith(".", StringComparison.Ordinal) && t.Length > 80)
            {
                return true;
            }

            foreach (var opener in new[] { "Thực hiện", "Theo ", "Để ", "Nhằm ", "Hôm nay", "Căn cứ", "Trong ", "Ngày ", "Tiếp theo", "Xét " })
            {
                if (t.StartsWith(opener, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        // ---------------------------------------------------------------- Kính gửi (ô 9a)
        private void Addressees()
        {
            if (_i >= _s.Count || !Patterns.KinhGui.IsMatch(_s[_i].Text))
            {
                return;
            }

            var seg = _s[_i];
            var colon = seg.Text.IndexOf(':');
            var labelLength = colon >= 0 && colon < 14 ? colon + 1 : Patterns.KinhGui.Match(seg.Text).Length;
            var label = seg.Slice(0, labelLength)!;
            var items = ImmutableArray.CreateBuilder<ListItem>();
            var onLabelLine = false;
            if (seg.Slice(labelLength, seg.Text.Length - labelLength) is { } rest)
            {
                items.Add(Item(rest));
                onLabelLine = true;
            }

            _i++;
            while (_i < _s.Count)
            {
                var t = _s[_i].Text;
                if (Patterns.ListMarker.IsMatch(t) && t.Length < 200)
                {
                    items.Add(Item(_s[_i]));
                    _i++;
                    if (t.EndsWith(".", StringComparison.Ordinal))
                    {
                        break;
                    }

                    continue;
                }

                if (items.Count == 0 && t.Length < 120 && !LooksLikeBody(t) && !BodyParser.HasLabel(t))
                {
                    items.Add(Item(_s[_i]));
                    _i++;
                }

                break;
            }

            _doc = _doc with { Addressees = new Addressees(label.Element()) { Items = items.ToImmutable(), OnLabelLine = onLabelLine } };
        }

        private static ListItem Item(Segment seg)
        {
            var m = Patterns.ListMarker.Match(seg.Text);
            var marker = m.Success ? m.Groups["m"].Value : string.Empty;
            var start = m.Success ? m.Length : 0;
            return new ListItem(seg.Text.Substring(start))
            {
                Marker = marker,
                RawText = seg.Text,
                Origin = seg.SpanAt(start),
            };
        }

        // ---------------------------------------------------------------- end of the document
        private int FindAppendixStart(int from)
        {
            var sawEnd = false;
            for (var k = from; k < _s.Count; k++)
            {
                var t = _s[k].Text;
                if (Patterns.RecipientsLabel.IsMatch(t) || Patterns.IsAuthority(t))
                {
                    sawEnd = true;
                }
                else if (sawEnd && Patterns.Appendix.IsMatch(t))
                {
                    return k;
                }
            }

            return _s.Count;
        }

        private int FindEndZone(int from, int to)
        {
            var recipients = -1;
            for (var k = from; k < to; k++)
            {
                if (Patterns.RecipientsLabel.IsMatch(_s[k].Text))
                {
                    recipients = k;
                    break;
                }
            }

            // The signature starts at the first candidate after which no prose paragraph follows.
            var lastProse = from - 1;
            for (var k = to - 1; k >= from; k--)
            {
                var t = _s[k].Text;
                if (t.Length > 100 && !Patterns.ListMarker.IsMatch(t) && !Patterns.Archive.IsMatch(t))
                {
                    lastProse = k;
                    break;
                }
            }

            var signature = -1;
            for (var k = Math.Max(from, lastProse); k < to; k++)
            {
                if (IsSignatureStart(k, to))
                {
                    signature = k;
                    break;
                }
            }

            var candidates = new[] { recipients, signature }.Where(x => x >= 0).ToArray();
            return candidates.Length == 0 ? to : candidates.Min();
        }

        private bool IsSignatureStart(int k, int to)
        {
            var t = _s[k].Text;
            if (Patterns.IsAuthority(t))
            {
                return true;
            }

            if (!Patterns.IsCapsLine(t) || BodyParser.HasLabel(t))
            {
                return false;
            }

            for (var j = k + 1; j < to && j <= k + 8; j++)
            {
                var u = _s[j].Text;
                if (Patterns.IsPersonName(u, allowCaps: true))
                {
                    return true;
                }

                if (Patterns.IsCapsLine(u) || Patterns.Placeholder.IsMatch(u) || Patterns.ListMarker.IsMatch(u) || Patterns.RecipientsLabel.IsMatch(u))
                {
                    continue;
                }

                return false;
            }

            return false;
        }

        private void EndZone(int from, int to)
        {
            Recipients? recipients = null;
            var items = ImmutableArray.CreateBuilder<ListItem>();
            var signatures = new List<SignatureBuilder>();
            SignatureBuilder? current = null;
            var inRecipients = false;
            var previousWasRecipient = false;
            (SignatureBuilder Left, SignatureBuilder Right)? parallel = null;

            for (var k = from; k < to; k++)
            {
                _ct.ThrowIfCancellationRequested();
                var seg = _s[k];
                var itemsBefore = items.Count + (recipients is null ? 0 : 1);
                var t = seg.Text;
                var authority = Authorities.ParseSignatureLine(t);

                // Two signatures side by side (a biên bản's THƯ KÝ and CHỦ TỌA) flattened into one line per row.
                if (SplitColumns(seg) is { } columns && (parallel is not null || columns.All(c => Patterns.IsCapsLine(c.Text))))
                {
                    if (parallel is null)
                    {
                        parallel = (new SignatureBuilder(), new SignatureBuilder());
                        signatures.Add(parallel.Value.Left);
                        signatures.Add(parallel.Value.Right);
                        current = parallel.Value.Right;
                    }

                    AddToColumn(parallel.Value.Left, columns[0]);
                    AddToColumn(parallel.Value.Right, columns[1]);
                    previousWasRecipient = false;
                    continue;
                }

                if (Patterns.RecipientsLabel.IsMatch(t) && recipients is null)
                {
                    var colon = t.IndexOf(':');
                    var labelLength = colon >= 0 && colon < 12 ? colon + 1 : Patterns.RecipientsLabel.Match(t).Length;
                    var label = seg.Slice(0, labelLength)!;
                    recipients = new Recipients(label.Element());
                    if (seg.Slice(labelLength, t.Length - labelLength) is { } first)
                    {
                        items.Add(Item(first));
                    }

                    inRecipients = true;
                }
                else if (inRecipients && (Patterns.ListMarker.IsMatch(t) || Patterns.Archive.IsMatch(t)) && authority is null)
                {
                    items.Add(Item(seg));
                }
                else if (authority is not null)
                {
                    if (current is null || current.Name is not null)
                    {
                        current = new SignatureBuilder();
                        signatures.Add(current);
                    }

                    current.AddTitle(seg, authority);
                }
                else if (current is not null && current.Name is null && Patterns.Placeholder.IsMatch(t))
                {
                    current.Placeholders.Add(seg);
                }
                else if (current is not null && current.Name is null && current.Titles.Count > 0
                    && (Patterns.IsPersonName(t, allowCaps: true) || (current.Placeholders.Count > 0 && LooksLikeCapsName(t))))
                {
                    // After "(đã ký)" the next line is the name even in capitals with an unlisted surname.
                    current.Name = seg;
                }
                else if (Patterns.IsCapsLine(t) && Patterns.DrafterCode.IsMatch(t) is false)
                {
                    if (current is null || current.Name is not null)
                    {
                        current = new SignatureBuilder();
                        signatures.Add(current);
                    }

                    current.AddTitle(seg, null);
                }
                else if (previousWasRecipient && items.Count > 0 && StartsLower(t) && !EndsItem(items[items.Count - 1].Text))
                {
                    var last = items[items.Count - 1];
                    items[items.Count - 1] = last with
                    {
                        Text = last.Text + " " + t,
                        RawText = last.RawText + " " + t,
                        Origin = last.Origin with { Blocks = last.Origin.Blocks.Add(seg.Block) },
                    };
                }
                else if (previousWasRecipient && t.Length < 150 && (t.EndsWith(";", StringComparison.Ordinal) || t.EndsWith(".", StringComparison.Ordinal) || t.EndsWith(",", StringComparison.Ordinal)))
                {
                    items.Add(Item(seg));
                }
                else if (Patterns.DrafterCode.IsMatch(t) && _doc.DrafterCode is null)
                {
                    _doc = _doc with { DrafterCode = seg.Element() };
                }
                else if (Patterns.Contact.IsMatch(t) && t.Length < 200)
                {
                    _doc = _doc with { ContactLines = _doc.ContactLines.Add(seg.Element()) };
                }
                else if (current is not null && current.Name is null && current.Titles.Count > 0 && Patterns.IsPersonName(t, allowCaps: false) is false
                    && t.Length <= 40 && Patterns.WordCount(t) is >= 2 and <= 6 && !t.EndsWith(".", StringComparison.Ordinal) && !t.EndsWith(";", StringComparison.Ordinal))
                {
                    // A name written oddly (lower case, digits): still the name, the rules will say what is wrong.
                    current.Name = seg;
                }
                else
                {
                    Unrecognized(seg);
                }

                previousWasRecipient = items.Count + (recipients is null ? 0 : 1) > itemsBefore;
            }

            if (recipients is not null)
            {
                recipients = recipients with { Items = items.ToImmutable() };
            }

            _doc = _doc with
            {
                Recipients = recipients,
                Signatures = signatures.Where(b => b.Titles.Count > 0 || b.Name is not null).Select(b => b.Build()).ToImmutableArray(),
            };
        }

        private static readonly System.Text.RegularExpressions.Regex ColumnGap = new(@"\t+| {3,}", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        /// <summary>Splits a line into two columns at a tab or a run of three or more spaces, when it has exactly two.</summary>
        private static List<Segment>? SplitColumns(Segment seg)
        {
            var gaps = ColumnGap.Matches(seg.Text);
            if (gaps.Count != 1)
            {
                return null;
            }

            var gap = gaps[0];
            var left = seg.Slice(0, gap.Index);
            var right = seg.Slice(gap.Index + gap.Length, seg.Text.Length - gap.Index - gap.Length);
            return left is null || right is null ? null : new List<Segment> { left, right };
        }

        private static void AddToColumn(SignatureBuilder block, Segment part)
        {
            var authority = Authorities.ParseSignatureLine(part.Text);
            if (Patterns.Placeholder.IsMatch(part.Text))
            {
                block.Placeholders.Add(part);
            }
            else if (block.Titles.Count > 0 && block.Name is null && (Patterns.IsPersonName(part.Text, allowCaps: true) || (block.Placeholders.Count > 0 && LooksLikeCapsName(part.Text)) || !VietnameseText.IsAllCaps(part.Text)))
            {
                block.Name = part;
            }
            else
            {
                block.AddTitle(part, authority);
            }
        }

        private static bool LooksLikeCapsName(string t) =>
            VietnameseText.IsAllCaps(t) && Patterns.WordCount(t) is >= 2 and <= 6 && !t.Any(char.IsDigit) && !Patterns.IsAuthority(t);

        private static bool StartsLower(string t)
        {
            foreach (var ch in t)
            {
                if (char.IsLetter(ch))
                {
                    return char.IsLower(ch);
                }
            }

            return false;
        }

        private static bool EndsItem(string t) =>
            t.EndsWith(";", StringComparison.Ordinal) || t.EndsWith(".", StringComparison.Ordinal) || t.EndsWith(",", StringComparison.Ordinal);

        private void Appendices(int from)
        {
            var list = ImmutableArray.CreateBuilder<Appendix>();
            var k = from;
            while (k < _s.Count)
            {
                var labelSeg = _s[k];
                var m = Patterns.Appendix.Match(labelSeg.Text);
                var appendix = new Appendix(labelSeg.Element()) { Number = m.Groups["n"].Success ? m.Groups["n"].Value : null };
                k++;
                // The title is the line under the label whatever its case (AD4015 judges the case), unless it is the
                // "(Kèm theo ...)" line, a numbered line or a long paragraph.
                if (k < _s.Count && !Patterns.Appendix.IsMatch(_s[k].Text) && !Patterns.AppendixReference.IsMatch(_s[k].Text)
                    && !BodyParser.HasLabel(_s[k].Text) && _s[k].Text.Length <= 200 && !_s[k].Text.EndsWith(".", StringComparison.Ordinal))
                {
                    appendix = appendix with { Title = _s[k].Element() };
                    k++;
                }

                if (k < _s.Count && Patterns.AppendixReference.IsMatch(_s[k].Text))
                {
                    appendix = appendix with { Reference = _s[k].Element() };
                    k++;
                }

                var start = k;
                while (k < _s.Count && !Patterns.Appendix.IsMatch(_s[k].Text))
                {
                    k++;
                }

                list.Add(appendix with { Body = BodyParser.Parse(_s.GetRange(start, k - start), _ct) });
            }

            _doc = _doc with { Appendices = list.ToImmutable() };
        }

        // ---------------------------------------------------------------- agencies and separators
        private void AssignAgencies()
        {
            if (_agencyLines.Count == 0)
            {
                return;
            }

            var groups = new List<List<Segment>>();
            // Bold tells the issuer from its parent (not bold) when the source gives it and the lines differ.
            var bold = _agencyLines.All(l => l.IsBold() is not null) && _agencyLines.Select(l => l.IsBold()).Distinct().Count() > 1;
            if (bold)
            {
                foreach (var line in _agencyLines)
                {
                    var isBold = line.IsBold() == true;
                    if (groups.Count == 0 || (groups[groups.Count - 1][0].IsBold() == true) != isBold)
                    {
                        groups.Add(new List<Segment>());
                    }

                    groups[groups.Count - 1].Add(line);
                }
            }
            else
            {
                foreach (var line in _agencyLines)
                {
                    var startsName = Patterns.StartsWithOrganizationHead(line.Text);
                    var previous = groups.Count == 0 ? null : groups[groups.Count - 1];
                    var fragment = previous is not null && previous.Count == 1 && Patterns.WordCount(previous[0].Text) == 1;
                    if (previous is null || (startsName && !fragment))
                    {
                        groups.Add(new List<Segment>());
                    }

                    groups[groups.Count - 1].Add(line);
                }
            }

            AgencyName Name(IEnumerable<Segment> lines)
            {
                var l = lines.ToList();
                return new AgencyName(l.Select(x => x.Text).ToImmutableArray()) { Origin = new SourceSpan(l.Select(x => x.Block).ToImmutableArray(), l[0].Offset) };
            }

            var issuer = groups[groups.Count - 1];
            _doc = _doc with
            {
                IssuingAgency = Name(issuer),
                ParentAgency = groups.Count > 1 ? Name(groups.Take(groups.Count - 1).SelectMany(g => g)) : null,
            };
        }

        /// <summary>Typed rules (<c>-------</c>, <c>*</c>) belong under the issuer, the Tiêu ngữ or the subject.</summary>
        private void AssignSeparators()
        {
            // Order of appearance of the header elements that can carry a rule; each separator goes to the latest
            // element before it that has none yet.
            var targets = new List<(Segment Seg, string What)>();
            foreach (var (seg, code) in _separators.OrderBy(x => x.Separator.Block.Index).ThenBy(x => x.Separator.Offset))
            {
                if (code == -4 || code == -5)
                {
                    if (code == -4 && _doc.IssuingAgency is { Rule: null } left)
                    {
                        _doc = _doc with { IssuingAgency = left with { Rule = seg.Element() } };
                    }
                    else if (code == -5 && _doc.Motto is { Rule: null } right)
                    {
                        _doc = _doc with { Motto = right with { Rule = seg.Element() } };
                    }
                    else
                    {
                        Unrecognized(seg);
                    }
                }
                else if (code == -1)
                {
                    targets.Add((seg, "agency"));
                }
                else if (code == -2)
                {
                    targets.Add((seg, "motto"));
                }
                else if (code == -3)
                {
                    if (_doc.Subject is { Rule: null } subject)
                    {
                        _doc = _doc with { Subject = subject with { Rule = seg.Element() } };
                    }
                    else if (_doc.Subject is null && _doc.Title is { Rule: null } title)
                    {
                        // A giấy giới thiệu or giấy nghỉ phép has no trích yếu: the rule sits under the tên loại.
                        _doc = _doc with { Title = title with { Rule = seg.Element() } };
                    }
                    else
                    {
                        Unrecognized(seg);
                    }
                }
                else
                {
                    var placed = false;
                    for (var t = targets.Count - 1; t >= 0 && !placed; t--)
                    {
                        if (targets[t].What == "motto" && _doc.Motto is { Rule: null } motto)
                        {
                            _doc = _doc with { Motto = motto with { Rule = seg.Element() } };
                            placed = true;
                        }
                        else if (targets[t].What == "agency" && _doc.IssuingAgency is { Rule: null } issuer)
                        {
                            _doc = _doc with { IssuingAgency = issuer with { Rule = seg.Element() } };
                            placed = true;
                        }
                    }

                    if (!placed)
                    {
                        Unrecognized(seg);
                    }
                }
            }
        }

        // ---------------------------------------------------------------- line tests
        private static bool IsNationalTitle(string t)
        {
            var m = Patterns.NationalTitle.Match(t);
            return m.Success && m.Index == 0 && m.Length == t.TrimEnd('.').Length;
        }

        private static bool IsMotto(string t)
        {
            var m = Patterns.Motto.Match(t);
            return m.Success && m.Index == 0 && m.Length >= t.TrimEnd('.', '!').Length;
        }

        private static bool IsPartyHeading(string t)
        {
            var m = Patterns.PartyHeading.Match(t);
            return m.Success && m.Index == 0 && m.Length == t.Length;
        }

        private static bool IsHeaderPlaceDate(string t)
        {
            var m = Patterns.PlaceDate.Match(t);
            if (!m.Success || t.Length > 90)
            {
                return false;
            }

            var before = t.Substring(0, m.Index).Trim().TrimEnd(',').Trim();
            return before.Length == 0 || (Patterns.WordCount(before) <= 6 && !before.Contains("/") && !VietnameseText.IsAllCaps(before, 4) && VietnameseText.StartsUpper(before) || before.Length <= 2);
        }

        private static (DocumentKind Kind, int Length)? IsTitleLine(string t)
        {
            var collapsed = VietnameseText.CollapseSpaces(t).TrimEnd('.');
            if (collapsed.EndsWith(":", StringComparison.Ordinal))
            {
                return null;
            }

            var key = VietnameseText.Key(collapsed);
            if (key == CongVanKey)
            {
                return (DocumentKind.OfficialLetter, t.Length);
            }

            foreach (var info in DocumentKindInfo.All)
            {
                if (info.Title is null)
                {
                    continue;
                }

                if (info.TitleKey == key)
                {
                    return (info.Kind, t.Length);
                }

                // "BÁO CÁO Kết quả ...": the title in capitals followed by the subject on the same line.
                if (t.StartsWith(info.Title + " ", StringComparison.Ordinal) && t.Length > info.Title.Length + 1 && !VietnameseText.IsAllCaps(t.Substring(info.Title.Length)))
                {
                    return (info.Kind, info.Title.Length);
                }
            }

            // A thư công has no tên loại of its own in Phụ lục III; its title line names the letter ("THƯ CHÚC MỪNG",
            // "THƯ CẢM ƠN", "THƯ NGỎ"), in capitals.
            if (collapsed.StartsWith("THƯ ", StringComparison.Ordinal) && VietnameseText.IsAllCaps(collapsed)
                && Patterns.WordCount(collapsed) is >= 2 and <= 6 && key != ThuKyKey)
            {
                return (DocumentKind.PublicLetter, t.Length);
            }

            return OtherTitleKeys.Contains(key) ? (DocumentKind.Other, t.Length) : null;
        }

        private static bool IsTitleLike(string t) =>
            Patterns.IsCapsLine(t) && Patterns.WordCount(t) <= 5 && !Patterns.StartsWithOrganizationHead(t) && !Patterns.Separator.IsMatch(t);

        private static readonly string CongVanKey = VietnameseText.Key("CÔNG VĂN");

        private static readonly string ThuKyKey = VietnameseText.Key("THƯ KÝ");

        // Titles of kinds outside Nghị định 30's list: TT01's own types and Party types (kind Other).
        private static readonly HashSet<string> OtherTitleKeys = new(
            new[] { "BẢN CAM KẾT", "GIẤY CHỨNG NHẬN", "GIẤY ĐI ĐƯỜNG", "GIẤY BIÊN NHẬN HỒ SƠ", "KẾT LUẬN", "THÔNG TRI", "DIỄN VĂN" }.Select(VietnameseText.Key),
            StringComparer.Ordinal);

        private void Unrecognized(Segment seg) => _unrecognized.Add(new UnrecognizedBlock(seg.Text) { Origin = seg.Span });
    }

    private sealed class SignatureBuilder
    {
        public List<(Segment Seg, string? Authority, int TitleOffset)> Titles { get; } = new();

        public List<Segment> Placeholders { get; } = new();

        public Segment? Name { get; set; }

        public void AddTitle(Segment seg, AuthorityPrefix? authority)
        {
            if (authority is not null)
            {
                Titles.Add((seg, seg.Text.Substring(0, authority.PrefixOffset + authority.Prefix.Length), authority.RestOffset));
            }
            else
            {
                Titles.Add((seg, null, 0));
            }
        }

        public SignatureBlock Build()
        {
            var lines = new List<TextElement>();
            lines.AddRange(Titles.Select(t => t.Seg.Element()));
            lines.AddRange(Placeholders.Select(p => p.Element()));
            if (Name is not null)
            {
                lines.Add(Name.Element());
            }

            var first = Titles.Count > 0 ? Titles[0] : default;
            var titles = Titles.Select((t, i) => i == 0 && t.Authority is not null ? t.Seg.Text.Substring(t.TitleOffset) : t.Seg.Text).ToImmutableArray();
            var origin = Titles.Count > 0 ? Titles[0].Seg.Span : Name!.Span;
            return new SignatureBlock
            {
                Authority = Titles.Count > 0 ? first.Authority : null,
                Titles = titles,
                Placeholders = Placeholders.Select(p => p.Text).ToImmutableArray(),
                SignerName = Name?.Element(),
                Lines = lines.OrderBy(l => l.Origin.Blocks[0].Index).ToImmutableArray(),
                Origin = origin with { Blocks = lines.Select(l => l.Origin.Blocks[0]).Distinct().OrderBy(b => b.Index).ToImmutableArray() },
            };
        }
    }
}

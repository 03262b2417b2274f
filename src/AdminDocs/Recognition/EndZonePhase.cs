using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AdminDocs.Decree;
using AdminDocs.Text;

namespace AdminDocs.Recognition;

/// <summary>The end phase (ô 7, 8, 9b): where the body ends, the Nơi nhận list and the signature blocks in any order, interleaved, side by side.</summary>
internal sealed class EndZonePhase
{
    private readonly RecognitionCursor _c;

    public EndZonePhase(RecognitionCursor cursor)
    {
        _c = cursor;
    }

    // ---------------------------------------------------------------- end of the document
    /// <summary>
    /// Where the appendices start: the first "Phụ lục" line after the Nơi nhận or the signature, or, once the
    /// signer's name has been written, an attachment with no "Phụ lục" line — a heading in capitals over its
    /// "(Kèm theo ...)" line ("HÀNG HÓA NGUY HIỂM ĐƯỢC PHÉP VẬN CHUYỂN" / "(Kèm theo Giấy phép ...)").
    /// </summary>
    internal int FindAppendixStart(int from)
    {
        var sawEnd = false;
        var sawName = false;
        for (var k = from; k < _c.Segments.Count; k++)
        {
            var seg = _c.Segments[k];
            var t = seg.Text;
            if (sawEnd && (Patterns.IsPersonName(t, allowCaps: false)
                || (SplitColumns(seg) is { } columns && Patterns.IsPersonName(columns[1].Text, allowCaps: false))))
            {
                sawName = true;
            }

            if (Patterns.RecipientsLabel.IsMatch(t) || Patterns.IsAuthority(t))
            {
                sawEnd = true;
            }
            else if (sawEnd && Patterns.Appendix.IsMatch(t))
            {
                return k;
            }
            else if (sawName && AttachmentReference.IsMatch(t) && AttachmentHeading(from, k) is { } heading)
            {
                return heading;
            }
        }

        return _c.Segments.Count;
    }

    // "(Kèm theo …)", "(Ban hành kèm theo …)", "(Ban hành theo Quyết định …)", in italics marked with "*" or not.
    private static readonly System.Text.RegularExpressions.Regex AttachmentReference = new(
        @"^\**\(\s*(?:[Bb]an\s+hành\s+)?(?:[Kk]èm\s+)?theo\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The first line of the heading in capitals (one to three lines, outside tables) right above the
    /// reference line at <paramref name="reference"/>, or <see langword="null"/>.</summary>
    private int? AttachmentHeading(int from, int reference)
    {
        int? first = null;
        for (var j = reference - 1; j >= from && j >= reference - 3; j--)
        {
            var heading = _c.Segments[j];
            if (heading.Block.Cell is not null || !VietnameseText.IsAllCaps(heading.Text, 2) || heading.Text.EndsWith(":", StringComparison.Ordinal)
                || heading.Text.Length > 400 || Patterns.IsAuthority(heading.Text))
            {
                break;
            }

            first = j;
        }

        return first;
    }

    internal int FindEndZone(int from, int to)
    {
        var recipients = -1;
        for (var k = from; k < to; k++)
        {
            if (Patterns.RecipientsLabel.IsMatch(_c.Segments[k].Text))
            {
                recipients = k;
                break;
            }
        }

        // The signature starts at the first candidate after which no prose paragraph follows.
        var lastProse = from - 1;
        for (var k = to - 1; k >= from; k--)
        {
            var t = _c.Segments[k].Text;
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

    internal bool IsSignatureStart(int k, int to)
    {
        var t = _c.Segments[k].Text;
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
            var u = _c.Segments[j].Text;
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

    internal void EndZone(int from, int to)
    {
        Recipients? recipients = null;
        var items = ImmutableArray.CreateBuilder<ListItem>();
        var signatures = new List<SignatureBuilder>();
        SignatureBuilder? current = null;
        var inRecipients = false;
        var previousWasRecipient = false;
        // The source line of the last Nơi nhận item: on a flattened footer line the item's column comes before the
        // signature's ("- Văn phòng Sở (Bố trí kinh phí, phương      TRƯỞNG ĐOÀN"), and the item's wrapped end on the next
        // line ("tiện phục vụ Đoàn kiểm tra);") still belongs to it.
        var lastItemLine = -1;
        (SignatureBuilder Left, SignatureBuilder Right)? parallel = null;

        // Footer columns flattened line by line (a PDF's text layer kept with its layout): "Nơi nhận:      KT. BỘ TRƯỞNG",
        // "- Như trên;      THỨ TRƯỞNG". Each such line is read as its left part, then its right part.
        // Each part keeps the index of the source line it came from: the signature's "line right under the name" test
        // works on source lines.
        var work = new List<(Segment Segment, int Line)>();
        for (var k = from; k < to; k++)
        {
            if (SplitFooterLine(_c.Segments[k]) is { } parts)
            {
                work.AddRange(parts.Select(part => (part, k)));
            }
            else
            {
                work.Add((_c.Segments[k], k));
            }
        }

        foreach (var (seg, k) in work)
        {
            _c.CancellationToken.ThrowIfCancellationRequested();
            var itemsBefore = items.Count + (recipients is null ? 0 : 1);
            var t = seg.Text;
            var authority = Authorities.ParseSignatureLine(t);

            var columns = SplitColumns(seg);

            // "TM. ỦY BAN NHÂN DÂN" and "KT. CHỦ TỊCH" typed in one paragraph, pushed apart by spaces: one block's
            // two title lines, not two signatures side by side.
            if (parallel is null && columns is not null && IsAuthorityChain(columns[0].Text, columns[1].Text))
            {
                if (current is null || current.Name is not null)
                {
                    current = new SignatureBuilder();
                    signatures.Add(current);
                }

                current.AddTitle(columns[0], Authorities.ParseSignatureLine(columns[0].Text));
                current.AddTitle(columns[1], Authorities.ParseSignatureLine(columns[1].Text));
                previousWasRecipient = false;
                continue;
            }

            // Two signatures side by side (a biên bản's THƯ KÝ and CHỦ TỌA) flattened into one line per row.
            if (columns is not null && (parallel is not null || columns.All(c => Patterns.IsCapsLine(c.Text))))
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

            if (Patterns.PageMarker.IsMatch(t))
            {
                // A page break of the extraction inside the footer: neither an item nor a name.
                _c.Unrecognized(seg);
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
                    foreach (var part in SplitInlineItems(first))
                    {
                        items.Add(AddresseesPhase.Item(part));
                    }
                }

                inRecipients = true;
            }
            else if (inRecipients && (Patterns.ListMarker.IsMatch(t) || Patterns.Archive.IsMatch(t)) && authority is null)
            {
                foreach (var part in SplitInlineItems(seg))
                {
                    items.Add(AddresseesPhase.Item(part));
                }
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
                current.LastLine = k;
            }
            else if (current?.Name is not null && current.LastLine == k - 1 && Patterns.IsCapsLine(t) && authority is null
                && SignatureNames.IsPersonalTitle(t) && !IsSignatureStart(k, to))
            {
                // The signer's post printed under the name ("PHÓ GIÁM ĐỐC SỞ CÔNG THƯƠNG"), with no name of its own
                // below: a line of this block, not the start of another. (An appendix's title in capitals after the
                // signature is not a post: it still starts a block of its own.)
                current.Others.Add(seg);
                current.LastLine = k;
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
            else if ((previousWasRecipient || lastItemLine == k - 1) && items.Count > 0 && StartsLower(t) && !EndsItem(items[items.Count - 1].Text))
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
                items.Add(AddresseesPhase.Item(seg));
            }
            else if (Patterns.DrafterCode.IsMatch(t) && _c.Document.DrafterCode is null)
            {
                _c.Document = _c.Document with { DrafterCode = seg.Element() };
            }
            else if (Patterns.Contact.IsMatch(t) && t.Length < 200)
            {
                _c.Document = _c.Document with { ContactLines = _c.Document.ContactLines.Add(seg.Element()) };
            }
            else if (current is not null && current.Name is null && current.Titles.Count > 0 && Patterns.IsPersonName(t, allowCaps: false) is false
                && t.Length <= 40 && Patterns.WordCount(t) is >= 2 and <= 6 && !t.EndsWith(".", StringComparison.Ordinal) && !t.EndsWith(";", StringComparison.Ordinal))
            {
                // A name written oddly (lower case, digits): still the name, the rules will say what is wrong.
                current.Name = seg;
                current.LastLine = k;
            }
            else
            {
                _c.Unrecognized(seg);
            }

            previousWasRecipient = items.Count + (recipients is null ? 0 : 1) > itemsBefore;
            if (previousWasRecipient)
            {
                lastItemLine = k;
            }
        }

        if (recipients is not null)
        {
            recipients = recipients with { Items = items.ToImmutable() };
        }

        _c.Document = _c.Document with
        {
            Recipients = recipients,
            Signatures = signatures.Where(b => b.Titles.Count > 0 || b.Name is not null).Select(b => b.Build()).ToImmutableArray(),
        };
    }

    internal static readonly System.Text.RegularExpressions.Regex ColumnGap = new(@"\t+| {3,}", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Splits a line into two columns at a tab or a run of three or more spaces, when it has exactly two.</summary>
    internal static List<Segment>? SplitColumns(Segment seg)
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

    /// <summary>
    /// Splits a footer line whose two columns were flattened into one — the Nơi nhận label or an item on the left, a
    /// line of the signature block (an authority, a title in capitals, a note such as "(Đã ký)", the name) on the
    /// right — into its two parts; <see langword="null"/> for any other line.
    /// </summary>
    internal static List<Segment>? SplitFooterLine(Segment seg)
    {
        var columns = SplitColumns(seg);
        if (columns is null && seg.Text.IndexOf('|') > 0 && HeaderPhase.SplitOn(seg, '|') is { Count: 2 } cells)
        {
            // The last row of a web page's footer table: "- Lưu: VT, VLXD. | BỘ TRƯỞNG".
            columns = cells;
        }

        if (columns is null)
        {
            return null;
        }

        var left = columns[0].Text;
        var right = columns[1].Text;
        // The left part may also be the wrapped end of an item ("thông của địa phương);      Nguyễn Xuân Nhẫn").
        var leftIsList = Patterns.RecipientsLabel.IsMatch(left) || Patterns.ListMarker.IsMatch(left) || Patterns.Archive.IsMatch(left)
            || (StartsLower(left) && left.Length <= 120);
        var rightIsSignature = Patterns.IsAuthority(right) || Patterns.Placeholder.IsMatch(right)
            || (Patterns.IsCapsLine(right) && !Patterns.ListMarker.IsMatch(right))
            || Patterns.IsPersonName(right, allowCaps: true);
        if (leftIsList && rightIsSignature)
        {
            return columns;
        }

        // The whole signature block in one cell of a web page's table: "KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM     Nguyễn
        // Cao Lục" — its titles (the deputy's title after the head's) and, after the gap, the name.
        if (Patterns.IsAuthority(left) && Patterns.IsCapsLine(left) && Patterns.IsPersonName(right, allowCaps: false))
        {
            var parts = new List<Segment>();
            var start = 0;
            var titleStart = Authorities.ParseSignatureLine(left)?.RestOffset ?? 0;
            foreach (System.Text.RegularExpressions.Match m in DeputyTitle.Matches(left))
            {
                if (m.Index <= titleStart)
                {
                    continue;
                }

                if (columns[0].Slice(start, m.Index - start) is { } title)
                {
                    parts.Add(title);
                }

                start = m.Index;
            }

            if (columns[0].Slice(start, left.Length - start) is { } rest)
            {
                parts.Add(rest);
            }

            parts.Add(columns[1]);
            return parts;
        }

        return null;
    }

    // A deputy's title after the head's title on the line of the authority ("KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM").
    private static readonly System.Text.RegularExpressions.Regex DeputyTitle = new(
        @"(?<=\S\s+)(?=PHÓ\s+\p{Lu}|THỨ\s+TRƯỞNG\b)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex InlineItemStart = new(
        @"(?<=[;.])\s+(?=[" + Dashes.Common + @"+•]\s*\S)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Splits a Nơi nhận line that holds several items one after the other — web pages and Markdown tables put the
    /// whole list in one cell: "- Như trên; - TTgCP, Phó TTg Lê Văn Thành; - Lưu: VT, NN." — into one segment per
    /// item. An item starts at a list dash after the ";" or "." that ends the one before it.
    /// </summary>
    internal static List<Segment> SplitInlineItems(Segment seg)
    {
        var parts = new List<Segment>();
        var start = 0;
        foreach (System.Text.RegularExpressions.Match m in InlineItemStart.Matches(seg.Text))
        {
            if (seg.Slice(start, m.Index - start) is { } item)
            {
                parts.Add(item);
            }

            start = m.Index + m.Length;
        }

        if (parts.Count == 0)
        {
            parts.Add(seg);
        }
        else if (seg.Slice(start, seg.Text.Length - start) is { } last)
        {
            parts.Add(last);
        }

        return parts;
    }

    /// <summary>Whether two authority lines are one chain (TM. then KT., TL. or TUQ. under it) rather than two
    /// signatures side by side (TM. and TM., KT. and KT.).</summary>
    internal static bool IsAuthorityChain(string left, string right) =>
        Authorities.ParseSignatureLine(left) is { Kind: AuthorityKind.OnBehalf }
        && Authorities.ParseSignatureLine(right) is { Kind: not AuthorityKind.OnBehalf and not AuthorityKind.None };

    internal static void AddToColumn(SignatureBuilder block, Segment part)
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

    internal static bool LooksLikeCapsName(string t) =>
        VietnameseText.IsAllCaps(t) && Patterns.WordCount(t) is >= 2 and <= 6 && !t.Any(char.IsDigit) && !Patterns.IsAuthority(t);

    internal static bool StartsLower(string t)
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

    internal static bool EndsItem(string t) =>
        t.EndsWith(";", StringComparison.Ordinal) || t.EndsWith(".", StringComparison.Ordinal) || t.EndsWith(",", StringComparison.Ordinal);
}

/// <summary>A signature block as the end phase collects it.</summary>
internal sealed class SignatureBuilder
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

    /// <summary>Lines of the block that are none of its parts (the signer's post printed under the name).</summary>
    public List<Segment> Others { get; } = new();

    /// <summary>The index of the segment last read as the name or a line under it.</summary>
    public int LastLine { get; set; } = -1;

    public SignatureBlock Build()
    {
        var lines = new List<(Segment Seg, SignatureLineRole Role)>();
        lines.AddRange(Titles.Select(t => (t.Seg, t.Authority is not null || Authorities.Parse(t.Seg.Text) is not null ? SignatureLineRole.Authority : SignatureLineRole.Title)));
        lines.AddRange(Placeholders.Select(p => (p, SignatureLineRole.Note)));
        if (Name is not null)
        {
            lines.Add((Name, SignatureLineRole.Name));
        }

        lines.AddRange(Others.Select(o => (o, SignatureLineRole.Other)));
        var ordered = lines
            .OrderBy(l => l.Seg.Span.Blocks[0].Index)
            .ThenBy(l => l.Seg.Span.Offset)
            .Select(l => new SignatureLine(l.Seg.Text, l.Role) { Origin = l.Seg.Span })
            .ToList();
        SignatureNames.PromoteNameAmongTitles(ordered);
        var origin = Titles.Count > 0 ? Titles[0].Seg.Span : Name!.Span;
        return new SignatureBlock
        {
            SignatureLines = ordered.ToImmutableArray(),
            Origin = origin with { Blocks = ordered.Select(l => l.Origin.Blocks[0]).Distinct().OrderBy(b => b.Index).ToImmutableArray() },
        };
    }
}

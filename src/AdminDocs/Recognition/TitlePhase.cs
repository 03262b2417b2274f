using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AdminDocs.Text;

namespace AdminDocs.Recognition;

/// <summary>The title phase (ô 5a): tên loại and the trích yếu under it.</summary>
internal sealed class TitlePhase
{
    private readonly RecognitionCursor _c;

    public TitlePhase(RecognitionCursor cursor)
    {
        _c = cursor;
    }

    // ---------------------------------------------------------------- title and subject (ô 5a)
    internal void TitleAndSubject()
    {
        if (_c.Index >= _c.Segments.Count)
        {
            return;
        }

        var seg = _c.Segments[_c.Index];
        var title = LineTests.IsTitleLine(seg.Text);
        if (title is null && !(LineTests.IsTitleLike(seg.Text) && _c.AgencyLines.Count > 0))
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
                    _c.Segments[_c.Index] = titleSeg;
                    _c.Segments.Insert(_c.Index + 1, remainder);
                }
            }
        }

        _c.Document = _c.Document with { Title = titleSeg.Element(), Kind = kind };
        _c.Index++;

        // The trích yếu: the lines up to the first body paragraph.
        var lines = new List<Segment>();
        while (_c.Index < _c.Segments.Count && lines.Count < 6)
        {
            var t = _c.Segments[_c.Index].Text;
            if (Patterns.Separator.IsMatch(t))
            {
                _c.Separators.Add((_c.Segments[_c.Index], -3));
                _c.Index++;
                break;
            }

            if (Patterns.KinhGui.IsMatch(t) || Patterns.LegalBasis.IsMatch(t) || BodyParser.HasLabel(t) || Patterns.RecipientsLabel.IsMatch(t)
                || Patterns.IsAuthority(t) || LooksLikeBody(t) || (lines.Count > 0 && _c.Segments[_c.Index].BlankBefore))
            {
                break;
            }

            // A sentence-case trích yếu ends where a line in capitals starts (a quyết định's authority line).
            if (lines.Count > 0 && VietnameseText.IsAllCaps(t, 4) && !VietnameseText.IsAllCaps(lines[0].Text))
            {
                break;
            }

            // The enacting authority's line ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "GIÁM ĐỐC SỞ CÔNG THƯƠNG") is
            // never a trích yếu, even right under a tên loại that has none (a giấy phép).
            if (IsEnactingAuthority(t))
            {
                break;
            }

            if (lines.Count == 0 && _c.Segments[_c.Index].BlankBefore && !(VietnameseText.IsAllCaps(t) || t.StartsWith("Về", StringComparison.Ordinal) || t.StartsWith("về", StringComparison.Ordinal)))
            {
                break;
            }

            lines.Add(_c.Segments[_c.Index]);
            _c.Index++;
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

            _c.Document = _c.Document with
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

    private static readonly string[] EnactingHeads =
    {
        "CHỦ TỊCH ", "GIÁM ĐỐC ", "BỘ TRƯỞNG ", "CỤC TRƯỞNG ", "TỔNG CỤC TRƯỞNG ", "VIỆN TRƯỞNG ", "HIỆU TRƯỞNG ",
        "CHÁNH VĂN PHÒNG ", "TRƯỞNG BAN ", "THỦ TƯỚNG ",
    };

    /// <summary>Whether a line in capitals names the head who enacts the document ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X").</summary>
    internal static bool IsEnactingAuthority(string t)
    {
        if (!VietnameseText.IsAllCaps(t, 4) || Patterns.WordCount(t) < 3)
        {
            return false;
        }

        foreach (var head in EnactingHeads)
        {
            if (t.StartsWith(head, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool LooksLikeBody(string t)
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
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AdminDocs.Sources;
using AdminDocs.Text;

namespace AdminDocs.Recognition;

/// <summary>The header phase (ô 1–4, 5b and the marks): Quốc hiệu, Tiêu ngữ, Party heading, agency lines, số và ký hiệu, địa danh và ngày tháng, V/v trích yếu, độ khẩn and độ mật; it splits the header lines that extraction flattened.</summary>
internal sealed class HeaderPhase
{
    private readonly RecognitionCursor _c;

    public HeaderPhase(RecognitionCursor cursor)
    {
        _c = cursor;
    }

    // ---------------------------------------------------------------- header (ô 1–4, 5b, marks)
    internal int Header()
    {
        var seenAnchor = false;
        var i = 0;
        while (i < _c.Segments.Count)
        {
            _c.CancellationToken.ThrowIfCancellationRequested();
            var seg = _c.Segments[i];
            var t = seg.Text;

            if (t.IndexOf('|') >= 0 && SplitAt(i, SplitOn(seg, '|')))
            {
                continue;
            }

            if (SplitAt(i, SplitAnchors(seg)))
            {
                continue;
            }

            if (SplitAt(i, SplitTrailingRule(seg)))
            {
                continue;
            }

            if (LineTests.IsNationalTitle(t))
            {
                if (_c.Document.NationalTitle is null)
                {
                    _c.Document = _c.Document with { NationalTitle = seg.Element() };
                }
                else
                {
                    _c.Unrecognized(seg);
                }

                seenAnchor = true;
            }
            else if (LineTests.IsMotto(t))
            {
                if (_c.Document.Motto is null)
                {
                    _c.Document = _c.Document with { Motto = seg.Element() };
                    _c.Separators.Add((seg, -2));
                }
                else
                {
                    _c.Unrecognized(seg);
                }

                seenAnchor = true;
            }
            else if (LineTests.IsPartyHeading(t))
            {
                _c.Document = _c.Document with { PartyHeading = seg.Element() };
                seenAnchor = true;
            }
            else if (Patterns.Separator.IsMatch(t))
            {
                var columns = t.IndexOf('\t') >= 0 ? SplitOn(seg, '\t') : null;
                if (columns is { Count: 2 } && columns.All(c => Patterns.Separator.IsMatch(c.Text)))
                {
                    // "-------<tab>---------------": the rule of the left column, then that of the right one.
                    _c.Separators.Add((columns[0], -4));
                    _c.Separators.Add((columns[1], -5));
                }
                else
                {
                    _c.Separators.Add((seg, i));
                }
            }
            else if (Patterns.Mark(t, out var markKind) is not null)
            {
                AddMark(seg, markKind);
            }
            else if (_c.Document.Number is null && Patterns.NumberStart.IsMatch(t) && LineParsers.ParseNumber(t) is not null)
            {
                // NumberStart takes "Số:#215/BC" for a number line, the parser needs white space, a digit or "/" after
                // the label; Number() relies on the parse (a crash before: HTML fuzzing).
                if (SplitAt(i, SplitNumberLine(seg)))
                {
                    continue;
                }

                i = Number(i);
                seenAnchor = true;
                continue;
            }
            else if (_c.Document.PlaceDate is null && LineTests.IsHeaderPlaceDate(t) && LineParsers.ParsePlaceDate(t) is { } placeDate)
            {
                // IsHeaderPlaceDate finds "tháng ... năm" anywhere; the parse also needs a "ngày" or nothing between
                // the place and "tháng" ("Bình Định, ngay 05 tháng ..." is not parsed, and was a crash: fuzzing).
                _c.Document = _c.Document with { PlaceDate = placeDate with { Origin = seg.Span } };
                seenAnchor = true;
            }
            else if (Patterns.Vv.IsMatch(t) && _c.Document.Subject is null)
            {
                i = VvSubject(i);
                seenAnchor = true;
                continue;
            }
            else if (Patterns.KinhGui.IsMatch(t) || LineTests.IsTitleLine(t) is not null || (LineTests.IsTitleLike(t) && (_c.Document.Number is not null || _c.Document.PlaceDate is not null) && _c.AgencyLines.Count > 0))
            {
                return i;
            }
            else if (Patterns.PageMarker.IsMatch(t))
            {
                // "===== TRANG 1 =====" from an OCR or PDF extraction: the page, not a line of the header.
                _c.Unrecognized(seg);
            }
            else if (Patterns.IsCapsLine(t) || (_c.Document.Number is null && Patterns.StartsWithOrganizationHead(t) && Patterns.WordCount(t) <= 12))
            {
                _c.AgencyLines.Add(seg);
                _c.Separators.Add((seg, -1));
                seenAnchor = true;
            }
            else if (!seenAnchor)
            {
                _c.Unrecognized(seg);
            }
            else
            {
                return i;
            }

            i++;
        }

        return i;
    }

    internal bool SplitAt(int i, List<Segment>? parts)
    {
        if (parts is null || parts.Count <= 1)
        {
            return false;
        }

        _c.Segments.RemoveAt(i);
        _c.Segments.InsertRange(i, parts);
        return true;
    }

    /// <summary>Splits a line at every <paramref name="separator"/> (a tab between a web page's columns, a pipe of a
    /// Markdown table row) into its non-blank parts.</summary>
    internal static List<Segment> SplitOn(Segment seg, char separator)
    {
        var parts = new List<Segment>();
        var start = 0;
        for (var k = 0; k <= seg.Text.Length; k++)
        {
            if (k == seg.Text.Length || seg.Text[k] == separator)
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

    private static readonly System.Text.RegularExpressions.Regex TrailingRule = new(
        @"(?<=\p{L}[\p{L}\p{N})]*)\s+[" + Decree.Dashes.RegexClass + @"_=~*]{3,}\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Splits the typed rule off a header line that ends with it — a web page's header cell puts the issuer and its
    /// rule on one line ("VĂN PHÒNG CHÍNH PHỦ -------"), so the rule is the issuer's rule, not part of its name.
    /// </summary>
    internal static List<Segment>? SplitTrailingRule(Segment seg)
    {
        var m = TrailingRule.Match(seg.Text);
        if (!m.Success || m.Index == 0)
        {
            return null;
        }

        var name = seg.Slice(0, m.Index);
        var rule = seg.Slice(m.Index, seg.Text.Length - m.Index);
        return name is null || rule is null ? null : new List<Segment> { name, rule };
    }

    /// <summary>Splits a line where the two header columns were flattened: "UBND TỈNH X CỘNG HÒA XÃ HỘI ...",
    /// "SỞ Y Độc lập - Tự do - Hạnh phúc", "TỈNH ỦY X ĐẢNG CỘNG SẢN VIỆT NAM".</summary>
    internal static List<Segment>? SplitAnchors(Segment seg)
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
    internal static List<Segment>? SplitNumberLine(Segment seg)
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

    internal static List<Segment> Parts(Segment seg, int at)
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

    internal static IEnumerable<int> WordStarts(string t, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!char.IsWhiteSpace(t[k]) && (k == 0 || char.IsWhiteSpace(t[k - 1])))
            {
                yield return k;
            }
        }
    }

    internal static int WordEnd(string t, int k)
    {
        while (k < t.Length && !char.IsWhiteSpace(t[k]))
        {
            k++;
        }

        return k;
    }

    internal int Number(int i)
    {
        var seg = _c.Segments[i];
        var text = seg.Text;
        var blocks = ImmutableArray.Create(seg.Block);
        var next = i + 1;

        // "Số: 118 / BC-BCĐ-" + "ATTP": the ký hiệu continues on the next line.
        if ((text.EndsWith("-", StringComparison.Ordinal) || text.EndsWith("/", StringComparison.Ordinal)) && next < _c.Segments.Count
            && VietnameseText.IsAllCaps(_c.Segments[next].Text) && _c.Segments[next].Text.IndexOf(' ') < 0)
        {
            text += _c.Segments[next].Text;
            blocks = blocks.Add(_c.Segments[next].Block);
            next++;
        }

        var number = LineParsers.ParseNumber(text)!;
        _c.Document = _c.Document with { Number = number with { Origin = new SourceSpan(blocks, seg.Offset) } };
        return next;
    }

    internal int VvSubject(int i)
    {
        var first = _c.Segments[i];
        var m = Patterns.Vv.Match(first.Text);
        var rest = first.Text.Substring(m.Length).TrimStart(' ', ':', '.').TrimStart();
        var lines = new List<string>();
        var blocks = new List<SourceBlock> { first.Block };
        if (rest.Length > 0)
        {
            lines.Add(rest);
        }

        var k = i + 1;
        while (k < _c.Segments.Count && !_c.Segments[k].BlankBefore && lines.Count < 6)
        {
            var t = _c.Segments[k].Text;
            if (LineTests.IsNationalTitle(t) || LineTests.IsMotto(t) || Patterns.NumberStart.IsMatch(t) || LineTests.IsHeaderPlaceDate(t) || Patterns.KinhGui.IsMatch(t)
                || Patterns.Separator.IsMatch(t) || VietnameseText.IsAllCaps(t) || t.Length > 120)
            {
                break;
            }

            lines.Add(t);
            blocks.Add(_c.Segments[k].Block);
            k++;
        }

        var subject = new Subject(lines.ToImmutableArray())
        {
            Prefix = first.Text.Substring(0, m.Length),
            FirstLineAsWritten = first.Text,
            Origin = new SourceSpan(blocks.ToImmutableArray(), first.Offset),
        };
        _c.Document = _c.Document with { Subject = subject };
        return k;
    }

    internal void AddMark(Segment seg, MarkKind kind)
    {
        var marks = _c.Document.Marks;
        marks = kind switch
        {
            MarkKind.Urgency when marks.Urgency is null => marks with { Urgency = seg.Element() },
            MarkKind.Secrecy when marks.Secrecy is null => marks with { Secrecy = seg.Element() },
            _ => marks with { Circulation = marks.Circulation.Add(seg.Element()) },
        };
        _c.Document = _c.Document with { Marks = marks };
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using AdminDocs.Sources;

namespace AdminDocs.Reading;

/// <summary>
/// Removes inline Markdown emphasis markers (<c>*</c>, <c>**</c>, <c>_</c>, <c>__</c>) from the lines of one
/// paragraph, keeping the emphasis as run formatting. The delimiter rules follow CommonMark's flanking rules, so
/// <c>a * b</c>, <c>snake_case</c>, <c>***</c> or <c>-------</c> separator lines and unmatched markers stay text.
/// Only emphasis is interpreted; no other Markdown.
/// </summary>
internal static class EmphasisParser
{
    private sealed class Delimiter
    {
        public int Start;
        public int Length;
        public char Char;
        public bool CanOpen;
        public bool CanClose;
        public int OpenRemaining;
        public int CloseUsed;
        public bool Active = true;
    }

    public static IEnumerable<SourceBlock> Build(List<(int LineNumber, string Text)> lines, int firstIndex, int blankLinesBefore)
    {
        var all = new StringBuilder();
        var starts = new int[lines.Count];
        var literal = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                all.Append('\n');
            }

            starts[i] = all.Length;
            all.Append(lines[i].Text);
            literal[i] = IsSeparatorLine(lines[i].Text);
        }

        var g = all.ToString();
        var removed = new bool[g.Length];
        var bold = new int[g.Length + 1];
        var italic = new int[g.Length + 1];
        if (g.IndexOf('*') >= 0 || g.IndexOf('_') >= 0)
        {
            Match(g, starts, literal, removed, bold, italic);
        }

        var boldDepth = 0;
        var italicDepth = 0;
        var boldAt = new bool[g.Length];
        var italicAt = new bool[g.Length];
        for (var p = 0; p < g.Length; p++)
        {
            boldDepth += bold[p];
            italicDepth += italic[p];
            boldAt[p] = boldDepth > 0;
            italicAt[p] = italicDepth > 0;
        }

        var index = firstIndex;
        for (var i = 0; i < lines.Count; i++)
        {
            var start = starts[i];
            var end = start + lines[i].Text.Length;
            var kept = new List<int>(end - start);
            for (var p = start; p < end; p++)
            {
                if (!removed[p])
                {
                    kept.Add(p);
                }
            }

            var a = 0;
            var b = kept.Count;
            while (a < b && IsSpace(g[kept[a]]))
            {
                a++;
            }

            while (b > a && IsSpace(g[kept[b - 1]]))
            {
                b--;
            }

            if (a == b)
            {
                continue;
            }

            var text = new StringBuilder(b - a);
            var map = ImmutableArray.CreateBuilder<int>(b - a);
            var contiguous = true;
            var anyStyle = false;
            for (var k = a; k < b; k++)
            {
                var p = kept[k];
                text.Append(g[p]);
                map.Add(p - start + 1);
                contiguous &= k == a || kept[k] == kept[k - 1] + 1;
                anyStyle |= boldAt[p] || italicAt[p];
            }

            var runs = ImmutableArray<TextRun>.Empty;
            if (anyStyle)
            {
                var rb = ImmutableArray.CreateBuilder<TextRun>();
                var runStart = a;
                for (var k = a + 1; k <= b; k++)
                {
                    if (k == b || boldAt[kept[k]] != boldAt[kept[runStart]] || italicAt[kept[k]] != italicAt[kept[runStart]])
                    {
                        var sb = new StringBuilder();
                        for (var q = runStart; q < k; q++)
                        {
                            sb.Append(g[kept[q]]);
                        }

                        rb.Add(new TextRun(sb.ToString(), new RunFormat { Bold = boldAt[kept[runStart]], Italic = italicAt[kept[runStart]] }));
                        runStart = k;
                    }
                }

                runs = rb.ToImmutable();
            }

            yield return new SourceBlock(index++, text.ToString(), SourceLocation.AtLine(lines[i].LineNumber, map[0]))
            {
                BlankLinesBefore = i == 0 ? blankLinesBefore : 0,
                ColumnMap = contiguous ? ImmutableArray<int>.Empty : map.ToImmutable(),
                Runs = runs,
            };
        }
    }

    private static void Match(string g, int[] starts, bool[] literal, bool[] removed, int[] bold, int[] italic)
    {
        var delimiters = new List<Delimiter>();
        var line = 0;
        for (var p = 0; p < g.Length; p++)
        {
            while (line + 1 < starts.Length && p >= starts[line + 1])
            {
                line++;
            }

            var ch = g[p];
            if ((ch != '*' && ch != '_') || literal[line])
            {
                continue;
            }

            var q = p;
            while (q < g.Length && g[q] == ch)
            {
                q++;
            }

            var prev = p == 0 ? '\n' : g[p - 1];
            var next = q >= g.Length ? '\n' : g[q];
            var left = !IsSpace(next) && (!IsPunct(next) || IsSpace(prev) || IsPunct(prev));
            var right = !IsSpace(prev) && (!IsPunct(prev) || IsSpace(next) || IsPunct(next));
            var d = new Delimiter { Start = p, Length = q - p, Char = ch, OpenRemaining = q - p };
            if (ch == '*')
            {
                d.CanOpen = left;
                d.CanClose = right;
            }
            else
            {
                d.CanOpen = left && (!right || IsPunct(prev));
                d.CanClose = right && (!left || IsPunct(next));
            }

            delimiters.Add(d);
            p = q - 1;
        }

        for (var c = 0; c < delimiters.Count; c++)
        {
            var closer = delimiters[c];
            if (!closer.CanClose)
            {
                continue;
            }

            while (closer.Length - closer.CloseUsed > 0)
            {
                var found = -1;
                for (var o = c - 1; o >= 0; o--)
                {
                    var opener = delimiters[o];
                    if (!opener.Active || !opener.CanOpen || opener.Char != closer.Char || opener.OpenRemaining == 0)
                    {
                        continue;
                    }

                    var oddMatch = (opener.CanClose || closer.CanOpen) && (opener.Length + closer.Length) % 3 == 0
                        && !(opener.Length % 3 == 0 && closer.Length % 3 == 0);
                    if (oddMatch)
                    {
                        continue;
                    }

                    found = o;
                    break;
                }

                if (found < 0)
                {
                    break;
                }

                var op = delimiters[found];
                var closeRemaining = closer.Length - closer.CloseUsed;
                var n = op.OpenRemaining >= 2 && closeRemaining >= 2 ? 2 : 1;
                var contentStart = op.Start + op.OpenRemaining;
                var contentEnd = closer.Start + closer.CloseUsed;
                for (var k = 0; k < n; k++)
                {
                    removed[op.Start + op.OpenRemaining - 1 - k] = true;
                    removed[closer.Start + closer.CloseUsed + k] = true;
                }

                op.OpenRemaining -= n;
                closer.CloseUsed += n;
                var marks = n == 2 ? bold : italic;
                marks[contentStart]++;
                marks[contentEnd]--;
                for (var k = found + 1; k < c; k++)
                {
                    delimiters[k].Active = false;
                }

                if (op.OpenRemaining == 0)
                {
                    op.Active = false;
                }
            }

            if (closer.CloseUsed > 0)
            {
                closer.CanOpen = false;
            }
        }
    }

    private static bool IsSeparatorLine(string text)
    {
        var marks = 0;
        foreach (var ch in text)
        {
            if (ch is '*' or '_' or '-' or '=' or '~' or '—' or '–')
            {
                marks++;
            }
            else if (!IsSpace(ch))
            {
                return false;
            }
        }

        return marks > 0;
    }

    private static bool IsSpace(char ch) => char.IsWhiteSpace(ch) || ch == '\uFEFF';

    private static bool IsPunct(char ch) => char.IsPunctuation(ch) || char.IsSymbol(ch);
}

using System;
using System.Collections.Generic;
using AdminDocs.Sources;

namespace AdminDocs.Validation.Rules;

/// <summary>How a rule line (đường kẻ) under a component is made.</summary>
internal enum RuleLineKind
{
    /// <summary>No rule line was found.</summary>
    None,

    /// <summary>A paragraph bottom border on the component's (last) paragraph.</summary>
    Border,

    /// <summary>A line drawn as a shape, anchored in or next to the component.</summary>
    Drawn,

    /// <summary>The component's text itself is underlined (a line as long as the text).</summary>
    Underline,

    /// <summary>A line typed with underscores ("______"): it prints solid.</summary>
    TypedSolid,

    /// <summary>A line typed with hyphens, dots or asterisks ("-----"): it prints broken, not solid.</summary>
    TypedBroken,
}

/// <summary>The rule line found under a component.</summary>
/// <param name="Kind">How it is made.</param>
/// <param name="LengthMm">The length of a drawn line in mm, when known.</param>
/// <param name="Typed">The typed text of a typed rule, or <see langword="null"/>.</param>
internal readonly record struct RuleLine(RuleLineKind Kind, double? LengthMm, string? Typed);

/// <summary>
/// Finds the rule line under a component (the Tiêu ngữ, the issuer, the trích yếu) and estimates the printed
/// width of a text line so that a drawn line's length can be compared with it.
/// </summary>
internal static class RuleLineFacts
{
    private const double MillimetresPerPoint = 25.4 / 72;

    private static readonly char[] Tab = { '\t' };

    private static readonly string[] DoubleSpace = { "  " };

    /// <summary>
    /// Finds the rule line under a component: a bottom border on one of its blocks, a drawn line anchored in one of
    /// its blocks or in the block right after them (a drawing is often anchored in the following paragraph), the
    /// component's text underlined throughout, or the separator the recognizer attached to it. When several
    /// drawn lines qualify, the one whose length is closest to <paramref name="expectedMm"/> is taken.
    /// </summary>
    /// <param name="source">The source document.</param>
    /// <param name="blocks">The component's blocks (and of the components it is drawn under as a group).</param>
    /// <param name="runs">The runs of the component's text.</param>
    /// <param name="typed">The separator the recognizer attached, or <see langword="null"/>.</param>
    /// <param name="expectedMm">The expected length in mm, when it can be estimated.</param>
    public static RuleLine Find(SourceDocument source, IReadOnlyList<SourceBlock> blocks, IReadOnlyList<TextRun> runs, TextElement? typed, double? expectedMm)
    {
        if (blocks.Count == 0)
        {
            return new RuleLine(RuleLineKind.None, null, null);
        }

        var first = int.MaxValue;
        var last = int.MinValue;
        foreach (var b in blocks)
        {
            first = Math.Min(first, b.Index);
            last = Math.Max(last, b.Index);
        }

        RuleLine? drawn = null;
        var border = false;
        var below = FirstBlockOfCellBelow(source, last);
        foreach (var line in source.Lines)
        {
            if (line?.BlockIndex is not { } at || ((at < first || at > last + 1 || (at == last + 1 && !SameContainer(source, last, at))) && at != below))
            {
                continue;
            }

            if (line.IsBorder)
            {
                border = true;
                continue;
            }

            if (drawn is null)
            {
                drawn = new RuleLine(RuleLineKind.Drawn, line.LengthMm, null);
            }
            else if (line.LengthMm is { } length && expectedMm is { } expected
                && (drawn.Value.LengthMm is not { } current || Math.Abs(length - expected) < Math.Abs(current - expected)))
            {
                drawn = new RuleLine(RuleLineKind.Drawn, length, null);
            }
        }

        if (drawn is { } d)
        {
            return d;
        }

        if (border)
        {
            return new RuleLine(RuleLineKind.Border, null, null);
        }

        foreach (var b in blocks)
        {
            if (b.Format?.BottomBorder == true)
            {
                return new RuleLine(RuleLineKind.Border, null, null);
            }
        }

        if (typed is not null && !string.IsNullOrWhiteSpace(typed.Text))
        {
            var text = typed.Text.Trim();
            var solid = true;
            foreach (var ch in text)
            {
                if (ch != '_' && ch != '\u2014' && ch != '\u2500' && !char.IsWhiteSpace(ch))
                {
                    solid = false;
                }
            }

            return new RuleLine(solid ? RuleLineKind.TypedSolid : RuleLineKind.TypedBroken, null, text);
        }

        if (StyleFacts.AllUnderlined(runs))
        {
            return new RuleLine(RuleLineKind.Underline, null, null);
        }

        return new RuleLine(RuleLineKind.None, null, null);
    }

    /// <summary>
    /// The part of a typed separator that belongs to one column, when a header aligned with tabs typed both rules on
    /// one line ("-------⇥---------------"): the first group for the left column (<paramref name="last"/> false), the
    /// last for the right; the separator itself when it has one group; <see langword="null"/> when there is none.
    /// </summary>
    public static TextElement? TypedPart(TextElement? typed, bool last)
    {
        if (typed?.Text is not { } text)
        {
            return null;
        }

        var groups = text.Split(Tab, StringSplitOptions.RemoveEmptyEntries);
        if (groups.Length < 2)
        {
            groups = text.Split(DoubleSpace, StringSplitOptions.RemoveEmptyEntries);
        }

        var parts = new List<string>();
        foreach (var g in groups)
        {
            if (g.Trim().Length > 0)
            {
                parts.Add(g.Trim());
            }
        }

        return parts.Count < 2 ? typed : typed with { Text = last ? parts[parts.Count - 1] : parts[0] };
    }

    /// <summary>
    /// The first block of the table cell right below the cell of the block at <paramref name="index"/> (same table
    /// and grid column, next row), or -1. Header tables often give the issuer and the Số line, the Tiêu ngữ and the
    /// date line, rows of their own, and the rule under the upper cell is drawn anchored at the top of the lower
    /// cell's first paragraph.
    /// </summary>
    private static int FirstBlockOfCellBelow(SourceDocument source, int index)
    {
        var blocks = source.Blocks;
        if (index < 0 || index >= blocks.Length || blocks[index]?.Cell is not { } cell)
        {
            return -1;
        }

        for (var i = index + 1; i < blocks.Length; i++)
        {
            if (blocks[i]?.Cell is not { } c || c.Table != cell.Table)
            {
                return -1;
            }

            if (c.Row > cell.Row + 1)
            {
                return -1;
            }

            if (c.Row == cell.Row + 1 && c.Column == cell.Column)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the block at <paramref name="next"/> is in the same cell (or outside tables, like the block
    /// at <paramref name="index"/>), so that a line anchored there still belongs under the component.</summary>
    private static bool SameContainer(SourceDocument source, int index, int next)
    {
        var blocks = source.Blocks;
        if (next < 0 || next >= blocks.Length || index < 0 || index >= blocks.Length)
        {
            return false;
        }

        var a = blocks[index]?.Cell;
        var b = blocks[next]?.Cell;
        return a is null ? b is null : b is not null && a.Table == b.Table && a.Row == b.Row && a.Column == b.Column;
    }

    /// <summary>
    /// Estimates the printed width of a text in mm from its characters and font size: each character counts with
    /// the average advance width of its class in Times New Roman, in em (capital 0.70, lower-case 0.47, digit 0.50,
    /// space 0.25, hyphen 0.33, other punctuation 0.28), bold text 6 % wider, times the size in points
    /// (1 pt = 25.4/72 mm). Real widths of a given line differ by up to about 15 %, so callers compare with a
    /// generous tolerance. Returns <see langword="null"/> when no run gives a size.
    /// </summary>
    /// <param name="runs">The runs of the line.</param>
    public static double? EstimateWidthMm(IReadOnlyList<TextRun> runs)
    {
        double total = 0;
        var sized = false;
        var fallback = StyleFacts.MainSize(runs);
        if (fallback is null)
        {
            return null;
        }

        foreach (var run in runs)
        {
            var size = run.Format.FontSizePoints ?? fallback.Value;
            sized = true;
            var em = 0.0;
            foreach (var ch in run.Text ?? string.Empty)
            {
                em += Advance(ch, run.Format.AllCaps == true);
            }

            if (run.Format.Bold == true)
            {
                em *= 1.06;
            }

            total += em * size * MillimetresPerPoint;
        }

        return sized ? total : null;
    }

    /// <summary>The width of the widest of several lines, each estimated with <see cref="EstimateWidthMm"/>.</summary>
    /// <param name="lines">The runs of each line.</param>
    public static double? WidestMm(IEnumerable<IReadOnlyList<TextRun>> lines)
    {
        double? widest = null;
        foreach (var line in lines)
        {
            if (EstimateWidthMm(line) is { } w && (widest is null || w > widest))
            {
                widest = w;
            }
        }

        return widest;
    }

    private static double Advance(char ch, bool allCaps)
    {
        if (char.IsWhiteSpace(ch))
        {
            return 0.25;
        }

        if (char.IsLetter(ch))
        {
            return char.IsUpper(ch) || allCaps ? 0.70 : 0.47;
        }

        if (char.IsDigit(ch))
        {
            return 0.50;
        }

        return ch == '-' ? 0.33 : 0.28;
    }
}

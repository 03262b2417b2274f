using System;
using System.Collections.Generic;
using System.Globalization;
using AdminDocs.Sources;

namespace AdminDocs.Validation.Rules;

/// <summary>A part of a component in one source block: the block and the range of the component's text in it.</summary>
/// <param name="Block">The block.</param>
/// <param name="Start">The offset of the component's text in <see cref="SourceBlock.Text"/>.</param>
/// <param name="Length">The length of the component's text in the block.</param>
internal readonly record struct StylePiece(SourceBlock Block, int Start, int Length);

/// <summary>
/// The formatting facts of the recognized components that the component style rules (AD2003 ... AD5107) share:
/// the runs that carry a component's text, their size, weight, slant and case, and where the component sits
/// (table cell, alignment). Every value the source does not give is <see langword="null"/> and is never reported.
/// </summary>
internal static class StyleFacts
{
    private const double Epsilon = 0.01;

    // ------------------------------------------------------------------ pieces of a component

    /// <summary>The pieces of a span: in the first block the text from the span's offset (as long as the first
    /// line), in each following block the line found in it (or the whole block).</summary>
    /// <param name="origin">The component's origin.</param>
    /// <param name="lines">The component's lines as written, when known; the first is the text in the first block.</param>
    public static List<StylePiece> Pieces(SourceSpan? origin, IReadOnlyList<string?>? lines)
    {
        var pieces = new List<StylePiece>();
        if (origin is null)
        {
            return pieces;
        }

        var blocks = origin.Blocks;
        for (var i = 0; i < blocks.Length; i++)
        {
            var block = blocks[i];
            if (block is null)
            {
                continue;
            }

            var text = block.Text ?? string.Empty;
            var line = lines is not null && i < lines.Count ? lines[i] : null;
            int start;
            if (i == 0)
            {
                start = Math.Min(Math.Max(0, origin.Offset), text.Length);
            }
            else
            {
                var at = string.IsNullOrEmpty(line) ? -1 : text.IndexOf(line, StringComparison.Ordinal);
                start = at < 0 ? 0 : at;
                if (at < 0)
                {
                    line = null;
                }
            }

            var length = string.IsNullOrEmpty(line) ? text.Length - start : Math.Min(line!.Length, text.Length - start);
            pieces.Add(new StylePiece(block, start, Math.Max(0, length)));
        }

        return pieces;
    }

    /// <summary>The pieces of a one-line element (Quốc hiệu, tên loại, a signature line, a label).</summary>
    public static List<StylePiece> Of(TextElement? element) =>
        element is null ? new List<StylePiece>() : Pieces(element.Origin, new[] { element.Text });

    /// <summary>The pieces of a body name, line by line.</summary>
    public static List<StylePiece> Of(AgencyName? name) =>
        name is null ? new List<StylePiece>() : Pieces(name.Origin, name.Lines.IsDefault ? null : (IReadOnlyList<string?>)name.Lines);

    /// <summary>The pieces of the số, ký hiệu line.</summary>
    public static List<StylePiece> Of(DocumentNumber? number) =>
        number is null ? new List<StylePiece>() : Pieces(number.Origin, new[] { number.Text });

    /// <summary>The pieces of the địa danh and date line.</summary>
    public static List<StylePiece> Of(PlaceDate? placeDate) =>
        placeDate is null ? new List<StylePiece>() : Pieces(placeDate.Origin, new[] { placeDate.Text });

    /// <summary>The pieces of the trích yếu (the "V/v" prefix included).</summary>
    public static List<StylePiece> Of(Subject? subject) =>
        subject is null ? new List<StylePiece>()
            : Pieces(subject.Origin, string.IsNullOrEmpty(subject.FirstLineAsWritten) ? null : new[] { subject.FirstLineAsWritten });

    /// <summary>The pieces of a list item (its marker excluded when it shares the item's first block).</summary>
    public static List<StylePiece> Of(ListItem? item) =>
        item is null ? new List<StylePiece>() : Pieces(item.Origin, new[] { item.Text });

    /// <summary>The first block of a set of pieces, or <see langword="null"/>.</summary>
    public static SourceBlock? FirstBlock(IReadOnlyList<StylePiece> pieces) => pieces.Count == 0 ? null : pieces[0].Block;

    /// <summary>The last block of a set of pieces, or <see langword="null"/>.</summary>
    public static SourceBlock? LastBlock(IReadOnlyList<StylePiece> pieces) => pieces.Count == 0 ? null : pieces[pieces.Count - 1].Block;

    // ------------------------------------------------------------------ runs

    /// <summary>The runs that carry the pieces' text (white-space-only runs left out).</summary>
    public static List<TextRun> Runs(IEnumerable<StylePiece> pieces)
    {
        var result = new List<TextRun>();
        foreach (var piece in pieces)
        {
            AddRuns(piece, result);
        }

        return result;
    }

    /// <summary>The runs that carry the text of a set of components.</summary>
    public static List<TextRun> Runs(IEnumerable<List<StylePiece>> components)
    {
        var result = new List<TextRun>();
        foreach (var pieces in components)
        {
            result.AddRange(Runs(pieces));
        }

        return result;
    }

    private static void AddRuns(StylePiece piece, List<TextRun> result)
    {
        var runs = piece.Block.Runs;
        if (runs.IsEmpty)
        {
            return;
        }

        // Runs hold the untrimmed text; the block's text starts after the leading white space of the runs.
        var lead = 0;
        var leading = true;
        foreach (var run in runs)
        {
            var t = run?.Text ?? string.Empty;
            foreach (var ch in t)
            {
                if (!char.IsWhiteSpace(ch))
                {
                    leading = false;
                    break;
                }

                lead++;
            }

            if (!leading)
            {
                break;
            }
        }

        var whole = piece.Start == 0 && piece.Length >= piece.Block.Text.Length;
        var from = piece.Start + lead;
        var to = from + piece.Length;
        var position = 0;
        var added = 0;
        foreach (var run in runs)
        {
            var t = run?.Text ?? string.Empty;
            var runStart = position;
            position += t.Length;
            if (run is null || run.Format is null)
            {
                continue;
            }

            var a = whole ? 0 : Math.Max(runStart, from) - runStart;
            var b = whole ? t.Length : Math.Min(position, to) - runStart;
            if (b <= a || !HasText(t, a, b))
            {
                continue;
            }

            result.Add(run);
            added++;
        }

        if (added == 0 && !whole)
        {
            // The runs do not line up with the block's text: judge the whole block rather than nothing.
            foreach (var run in runs)
            {
                if (run?.Format is not null && HasText(run.Text ?? string.Empty, 0, (run.Text ?? string.Empty).Length))
                {
                    result.Add(run);
                }
            }
        }
    }

    private static bool HasText(string text, int from, int to)
    {
        for (var i = from; i < to && i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLetterOrDigit(string? text)
    {
        foreach (var ch in text ?? string.Empty)
        {
            if (char.IsLetterOrDigit(ch))
            {
                return true;
            }
        }

        return false;
    }

    private static int Weight(TextRun run)
    {
        var n = 0;
        foreach (var ch in run.Text ?? string.Empty)
        {
            if (!char.IsWhiteSpace(ch))
            {
                n++;
            }
        }

        return n;
    }

    // ------------------------------------------------------------------ properties

    /// <summary>The size outside <paramref name="min"/>–<paramref name="max"/> that covers the most characters, or
    /// <see langword="null"/> when every known size is in range.</summary>
    public static double? SizeOutside(IReadOnlyList<TextRun> runs, double min, double max)
    {
        var weights = new Dictionary<double, int>();
        foreach (var run in runs)
        {
            if (run.Format.FontSizePoints is { } size && (size < min - Epsilon || size > max + Epsilon))
            {
                weights.TryGetValue(size, out var w);
                weights[size] = w + Weight(run);
            }
        }

        double? found = null;
        var best = -1;
        foreach (var pair in weights)
        {
            if (pair.Value > best || (pair.Value == best && found is { } f && pair.Key < f))
            {
                best = pair.Value;
                found = pair.Key;
            }
        }

        return found;
    }

    /// <summary>Whether a run with letters or digits is known not to be bold.</summary>
    public static bool SomeNotBold(IReadOnlyList<TextRun> runs) => Some(runs, f => f.Bold == false);

    /// <summary>Whether a run with letters or digits is known to be bold.</summary>
    public static bool SomeBold(IReadOnlyList<TextRun> runs) => Some(runs, f => f.Bold == true);

    /// <summary>Whether a run with letters or digits is known to be italic.</summary>
    public static bool SomeItalic(IReadOnlyList<TextRun> runs) => Some(runs, f => f.Italic == true);

    /// <summary>Whether a run with letters or digits is known to be upright (not italic).</summary>
    public static bool SomeUpright(IReadOnlyList<TextRun> runs) => Some(runs, f => f.Italic == false);

    /// <summary>Whether every run with letters is underlined (and at least one is known to be).</summary>
    public static bool AllUnderlined(IReadOnlyList<TextRun> runs) =>
        Some(runs, f => f.Underline == true) && !Some(runs, f => f.Underline != true);

    /// <summary>Whether the runs show a lower-case letter: one typed in lower case in a run not set in capitals
    /// by formatting (all caps).</summary>
    public static bool ShowsLowerCase(IReadOnlyList<TextRun> runs)
    {
        foreach (var run in runs)
        {
            if (run.Format.AllCaps == true)
            {
                continue;
            }

            foreach (var ch in run.Text ?? string.Empty)
            {
                if (char.IsLetter(ch) && char.IsLower(ch))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The size of most characters, or <see langword="null"/> when no run gives one.</summary>
    public static double? MainSize(IReadOnlyList<TextRun> runs)
    {
        var weights = new Dictionary<double, int>();
        foreach (var run in runs)
        {
            if (run.Format.FontSizePoints is { } size && size > 0)
            {
                weights.TryGetValue(size, out var w);
                weights[size] = w + Weight(run);
            }
        }

        double? found = null;
        var best = -1;
        foreach (var pair in weights)
        {
            if (pair.Value > best)
            {
                best = pair.Value;
                found = pair.Key;
            }
        }

        return found;
    }

    /// <summary>Whether the letter-carrying runs are mostly bold (by characters), when known.</summary>
    public static bool? MostlyBold(IReadOnlyList<TextRun> runs)
    {
        int bold = 0, regular = 0;
        foreach (var run in runs)
        {
            if (!HasLetterOrDigit(run.Text) || run.Format.Bold is not { } b)
            {
                continue;
            }

            if (b)
            {
                bold += Weight(run);
            }
            else
            {
                regular += Weight(run);
            }
        }

        return bold + regular == 0 ? null : bold >= regular;
    }

    private static bool Some(IReadOnlyList<TextRun> runs, Func<RunFormat, bool> test)
    {
        foreach (var run in runs)
        {
            if (HasLetterOrDigit(run.Text) && test(run.Format))
            {
                return true;
            }
        }

        return false;
    }

    // ------------------------------------------------------------------ position

    /// <summary>The alignment of the block, when the source gives it.</summary>
    public static TextAlignment? AlignmentOf(SourceBlock? block) => block?.Format?.Alignment;

    /// <summary>Whether the piece is the whole text of its block, a list marker aside (so that the paragraph's alignment is its own; a
    /// component sharing a paragraph with another, as in a header aligned with tabs, is placed by tab stops).</summary>
    public static bool OwnsBlock(StylePiece piece)
    {
        var text = piece.Block.Text ?? string.Empty;
        for (var i = 0; i < text.Length; i++)
        {
            if ((i < piece.Start || i >= piece.Start + piece.Length) && char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the piece's paragraph is its own and is known to be aligned otherwise than centered.</summary>
    public static bool KnownNotCentered(StylePiece piece) =>
        OwnsBlock(piece) && AlignmentOf(piece.Block) is { } a && a != TextAlignment.Center;

    /// <summary>The table cell of the block, or <see langword="null"/> when it is not in a table.</summary>
    public static TableCellPosition? CellOf(SourceBlock? block) => block?.Cell;

    /// <summary>Whether two blocks sit in cells of different columns of the same layout (when both are in cells).</summary>
    public static bool DifferentColumns(SourceBlock? a, SourceBlock? b) =>
        CellOf(a) is { } ca && CellOf(b) is { } cb && ca.Column != cb.Column;

    /// <summary>Whether two blocks are in the same row of the same table.</summary>
    public static bool SameRow(TableCellPosition a, TableCellPosition b) =>
        a.Table == b.Table && a.Row == b.Row && a.NestingDepth == b.NestingDepth;

    /// <summary>Whether the cell is the right-hand part of a row of several columns (not the first column).</summary>
    public static bool? IsRightColumn(TableCellPosition? cell)
    {
        if (cell is null || cell.ColumnCount < 2)
        {
            return null;
        }

        return cell.Column > 0 && cell.Column + Math.Max(1, cell.ColumnSpan) >= cell.ColumnCount;
    }

    /// <summary>Whether the block holds running text laid out on its own line (a paragraph or a table cell, not a
    /// text box, header or footer), so that two such blocks cannot share a line unless they share a row.</summary>
    public static bool IsFlowBlock(SourceBlock? block) =>
        block is not null && (block.Kind == BlockKind.Paragraph || block.Kind == BlockKind.TableCell);

    // ------------------------------------------------------------------ arguments

    /// <summary>A size in points as a message argument ("13", "13.5").</summary>
    public static string Points(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A length in mm as a message argument ("42").</summary>
    public static string Millimetres(double value) => Math.Round(value).ToString("0", CultureInfo.InvariantCulture);

    /// <summary>The beginning of a text as a message argument (at most 60 characters).</summary>
    public static string Quote(string? text)
    {
        var t = (text ?? string.Empty).Trim();
        return t.Length <= 60 ? t : t.Substring(0, 57).TrimEnd() + "...";
    }
}

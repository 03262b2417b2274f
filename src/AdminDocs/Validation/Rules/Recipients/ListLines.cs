using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AdminDocs.Decree;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// The logical items of a Kính gửi or Nơi nhận list: a line with no bullet after an item that does not end with ";"
/// or "." continues that item (domain-rules §8, wrapped items), so "- Các bộ, cơ quan ngang bộ," / "cơ quan thuộc
/// Chính phủ;" is one item whose end is the second line's.
/// </summary>
internal static class ListLines
{
    /// <summary>One logical item: the index of its first line, of its last line, and the lines themselves.</summary>
    internal readonly struct Logical
    {
        public Logical(int first, int last, ListItem head, ListItem tail)
        {
            First = first;
            Last = last;
            Head = head;
            Tail = tail;
        }

        /// <summary>Index of the item's first line in the list.</summary>
        public int First { get; }

        /// <summary>Index of the item's last line in the list.</summary>
        public int Last { get; }

        /// <summary>The first line (the one that carries the bullet).</summary>
        public ListItem Head { get; }

        /// <summary>The last line (the one that carries the final ";" or ".").</summary>
        public ListItem Tail { get; }

        /// <summary>The item's own text on its last line, trimmed at the end (see <see cref="OwnText"/>).</summary>
        public string EndText => OwnText(Tail);
    }

    /// <summary>Joins continuation lines to the item above them. Null items are skipped.</summary>
    public static List<Logical> Of(ImmutableArray<ListItem> items)
    {
        var result = new List<Logical>();
        if (items.IsDefaultOrEmpty)
        {
            return result;
        }

        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is not { } item)
            {
                continue;
            }

            if (result.Count > 0 && IsContinuation(result[result.Count - 1].Tail, item))
            {
                var open = result[result.Count - 1];
                result[result.Count - 1] = new Logical(open.First, i, open.Head, item);
                continue;
            }

            result.Add(new Logical(i, i, item, item));
        }

        return result;
    }

    /// <summary>
    /// The logical items of a Nơi nhận list, as the list rules judge them: lines that read as the signature's
    /// (a flattened footer interleaves the two columns: "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC" between the items) are not
    /// recipients, and the list ends at its Lưu line (what follows it is the signature's name or the drafter's
    /// note; a recipient after the Lưu line is AD5105's).
    /// </summary>
    public static List<Logical> OfRecipients(ImmutableArray<ListItem> items)
    {
        var result = new List<Logical>();
        foreach (var logical in Of(items))
        {
            if (IsSignatureLine(logical.Head) && logical.First == logical.Last)
            {
                continue;
            }

            result.Add(logical);
            if (IsArchive(logical.Head))
            {
                break;
            }
        }

        return result;
    }

    /// <summary>
    /// The item's own text: a flattened footer puts both columns on one line ("Như trên;      KT. CHỦ TỊCH"), so a
    /// tail after a gap of three or more spaces that reads as a signature line is the signature's, not the item's.
    /// </summary>
    public static string OwnText(ListItem? item)
    {
        var text = (item?.Text ?? string.Empty).TrimEnd();
        var gap = Gap.Match(text);
        if (gap.Success && gap.Index > 0 && IsSignatureLine(new ListItem(text.Substring(gap.Index + gap.Length))))
        {
            return text.Substring(0, gap.Index).TrimEnd();
        }

        return text;
    }

    private static readonly System.Text.RegularExpressions.Regex Gap = new(@"\s{3,}(?=\S[^\s]*(?:\s{1,2}\S+)*$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Whether an unbulleted line reads as a line of the signature block: an authority prefix ("KT. GIÁM
    /// ĐỐC") or a title in capitals ("PHÓ CHỦ TỊCH"), never a recipient ("Như trên;", "UBND tỉnh (b/c);").</summary>
    public static bool IsSignatureLine(ListItem item)
    {
        if ((item.Marker ?? string.Empty).Trim().Length != 0)
        {
            return false;
        }

        var text = (item.Text ?? string.Empty).Trim();
        if (text.Length == 0 || text.IndexOf(';') >= 0)
        {
            return false;
        }

        foreach (var prefix in Authorities.CanonicalPrefixes)
        {
            if (text.StartsWith(prefix + " ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 4;
    }

    private static bool IsArchive(ListItem item) =>
        (item.Text ?? string.Empty).TrimStart().StartsWith(FixedTexts.ArchiveWord, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="line"/> (no bullet) continues <paramref name="above"/> (no final ";" or ".").</summary>
    public static bool IsContinuation(ListItem above, ListItem line)
    {
        if ((line.Marker ?? string.Empty).Trim().Length != 0)
        {
            return false;
        }

        var text = (line.Text ?? string.Empty).Trim();
        if (text.Length == 0 || text.StartsWith(FixedTexts.ArchiveWord, StringComparison.Ordinal))
        {
            return false;
        }

        var end = OwnText(above);
        return end.Length > 0 && !end.EndsWith(";", StringComparison.Ordinal) && !end.EndsWith(".", StringComparison.Ordinal);
    }
}

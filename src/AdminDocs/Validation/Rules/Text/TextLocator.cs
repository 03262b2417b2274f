using System;
using AdminDocs.Sources;

namespace AdminDocs.Validation.Rules;

/// <summary>Finds the source location of a character of a model text whose origin may span several blocks.</summary>
internal static class TextLocator
{
    /// <summary>The location of <paramref name="offset"/> in <paramref name="text"/>, which came from <paramref name="origin"/>.</summary>
    /// <param name="origin">The origin of the element (its offset points at the element's text in the first block).</param>
    /// <param name="text">The element's text as the model keeps it.</param>
    /// <param name="offset">The 0-based offset in <paramref name="text"/>.</param>
    /// <returns>The location; the element's start when the text cannot be matched to its blocks; <see langword="null"/>
    /// for an element built in code.</returns>
    public static SourceLocation? Locate(SourceSpan? origin, string text, int offset)
    {
        if (origin is null || origin.Blocks.IsDefaultOrEmpty || text is null)
        {
            return null;
        }

        var blocks = origin.Blocks;
        var first = blocks[0];
        var firstText = first.Text ?? string.Empty;
        var start = Math.Max(0, Math.Min(origin.Offset, firstText.Length));
        if (text.Length > 0)
        {
            var p = firstText.IndexOf(text, start, StringComparison.Ordinal);
            if (p < 0 && start > 0)
            {
                p = firstText.IndexOf(text, StringComparison.Ordinal);
            }

            if (p >= 0)
            {
                return first.LocationAt(p + offset);
            }
        }

        // The text runs over several blocks (a paragraph broken over lines, a title under its label).
        var cursor = 0;
        for (var k = 0; k < blocks.Length; k++)
        {
            var blockText = blocks[k].Text ?? string.Empty;
            var from = k == 0 ? start : 0;
            while (from < blockText.Length && char.IsWhiteSpace(blockText[from]))
            {
                from++;
            }

            var part = blockText.Substring(from).TrimEnd();
            if (part.Length == 0 || cursor >= text.Length)
            {
                continue;
            }

            var q = text.IndexOf(part, cursor, StringComparison.Ordinal);
            if (q < 0)
            {
                continue;
            }

            if (offset >= q && offset < q + part.Length)
            {
                return blocks[k].LocationAt(from + offset - q);
            }

            cursor = q + part.Length;
        }

        return origin.Location;
    }
}

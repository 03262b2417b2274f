using System;
using System.Collections.Generic;
using AdminDocs.Sources;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD1005: text is black — "auto" or 000000 (ND30 PL I, I.4). Runs without a letter or digit and runs whose colour
/// the source does not give are not judged. One finding per colour, at its first paragraph, with the number of
/// paragraphs that use it.
/// </summary>
internal sealed class FontColorRule : CatalogRule
{
    public FontColorRule()
        : base("AD1005")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var order = new List<string>();
        var groups = new Dictionary<string, (SourceBlock First, HashSet<int> Blocks)>(StringComparer.Ordinal);
        foreach (var block in context.Source.Blocks)
        {
            if (block is null)
            {
                continue;
            }

            foreach (var run in block.Runs)
            {
                var color = Normalize(run?.Format?.Color);
                if (run is null || color is null || IsBlack(color) || !TypographyValues.HasText(run.Text))
                {
                    continue;
                }

                if (!groups.TryGetValue(color, out var group))
                {
                    group = (block, new HashSet<int>());
                    groups[color] = group;
                    order.Add(color);
                }

                group.Blocks.Add(block.Index);
            }
        }

        if (order.Count == 0)
        {
            return;
        }

        var paths = TypographyPaths.Of(context.Document);
        foreach (var color in order)
        {
            var (first, blocks) = groups[color];
            context.Report(paths.PathOf(first.Index), first.Location, color, TypographyValues.Count(blocks.Count));
        }
    }

    private static bool IsBlack(string color) =>
        color == "AUTO" || color == "#000000";

    /// <summary>"#RRGGBB" in upper case for a hex colour, "AUTO", the trimmed text otherwise, or null.</summary>
    private static string? Normalize(string? color)
    {
        var c = color?.Trim();
        if (string.IsNullOrEmpty(c))
        {
            return null;
        }

        if (c!.StartsWith("#", StringComparison.Ordinal))
        {
            c = c.Substring(1);
        }

        if (string.Equals(c, "auto", StringComparison.OrdinalIgnoreCase))
        {
            return "AUTO";
        }

        if (c.Length == 6 && IsHex(c))
        {
            return "#" + c.ToUpperInvariant();
        }

        return c;
    }

    private static bool IsHex(string s)
    {
        foreach (var ch in s)
        {
            if (!Uri.IsHexDigit(ch))
            {
                return false;
            }
        }

        return true;
    }
}

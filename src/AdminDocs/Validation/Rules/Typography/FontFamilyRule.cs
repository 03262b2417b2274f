using System;
using System.Collections.Generic;
using AdminDocs.Decree;
using AdminDocs.Sources;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD1004: the font. Under ND30 every run that shows text is Times New Roman (ND30 PL I, I.4); under TT01 (and HD36,
/// whose summaries name no font [S]) any Unicode Vietnamese font is accepted and only the legacy TCVN3 (".Vn...")
/// and VNI ("VNI-...") fonts are flagged. Runs without a letter or digit (blanks, tabs, bullet symbols) and runs
/// whose font the source does not give are not judged. One finding per font name, at its first paragraph, with the
/// number of paragraphs that use it.
/// </summary>
internal sealed class FontFamilyRule : CatalogRule
{
    public FontFamilyRule()
        : base("AD1004")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var strict = context.Profile == DocumentProfile.Nd30;
        var order = new List<string>();
        var groups = new Dictionary<string, (SourceBlock First, string Name, bool Legacy, HashSet<int> Blocks)>(StringComparer.OrdinalIgnoreCase);
        foreach (var block in context.Source.Blocks)
        {
            if (block is null)
            {
                continue;
            }

            foreach (var run in block.Runs)
            {
                var family = run?.Format?.FontFamily?.Trim();
                if (run is null || string.IsNullOrEmpty(family) || !TypographyValues.HasText(run.Text))
                {
                    continue;
                }

                var legacy = Fonts.IsLegacy(family!);
                if (!legacy && (!strict || IsTimesNewRoman(family!)))
                {
                    continue;
                }

                if (!groups.TryGetValue(family!, out var group))
                {
                    group = (block, family!, legacy, new HashSet<int>());
                    groups[family!] = group;
                    order.Add(family!);
                }

                group.Blocks.Add(block.Index);
            }
        }

        if (order.Count == 0)
        {
            return;
        }

        var paths = TypographyPaths.Of(context.Document);
        foreach (var key in order)
        {
            var (first, name, legacy, blocks) = groups[key];
            var path = paths.PathOf(first.Index);
            var count = TypographyValues.Count(blocks.Count);
            if (legacy)
            {
                context.ReportVariant("legacy", path, first.Location, name, count);
            }
            else
            {
                context.Report(path, first.Location, name, count);
            }
        }
    }

    /// <summary>
    /// Whether a font name is Times New Roman (case and spacing aside), including the names of its styles that
    /// Word files carry when text came from a PDF or another program: "Times New Roman Bold", "Times New Roman
    /// Italic", "TimesNewRomanPS-BoldMT" are the same typeface.
    /// </summary>
    internal static bool IsTimesNewRoman(string family)
    {
        var compact = Compact(family).Replace("-", string.Empty).Replace(",", string.Empty);
        const string name = "timesnewroman";
        if (!compact.StartsWith(name, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = compact.Substring(name.Length);
        if (rest.StartsWith("ps", StringComparison.Ordinal))
        {
            rest = rest.Substring(2);
        }

        if (rest.EndsWith("mt", StringComparison.Ordinal))
        {
            rest = rest.Substring(0, rest.Length - 2);
        }

        return rest is "" or "regular" or "bold" or "italic" or "bolditalic" or "italicbold";
    }

    private static string Compact(string s)
    {
        var chars = new char[s.Length];
        var n = 0;
        foreach (var ch in s)
        {
            if (!char.IsWhiteSpace(ch))
            {
                chars[n++] = char.ToLowerInvariant(ch);
            }
        }

        return new string(chars, 0, n);
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using AdminDocs.Sources;

namespace AdminDocs.Validation.Rules;

/// <summary>Small helpers shared by the page and typography rules (AD1001–AD1014): number formatting, the
/// regulation a profile follows, run filters and block lookups.</summary>
internal static class TypographyValues
{
    /// <summary>Tolerance for values the source gives in half-points or twips.</summary>
    public const double Epsilon = 0.01;

    /// <summary>A measured value for a message: invariant culture, at most two decimals, no trailing zeros.</summary>
    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A count for a message.</summary>
    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The name of the regulation a profile follows; a proper name, the same in both languages.</summary>
    public static string Regulation(DocumentProfile profile) => profile switch
    {
        DocumentProfile.Tt01 => "Thông tư 01/2011/TT-BNV",
        DocumentProfile.Hd36 => "Hướng dẫn 36-HD/VPTW",
        _ => "Nghị định 30/2020/NĐ-CP",
    };

    /// <summary>Whether a run shows something a reader sees as text (a letter or a digit); blank runs, tabs
    /// and bullet symbols do not count.</summary>
    public static bool HasText(string? text)
    {
        if (text is null)
        {
            return false;
        }

        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="value"/> lies in [<paramref name="min"/>, <paramref name="max"/>] with a tolerance.</summary>
    public static bool Within(double value, double min, double max, double tolerance) =>
        value >= min - tolerance - 1e-9 && value <= max + tolerance + 1e-9;

    /// <summary>The block with index <paramref name="index"/>, or <see langword="null"/>.</summary>
    public static SourceBlock? BlockAt(SourceDocument source, int? index)
    {
        if (index is not { } i || i < 0)
        {
            return null;
        }

        var blocks = source.Blocks;
        if (i < blocks.Length && blocks[i]?.Index == i)
        {
            return blocks[i];
        }

        foreach (var b in blocks)
        {
            if (b?.Index == i)
            {
                return b;
            }
        }

        return null;
    }

    /// <summary>The blocks of a section: those that name it, or else those in its block range.</summary>
    public static IEnumerable<SourceBlock> BlocksOf(SourceDocument source, PageSection section)
    {
        foreach (var b in source.Blocks)
        {
            if (b is null)
            {
                continue;
            }

            if (b.Section is { } s ? s == section.Index : b.Index >= section.FirstBlockIndex && b.Index <= section.LastBlockIndex)
            {
                yield return b;
            }
        }
    }

    /// <summary>Where a section-level finding points: the first text block of the section, or <see langword="null"/>.</summary>
    public static SourceLocation? LocationOf(SourceDocument source, PageSection section)
    {
        SourceBlock? first = null;
        foreach (var b in BlocksOf(source, section))
        {
            if (b.Kind is BlockKind.PageHeader or BlockKind.PageFooter)
            {
                continue;
            }

            first ??= b;
            if (b.Text.Length > 0)
            {
                return b.Location;
            }
        }

        return first?.Location;
    }

    /// <summary>The model path of a section: "sections[i]".</summary>
    public static string SectionPath(PageSection section) =>
        "sections[" + section.Index.ToString(CultureInfo.InvariantCulture) + "]";
}

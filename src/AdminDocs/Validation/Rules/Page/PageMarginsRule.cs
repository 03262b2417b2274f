using System;
using System.Collections.Generic;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD1003: margins top 20–25 mm, bottom 20–25 mm, left 30–35 mm, right 15–20 mm, each ±0.5 mm (ND30 PL I, I.3; the
/// same front-side values under TT01; HD36's 20/20/30/15 mm [S] lie inside the ranges). One finding per margin out
/// of range (variant top, bottom, left or right), once per distinct value across sections. A negative top or bottom
/// margin (Word's "do not move the text for the header") is judged by its size. A margin the source does not give
/// is not judged.
/// </summary>
internal sealed class PageMarginsRule : CatalogRule
{
    private const double Tolerance = 0.5;

    public PageMarginsRule()
        : base("AD1003")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var seen = new HashSet<(string, double)>();
        foreach (var section in context.Source.Sections)
        {
            if (section is null)
            {
                continue;
            }

            Check(context, section, "top", section.MarginTopMm, 20, 25, seen);
            Check(context, section, "bottom", section.MarginBottomMm, 20, 25, seen);
            Check(context, section, "left", section.MarginLeftMm, 30, 35, seen);
            Check(context, section, "right", section.MarginRightMm, 15, 20, seen);
        }
    }

    private static void Check(RuleContext context, Sources.PageSection section, string side, double? value, double min, double max, HashSet<(string, double)> seen)
    {
        if (value is not { } v)
        {
            return;
        }

        var size = Math.Abs(v);
        if (TypographyValues.Within(size, min, max, Tolerance) || !seen.Add((side, Math.Round(size, 1))))
        {
            return;
        }

        context.ReportVariant(side, TypographyValues.SectionPath(section), TypographyValues.LocationOf(context.Source, section), TypographyValues.Number(size));
    }
}

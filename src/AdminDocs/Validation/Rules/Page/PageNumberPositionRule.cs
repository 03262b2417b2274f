using System.Collections.Generic;
using AdminDocs.Sources;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD1006: where the page number sits. ND30 (and HD36 [S]): centered horizontally in the top margin, i.e. a centered
/// paragraph of the page header (ND30 PL I, I.7). TT01: at the bottom right, i.e. a right-aligned paragraph of the
/// page footer [S]. Fields of the first-page header are left to AD1007. A document without any page number field
/// is not reported (a one-page document needs none, and the page count is not known). An alignment the source does
/// not give is not judged. One finding per distinct wrong position.
/// </summary>
internal sealed class PageNumberPositionRule : CatalogRule
{
    public PageNumberPositionRule()
        : base("AD1006")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var tt01 = context.Profile == DocumentProfile.Tt01;
        var regulation = TypographyValues.Regulation(context.Profile);
        var seen = new HashSet<string>();
        foreach (var section in context.Source.Sections)
        {
            if (section is null)
            {
                continue;
            }

            foreach (var field in PageNumberFields.OnFollowingPages(section))
            {
                var variant = tt01 ? Tt01(field) : Nd30(field);
                if (variant is null || !seen.Add(variant))
                {
                    continue;
                }

                var path = TypographyValues.SectionPath(section);
                var location = PageNumberFields.LocationOf(context.Source, section, field);
                if (variant.Length == 0)
                {
                    context.Report(path, location, regulation);
                }
                else
                {
                    context.ReportVariant(variant, path, location, regulation);
                }
            }
        }
    }

    /// <summary>"" (the rule's own message: in the footer), "not-centered", or null when the field is right.</summary>
    private static string? Nd30(PageNumberField field) =>
        !field.InHeader ? string.Empty
        : field.Alignment is { } a && a != TextAlignment.Center ? "not-centered"
        : null;

    private static string? Tt01(PageNumberField field) =>
        field.InHeader ? "tt01-header"
        : field.Alignment is { } a && a != TextAlignment.Right ? "tt01-not-right"
        : null;
}

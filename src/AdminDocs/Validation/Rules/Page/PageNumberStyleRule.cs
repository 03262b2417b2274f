using System;
using System.Collections.Generic;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD1008: page numbers are Arabic numerals, 13–14 pt, upright (ND30 PL I, I.7; TT01 the same [S]; HD36 14 pt [S]
/// lies inside). Judged on the sections that show a page number after their first page: the section's number format
/// (anything but "decimal"), and each field's size (in half-points) and italic. One finding per distinct wrong value.
/// A value the source does not give is not judged.
/// </summary>
internal sealed class PageNumberStyleRule : CatalogRule
{
    public PageNumberStyleRule()
        : base("AD1008")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in context.Source.Sections)
        {
            if (section is null)
            {
                continue;
            }

            var path = TypographyValues.SectionPath(section);
            var shown = false;
            foreach (var field in PageNumberFields.OnFollowingPages(section))
            {
                shown = true;
                var location = PageNumberFields.LocationOf(context.Source, section, field);
                if (field.Format?.FontSizePoints is { } size && !TypographyValues.Within(size, 13, 14, TypographyValues.Epsilon))
                {
                    var value = TypographyValues.Number(size);
                    if (seen.Add("size:" + value))
                    {
                        context.ReportVariant("size", path, location, value);
                    }
                }

                if (field.Format?.Italic == true && seen.Add("italic"))
                {
                    context.ReportVariant("italic", path, location);
                }
            }

            var format = section.PageNumberFormat?.Trim();
            if (shown && !string.IsNullOrEmpty(format) && !string.Equals(format, "decimal", StringComparison.OrdinalIgnoreCase)
                && seen.Add("format:" + format))
            {
                context.Report(path, TypographyValues.LocationOf(context.Source, section), format!);
            }
        }
    }
}

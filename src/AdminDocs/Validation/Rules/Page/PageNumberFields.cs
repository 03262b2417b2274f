using System.Collections.Generic;
using AdminDocs.Sources;

namespace AdminDocs.Validation.Rules;

/// <summary>Which page number fields a section shows, and where a finding about one points.</summary>
internal static class PageNumberFields
{
    /// <summary>The fields of the headers and footers that serve the pages after the section's first page
    /// (default and even pages); the first-page header and footer are AD1007's concern.</summary>
    public static IEnumerable<PageNumberField> OnFollowingPages(PageSection section)
    {
        foreach (var field in section.PageNumbers)
        {
            if (field is not null && field.Page != HeaderFooterPage.First)
            {
                yield return field;
            }
        }
    }

    /// <summary>The fields shown on the section's first page: the first-page header and footer when "different
    /// first page" is on, otherwise the default ones.</summary>
    public static IEnumerable<PageNumberField> OnFirstPage(PageSection section)
    {
        var page = section.DifferentFirstPage ? HeaderFooterPage.First : HeaderFooterPage.Default;
        foreach (var field in section.PageNumbers)
        {
            if (field is not null && field.Page == page)
            {
                yield return field;
            }
        }
    }

    /// <summary>The location of the field's block, or else of the section.</summary>
    public static SourceLocation? LocationOf(SourceDocument source, PageSection section, PageNumberField field) =>
        TypographyValues.BlockAt(source, field.BlockIndex)?.Location ?? TypographyValues.LocationOf(source, section);
}

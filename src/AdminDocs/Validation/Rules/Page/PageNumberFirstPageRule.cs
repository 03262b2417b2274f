using AdminDocs.Sources;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD1007: page 1 shows no page number (ND30 PL I, I.7; the same under TT01 and HD36). Page 1 is the first page of
/// the first section: with "different first page" on it uses the first-page header and footer, otherwise the
/// default ones. A PAGE field there is reported once: the rule's own message when "different first page" is off,
/// the variant "first" when the first-page header or footer itself holds the field.
/// </summary>
internal sealed class PageNumberFirstPageRule : CatalogRule
{
    public PageNumberFirstPageRule()
        : base("AD1007")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        PageSection? first = null;
        foreach (var section in context.Source.Sections)
        {
            if (section is not null && (first is null || section.Index < first.Index))
            {
                first = section;
            }
        }

        if (first is null)
        {
            return;
        }

        foreach (var field in PageNumberFields.OnFirstPage(first))
        {
            var path = TypographyValues.SectionPath(first);
            var location = PageNumberFields.LocationOf(context.Source, first, field);
            if (first.DifferentFirstPage)
            {
                context.ReportVariant("first", path, location);
            }
            else
            {
                context.Report(path, location);
            }

            return;
        }
    }
}

using AdminDocs.Sources;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD1002: pages are portrait (ND30 PL I, I.2); a landscape section is accepted when it holds a table, since the
/// decree allows landscape for tables that are not moved to an appendix. A table counts unless the source says it
/// is borderless (the borderless two-column tables of the header and the signature area are layout, not tables).
/// Each landscape section without a table is reported once. A section whose orientation the source does not give
/// (neither the orientation nor the paper size) is not judged.
/// </summary>
internal sealed class PageOrientationRule : CatalogRule
{
    public PageOrientationRule()
        : base("AD1002")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        foreach (var section in context.Source.Sections)
        {
            if (section is null || !section.IsLandscape || HoldsTable(context.Source, section))
            {
                continue;
            }

            context.Report(
                TypographyValues.SectionPath(section),
                TypographyValues.LocationOf(context.Source, section),
                TypographyValues.Count(section.Index + 1));
        }
    }

    private static bool HoldsTable(SourceDocument source, PageSection section)
    {
        foreach (var block in TypographyValues.BlocksOf(source, section))
        {
            if (block.Kind == BlockKind.TableCell && block.Cell is { } cell && cell.HasBorders != false)
            {
                return true;
            }
        }

        return false;
    }
}

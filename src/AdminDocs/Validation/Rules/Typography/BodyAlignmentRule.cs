using System.Collections.Generic;
using AdminDocs.Sources;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD1009: body paragraphs (see <see cref="BodyBlocks"/>) are justified on both margins (ND30 PL I, II.6.e). A
/// paragraph whose alignment the source does not give is not judged.
/// </summary>
internal sealed class BodyAlignmentRule : CatalogRule
{
    public BodyAlignmentRule()
        : base("AD1009")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var findings = new List<TypographyFinding>();
        var total = 0;
        foreach (var (path, block) in BodyBlocks.Paragraphs(context.Document))
        {
            if (block.Format?.Alignment is not { } alignment)
            {
                continue;
            }

            total++;
            if (alignment != TextAlignment.Justify)
            {
                findings.Add(new TypographyFinding(path, block.Location, System.Array.Empty<string>()));
            }
        }

        TypographyFindings.Report(context, null, findings, total);
    }
}

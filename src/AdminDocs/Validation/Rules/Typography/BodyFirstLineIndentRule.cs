using System;
using System.Collections.Generic;
using AdminDocs.Sources;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD1010: the first line of a body paragraph is indented 1 cm or 1.27 cm, ±0.05 cm (ND30 PL I, II.6.e). Under
/// TT01 and HD36 the sources give a range, "from 1 cm to 1.27 cm" [S], so any indent in 0.95–1.32 cm passes.
/// Paragraphs numbered by the format (a <see cref="SourceBlock.ListLabel"/>) are skipped: the list definition sets
/// their indent, usually a hanging one. A paragraph whose indent the source does not give is not judged.
/// </summary>
internal sealed class BodyFirstLineIndentRule : CatalogRule
{
    private const double Tolerance = 0.05;

    public BodyFirstLineIndentRule()
        : base("AD1010")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var range = context.Profile != DocumentProfile.Nd30;
        var findings = new List<TypographyFinding>();
        var total = 0;
        foreach (var (path, block) in BodyBlocks.Paragraphs(context.Document))
        {
            if (!string.IsNullOrEmpty(block.ListLabel) || block.Format?.FirstLineIndentCm is not { } indent)
            {
                continue;
            }

            total++;
            if (!IsAccepted(indent, range))
            {
                findings.Add(new TypographyFinding(path, block.Location, new[] { TypographyValues.Number(indent) }));
            }
        }

        TypographyFindings.Report(context, range ? "range" : null, findings, total);
    }

    internal static bool IsAccepted(double indentCm, bool range) => range
        ? TypographyValues.Within(indentCm, 1.0, 1.27, Tolerance)
        : Math.Abs(indentCm - 1.0) <= Tolerance + 1e-9 || Math.Abs(indentCm - 1.27) <= Tolerance + 1e-9;
}

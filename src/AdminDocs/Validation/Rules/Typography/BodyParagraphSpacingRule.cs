using System.Collections.Generic;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD1012: consecutive body paragraphs are at least 6 pt apart (ND30 PL I, II.6.e). The gap between two adjacent
/// body paragraphs is the space after the first plus the space before the second, as Word lays them out. Only
/// paragraphs that follow each other directly are judged: a blank paragraph between them already separates them,
/// and the first body paragraph is not compared with the component before it. A gap whose spacing the source
/// does not give on either side is not judged.
/// </summary>
internal sealed class BodyParagraphSpacingRule : CatalogRule
{
    private const double Minimum = 6.0;

    public BodyParagraphSpacingRule()
        : base("AD1012")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var blocks = BodyBlocks.Of(context.Document);
        var findings = new List<TypographyFinding>();
        var total = 0;
        for (var i = 1; i < blocks.Count; i++)
        {
            var previous = blocks[i - 1].Block;
            var current = blocks[i].Block;
            if (current.Index != previous.Index + 1 || current.BlankLinesBefore > 0
                || previous.Format?.SpacingAfterPoints is not { } after || current.Format?.SpacingBeforePoints is not { } before)
            {
                continue;
            }

            total++;
            var gap = after + before;
            if (gap < Minimum - TypographyValues.Epsilon)
            {
                findings.Add(new TypographyFinding(blocks[i].Path, current.Location, new[] { TypographyValues.Number(gap) }));
            }
        }

        TypographyFindings.Report(context, null, findings, total);
    }
}

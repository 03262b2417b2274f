using System;
using System.Collections.Generic;
using AdminDocs.Sources;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD1013: line spacing of body paragraphs from single to 1.5 lines (ND30 PL I, II.6.e). Under TT01 an exact
/// spacing of 15 pt or more (up to 1.5 lines) is accepted too (TT01 Điều 11 khoản 2 [S]).
/// <list type="bullet">
/// <item>A proportional spacing ("multiple") passes from 1.0 to 1.5 (±0.01).</item>
/// <item>A fixed spacing in points is turned into lines with the paragraph's main font size: one Times New Roman
/// line is 1.15 × the size (13 pt → 14.95 pt, 14 pt → 16.1 pt). "Exactly" passes from 0.95 to 1.55 lines;
/// "at least" gives at least a single line, so only its upper bound is judged. When the font size is not given, a
/// fixed spacing is not judged.</item>
/// </list>
/// The spacing is shown in the message as "× 2", "= 12 pt" (exactly) or "≥ 30 pt" (at least).
/// </summary>
internal sealed class BodyLineSpacingRule : CatalogRule
{
    /// <summary>The height of a single line of Times New Roman, as a multiple of the font size.</summary>
    internal const double SingleLine = 1.15;

    private const double MultipleTolerance = 0.01;
    private const double PointsTolerance = 0.05;

    public BodyLineSpacingRule()
        : base("AD1013")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var tt01 = context.Profile == DocumentProfile.Tt01;
        var findings = new List<TypographyFinding>();
        var total = 0;
        foreach (var (path, block) in BodyBlocks.Of(context.Document))
        {
            if (Judge(block, tt01) is not { } verdict)
            {
                continue;
            }

            total++;
            if (!verdict.Accepted)
            {
                findings.Add(new TypographyFinding(path, block.Location, new[] { TypographyValues.Number(verdict.Lines), verdict.AsSet }));
            }
        }

        TypographyFindings.Report(context, tt01 ? "tt01" : null, findings, total);
    }

    private static (bool Accepted, double Lines, string AsSet)? Judge(SourceBlock block, bool tt01)
    {
        var format = block.Format;
        if (format is null)
        {
            return null;
        }

        if (format.LineSpacingPoints is { } points && points > 0)
        {
            if (MainSize(block) is not { } size || size <= 0)
            {
                return null;
            }

            var minimum = format.LineSpacingIsMinimum == true;
            var lines = points / (SingleLine * size);
            var asSet = (minimum ? "≥ " : "= ") + TypographyValues.Number(points) + " pt";
            if (minimum)
            {
                lines = Math.Max(1.0, lines);
                return (lines <= 1.5 + PointsTolerance, lines, asSet);
            }

            var accepted = lines <= 1.5 + PointsTolerance
                && (lines >= 1.0 - PointsTolerance || (tt01 && points >= 15.0 - TypographyValues.Epsilon));
            return (accepted, lines, asSet);
        }

        if (format.LineSpacingMultiple is { } multiple && multiple > 0)
        {
            return (TypographyValues.Within(multiple, 1.0, 1.5, MultipleTolerance), multiple, "× " + TypographyValues.Number(multiple));
        }

        return null;
    }

    /// <summary>The font size that covers most characters of the block, or <see langword="null"/>.</summary>
    private static double? MainSize(SourceBlock block)
    {
        double? best = null;
        var bestLength = -1;
        var lengths = new Dictionary<double, int>();
        foreach (var run in block.Runs)
        {
            if (run?.Format?.FontSizePoints is not { } size || !TypographyValues.HasText(run.Text))
            {
                continue;
            }

            lengths.TryGetValue(size, out var length);
            length += run.Text.Length;
            lengths[size] = length;
            if (length > bestLength)
            {
                bestLength = length;
                best = size;
            }
        }

        return best;
    }
}

using System;
using System.Collections.Generic;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD1011: body text is 13–14 pt and one size throughout (ND30 PL I, II.6.e; TT01: "một cỡ chữ thống nhất").
/// Under HD36 the body is 14–15 pt [S]. Sizes are compared in exact half-points. A paragraph with a run outside the
/// range is reported with that size; among paragraphs inside the range, those with a size other than the body's
/// main size (the in-range size that covers most characters) are reported as mixed. Runs without text and runs
/// whose size the source does not give are not judged.
/// </summary>
internal sealed class BodyFontSizeRule : CatalogRule
{
    public BodyFontSizeRule()
        : base("AD1011")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var (min, max) = context.Profile == DocumentProfile.Hd36 ? (14.0, 15.0) : (13.0, 14.0);
        var paragraphs = new List<(BodyBlock Body, List<double> Sizes)>();
        var weight = new Dictionary<double, int>();
        foreach (var body in BodyBlocks.Of(context.Document))
        {
            var sizes = new List<double>();
            foreach (var run in body.Block.Runs)
            {
                if (run?.Format?.FontSizePoints is not { } raw || !TypographyValues.HasText(run.Text))
                {
                    continue;
                }

                var size = HalfPoints(raw);
                if (!sizes.Contains(size))
                {
                    sizes.Add(size);
                }

                if (InRange(size, min, max))
                {
                    weight.TryGetValue(size, out var w);
                    weight[size] = w + run.Text.Length;
                }
            }

            if (sizes.Count > 0)
            {
                paragraphs.Add((body, sizes));
            }
        }

        double? main = null;
        var best = -1;
        foreach (var pair in weight)
        {
            if (pair.Value > best || (pair.Value == best && main is { } m && pair.Key > m))
            {
                best = pair.Value;
                main = pair.Key;
            }
        }

        var outside = new List<TypographyFinding>();
        var mixed = new List<TypographyFinding>();
        var limits = new[] { TypographyValues.Number(min), TypographyValues.Number(max) };
        foreach (var (body, sizes) in paragraphs)
        {
            var wrong = sizes.FindIndex(s => !InRange(s, min, max));
            if (wrong >= 0)
            {
                outside.Add(new TypographyFinding(body.Path, body.Block.Location, new[] { TypographyValues.Number(sizes[wrong]), limits[0], limits[1] }));
                continue;
            }

            if (main is { } mainSize)
            {
                var other = sizes.FindIndex(s => Math.Abs(s - mainSize) > TypographyValues.Epsilon);
                if (other >= 0)
                {
                    mixed.Add(new TypographyFinding(body.Path, body.Block.Location, new[] { TypographyValues.Number(sizes[other]), TypographyValues.Number(mainSize) }));
                }
            }
        }

        TypographyFindings.Report(context, null, outside, paragraphs.Count);
        TypographyFindings.Report(context, "mixed", mixed, paragraphs.Count);
    }

    private static double HalfPoints(double points) => Math.Round(points * 2, MidpointRounding.AwayFromZero) / 2;

    private static bool InRange(double size, double min, double max) => TypographyValues.Within(size, min, max, TypographyValues.Epsilon);
}

using System.Collections.Generic;
using System.Globalization;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD4004: the căn cứ ban hành lines are 13–14 pt and italic (NĐ 30/2020 Phụ lục I, II.6.a). The rule runs under
/// ND30 only (catalog): TT 01/2011 did not regulate their style, so a TT01 document is not judged on it either way.
/// The căn cứ lines are one component: each defect is reported once, at the first line that has it, with the number
/// of lines that have it.
/// </summary>
internal sealed class LegalBasisStyleRule : CatalogRule
{
    public LegalBasisStyleRule()
        : base("AD4004")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var bases = new List<LegalBasis>();
        Collect(context.Document.Body?.Nodes ?? default, bases, 0);
        if (bases.Count == 0)
        {
            return;
        }

        LegalBasis? sizeFirst = null, slantFirst = null;
        double found = 0;
        int sizeCount = 0, slantCount = 0;
        foreach (var basis in bases)
        {
            var runs = StyleFacts.Runs(StyleFacts.Pieces(basis.Origin, new[] { basis.Text }));
            if (StyleFacts.SizeOutside(runs, 13, 14) is { } size)
            {
                sizeFirst ??= basis;
                found = sizeCount == 0 ? size : found;
                sizeCount++;
            }

            if (StyleFacts.SomeUpright(runs))
            {
                slantFirst ??= basis;
                slantCount++;
            }
        }

        if (sizeFirst is not null)
        {
            context.Report(
                "body.legalBasis",
                sizeFirst.Origin.Location,
                StyleFacts.Points(found),
                "13",
                "14",
                StyleFacts.Quote(sizeFirst.Text),
                sizeCount.ToString(CultureInfo.InvariantCulture));
        }

        if (slantFirst is not null)
        {
            context.ReportVariant(
                "not-italic",
                "body.legalBasis",
                slantFirst.Origin.Location,
                StyleFacts.Quote(slantFirst.Text),
                slantCount.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void Collect(System.Collections.Immutable.ImmutableArray<BodyNode> nodes, List<LegalBasis> into, int depth)
    {
        if (nodes.IsDefault || depth > 32)
        {
            return;
        }

        foreach (var node in nodes)
        {
            switch (node)
            {
                case LegalBasis basis when basis.Text is not null:
                    into.Add(basis);
                    break;
                case BodySection section:
                    Collect(section.Children, into, depth + 1);
                    break;
            }
        }
    }
}

using System.Text.RegularExpressions;

namespace AdminDocs.Validation.Rules;

/// <summary>AD4015: an appendix opens with a "Phụ lục &lt;n&gt;" line (lower case), a title in capitals if it has one,
/// and "(Kèm theo ... số ... ngày ... của ...)" (NĐ 30/2020 Phụ lục I, III.1).</summary>
internal sealed class AppendixHeadingRule : CatalogRule
{
    private static readonly Regex Label = new(@"^Phụ lục(?:\s+(?:[IVXLC]+|\d+))?$", RegexOptions.CultureInvariant);
    private static readonly Regex Reference = new(@"^\(\s*Kèm theo\b.*\bsố\b.*\bngày\b.*\bcủa\b.*\)$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    /// <summary>The index (0 or 1) of a "(Kèm theo ...)" paragraph at the top of an appendix body, or null.</summary>
    private static int? Misread(System.Collections.Immutable.ImmutableArray<BodyNode> nodes)
    {
        for (var i = 0; i < nodes.Length && i < 2; i++)
        {
            if (nodes[i] is Paragraph p && (p.Text ?? string.Empty).TrimStart().StartsWith("(Kèm theo", System.StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return null;
    }

    public AppendixHeadingRule()
        : base("AD4015")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var appendices = context.Document.Appendices;
        for (var i = 0; i < appendices.Length; i++)
        {
            var a = appendices[i];
            if (a is null)
            {
                continue;
            }

            var path = AppendixText.PathOf(i);
            var label = (a.Label?.Text ?? string.Empty).Trim();
            if (!Label.IsMatch(label))
            {
                var expected = "Phụ lục" + (string.IsNullOrEmpty(a.Number) ? string.Empty : " " + a.Number!.Trim());
                context.ReportVariant("label", path + ".label", a.Label?.Origin.Location, label, expected);
            }

            if (a.Title is { } title && (title.Text ?? string.Empty).Trim() is { Length: > 0 } t && !BodyTree.IsCapitals(t))
            {
                context.ReportVariant("title", path + ".title", title.Origin.Location, t);
            }

            var nodes = (a.Body ?? Body.Empty).Nodes;
            if (a.Title is null && a.Reference is null && Misread(nodes) is { } at)
            {
                // The recognizer leaves a sentence-case title and the "(Kèm theo ...)" under it in the appendix body.
                if (at == 1 && nodes[0] is Paragraph t0)
                {
                    context.ReportVariant("title", path + ".body.nodes[0]", t0.Origin.Location, (t0.Text ?? string.Empty).Trim());
                }

                var r = (Paragraph)nodes[at];
                if (!Reference.IsMatch((r.Text ?? string.Empty).Trim()))
                {
                    context.Report(path + ".body.nodes[" + BodyTree.Index(at) + "]", r.Origin.Location, (r.Text ?? string.Empty).Trim());
                }
            }
            else if (a.Reference is not { } reference)
            {
                context.ReportVariant("reference-missing", path, a.Label?.Origin.Location, label);
            }
            else if (!Reference.IsMatch((reference.Text ?? string.Empty).Trim()))
            {
                context.Report(path + ".reference", reference.Origin.Location, (reference.Text ?? string.Empty).Trim());
            }
        }
    }
}

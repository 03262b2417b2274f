using System.Text.RegularExpressions;

namespace AdminDocs.Validation.Rules;

/// <summary>AD4016 (info): a báo cáo closes with a closing sentence ("Trên đây là báo cáo ...", "... kính báo cáo
/// ... xem xét, chỉ đạo./.") (practice).</summary>
internal sealed class ReportClosingRule : CatalogRule
{
    private static readonly Regex Closing = new(
        @"^(?:Trên\s+đây|Trân\s+trọng)|(?:kính|xin|trân\s+trọng)\s+báo\s+cáo|báo\s+cáo\s+để",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public ReportClosingRule()
        : base("AD4016")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var body = context.Document.Body ?? Body.Empty;

        // A one-paragraph report is its own opening and closing: only a report with a content after its opening is judged.
        if (context.Document.Kind != DocumentKind.Report || body.Nodes.Length < 2)
        {
            return;
        }

        // The closing sentence is among the last top-level paragraphs, after the last numbered part.
        var nodes = body.Nodes;
        for (var i = nodes.Length - 1; i >= 0 && nodes[i] is Paragraph; i--)
        {
            if (Closing.IsMatch(((Paragraph)nodes[i]).Text ?? string.Empty))
            {
                return;
            }
        }

        var last = BodyTree.Last(body, "body.nodes");
        if (last is { } l && Closing.IsMatch(BodyTree.TextOf(l.Node)))
        {
            return;
        }

        context.Report(last?.Path ?? "body", last?.Node.Origin.Location);
    }
}

using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD7004 (info): in a Party document the Nơi nhận items end with ",", and the last one is "- Lưu &lt;unit&gt;." —
/// without the colon and "VT" of state documents (Hướng dẫn 36-HD/VPTW [S, medium]: third-party summaries disagree,
/// hence info).
/// </summary>
internal sealed class PartyRecipientsRule : CatalogRule
{
    private static readonly Regex Archive = new(@"^Lưu\s+[^:,;]+\.$", RegexOptions.CultureInvariant);

    public PartyRecipientsRule()
        : base("AD7004")
    {
    }

    public override void Analyze(RuleContext context)
    {
        if (context.Document.Recipients is not { Items.IsEmpty: false } recipients)
        {
            return;
        }

        var items = recipients.Items;
        for (var i = 0; i < items.Length - 1; i++)
        {
            if (!items[i].Text.TrimEnd().EndsWith(",", StringComparison.Ordinal))
            {
                context.ReportVariant("comma", Path(i), items[i].Origin.Location, items[i].Text);
            }
        }

        var last = items[items.Length - 1];
        if (!Archive.IsMatch(last.Text.Trim()))
        {
            context.ReportVariant("archive", Path(items.Length - 1), last.Origin.Location, last.Text);
        }
    }

    private static string Path(int i) => "recipients.items[" + i.ToString(CultureInfo.InvariantCulture) + "]";
}

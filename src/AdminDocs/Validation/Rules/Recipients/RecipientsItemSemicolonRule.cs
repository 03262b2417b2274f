using System;
using System.Collections.Generic;

namespace AdminDocs.Validation.Rules;

/// <summary>AD5104: every Nơi nhận item but the last ends with ";". ND30 PL I, II.9.d. A line that continues the item
/// above (no bullet, the item above ends without ";" or ".") is part of it, so the item's end is the continuation's;
/// the same wrong ending on several items (a list written with "," throughout) is one finding per list.</summary>
internal sealed class RecipientsItemSemicolonRule : CatalogRule
{
    public RecipientsItemSemicolonRule()
        : base("AD5104")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var logical = ListLines.OfRecipients(RecipientsText.Items(context.Document.Recipients));
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < logical.Count - 1; i++)
        {
            var item = logical[i].Tail;
            var text = logical[i].EndText;
            if (text.Length == 0 || text.EndsWith(";", StringComparison.Ordinal))
            {
                continue;
            }

            var last = text[text.Length - 1];
            var path = RecipientsText.ItemPath(logical[i].Last);
            if (last is ',' or '.' or ':' or '!')
            {
                if (reported.Add(new string(last, 1)))
                {
                    context.ReportVariant("wrong-mark", path, RecipientsText.At(item, text.Length - 1), text, new string(last, 1));
                }
            }
            else if (reported.Add(string.Empty))
            {
                context.Report(path, RecipientsText.At(item, text.Length), text);
            }
        }
    }
}

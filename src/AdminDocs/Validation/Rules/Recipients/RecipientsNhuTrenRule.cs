using System;
using AdminDocs.Decree;
using AdminDocs.Text;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD5106: when the document has "Kính gửi:", the first Nơi nhận line is "- Như trên;" (its punctuation is AD5104's
/// business). ND30 PL I, II.9.b.
/// </summary>
internal sealed class RecipientsNhuTrenRule : CatalogRule
{
    private const string Words = FixedTexts.AsAbove;

    private static readonly string WordsKey = VietnameseText.Key(Words);

    public RecipientsNhuTrenRule()
        : base("AD5106")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        if (context.Document.Addressees is null)
        {
            return;
        }

        var items = RecipientsText.Items(context.Document.Recipients);
        if (items.IsEmpty)
        {
            return;
        }

        // A flattened footer puts the signature's first line ("KT. GIÁM ĐỐC") beside the label: not a recipient.
        var at = 0;
        while (at < items.Length - 1 && items[at] is { } line && ListLines.IsSignatureLine(line))
        {
            at++;
        }

        if (at > 0)
        {
            items = items.RemoveRange(0, at);
        }

        var first = ListLines.OwnText(items[0]).Trim();
        var firstCore = Core(first);
        if (string.Equals(firstCore, Words, StringComparison.Ordinal))
        {
            return;
        }

        if (string.Equals(VietnameseText.Key(firstCore), WordsKey, StringComparison.Ordinal))
        {
            context.ReportVariant("spelling", RecipientsText.ItemPath(at), items[0]?.Origin.Location, first);
            return;
        }

        for (var i = 1; i < items.Length; i++)
        {
            var text = RecipientsText.TextOf(items[i]);
            if (string.Equals(VietnameseText.Key(Core(text)), WordsKey, StringComparison.Ordinal))
            {
                context.ReportVariant("not-first", RecipientsText.ItemPath(i + at), items[i].Origin.Location, text);
                return;
            }
        }

        context.Report(RecipientsText.ItemPath(at), items[0]?.Origin.Location, first);
    }

    // "Như trên (b/c);", "Như trên (kèm hồ sơ)": the item with a note in brackets is still "Như trên".
    private static string Core(string text)
    {
        var core = text.TrimEnd(' ', ';', ',', '.', ':');
        var open = core.IndexOf('(');
        if (open > 0 && core.EndsWith(")", StringComparison.Ordinal))
        {
            core = core.Substring(0, open).TrimEnd();
        }

        return core;
    }
}

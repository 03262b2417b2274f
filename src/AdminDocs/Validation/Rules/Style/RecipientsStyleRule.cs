using System.Linq;
using AdminDocs.Decree;
using AdminDocs.Sources;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD5107: "Nơi nhận:" is 12 pt, bold and italic; the list is 11 pt and upright; both are flush left (left aligned,
/// at most 0.5 cm of left indent); the label is level with the quyền hạn line of the main signature: in the same
/// table row (NĐ 30/2020 Phụ lục I, II.9.d; Mục V rows 8b). Under HD36 the sources disagree [S]: the label may be
/// 12–14 pt, bold italic or underlined, and the list 11–12 pt.
/// </summary>
internal sealed class RecipientsStyleRule : CatalogRule
{
    private const double FlushLeftToleranceCm = 0.5;

    public RecipientsStyleRule()
        : base("AD5107")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        if (document.Recipients is not { } recipients || recipients.Label is not { } label)
        {
            return;
        }

        var party = context.Profile == DocumentProfile.Hd36;
        var labelPieces = StyleFacts.Of(label);
        if (labelPieces.Count == 0)
        {
            return;
        }

        var labelRuns = StyleFacts.Runs(labelPieces);
        var location = label.Origin.Location;
        StyleCheck.Size(context, party ? "party-size" : null, "recipients.label", location, labelRuns, Typography.Of(Component.RecipientsLabel, party).Min, Typography.Of(Component.RecipientsLabel, party).Max);
        if (!(party && StyleFacts.AllUnderlined(labelRuns)))
        {
            StyleCheck.When(StyleFacts.SomeNotBold(labelRuns), context, "label-not-bold", "recipients.label", location, label.Text);
            StyleCheck.When(StyleFacts.SomeUpright(labelRuns), context, "label-not-italic", "recipients.label", location, label.Text);
        }

        var itemPieces = recipients.Items.Where(i => i is not null).Select(StyleFacts.Of).Where(p => p.Count > 0).ToList();
        if (itemPieces.Count > 0)
        {
            var itemRuns = StyleFacts.Runs(itemPieces);
            var itemsLocation = itemPieces[0][0].Block.LocationAt(itemPieces[0][0].Start);
            var firstItem = recipients.Items.First(i => i is not null);
            StyleCheck.Size(context, party ? "party-items-size" : "items-size", "recipients.items", itemsLocation, itemRuns, Typography.Of(Component.RecipientsItems, party).Min, Typography.Of(Component.RecipientsItems, party).Max);
            StyleCheck.When(StyleFacts.SomeItalic(itemRuns), context, "items-italic", "recipients.items", itemsLocation, firstItem.RawText);
        }

        var all = labelPieces.Concat(itemPieces.SelectMany(p => p));
        StyleCheck.When(all.Any(p => StyleFacts.OwnsBlock(p) && NotFlushLeft(p.Block)), context, "not-flush-left", "recipients", location, label.Text);

        if (document.Signature is { } signature && !signature.Lines.IsEmpty && signature.Lines[0] is { } firstLine
            && StyleFacts.FirstBlock(StyleFacts.Of(firstLine)) is { } signatureBlock)
        {
            var labelBlock = labelPieces[0].Block;
            if (labelBlock.Index != signatureBlock.Index && StyleFacts.IsFlowBlock(labelBlock) && StyleFacts.IsFlowBlock(signatureBlock))
            {
                var level = labelBlock.Cell is { } a && signatureBlock.Cell is { } b && StyleFacts.SameRow(a, b) && a.Column != b.Column;
                StyleCheck.When(!level, context, "not-level", "recipients.label", location, label.Text);
            }
        }
    }

    private static bool NotFlushLeft(SourceBlock block) =>
        block.Format is { } f
        && (f.Alignment is TextAlignment.Center or TextAlignment.Right || f.LeftIndentCm > FlushLeftToleranceCm);
}

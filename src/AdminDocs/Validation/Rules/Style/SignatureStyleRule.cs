using System.Collections.Generic;
using System.Linq;
using AdminDocs.Decree;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD5009: in each signature block the quyền hạn and chức vụ lines are in capitals (typed, or set in capitals by
/// formatting), bold, upright, 13–14 pt; the signer's name is bold, upright, 13–14 pt, centered and in the column of
/// the title lines; the main (last) block sits in the right-hand column of its layout table
/// (NĐ 30/2020 Phụ lục I, II.7.đ; Mục IV ô 7). Under HD36 the chức vụ under a "T/M" line is not bold [S], so only the
/// first line's weight is judged there.
/// </summary>
internal sealed class SignatureStyleRule : CatalogRule
{
    public SignatureStyleRule()
        : base("AD5009")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var signatures = context.Document.Signatures;
        for (var i = 0; i < signatures.Length; i++)
        {
            if (signatures[i] is { } block)
            {
                Check(context, block, i, i == signatures.Length - 1);
            }
        }
    }

    private static void Check(RuleContext context, SignatureBlock block, int index, bool main)
    {
        // Text in a legacy font (AD0003) is mojibake: its letter case says nothing.
        var legacy = context.HasLegacyEncoding;
        var path = SignatureText.PathOf(index);
        var titles = TitleLines(block);
        if (titles.Count > 0)
        {
            var pieces = titles.Select(StyleFacts.Of).ToList();
            var runs = StyleFacts.Runs(pieces);
            var first = titles[0];
            var location = first.Origin.Location;
            var weighed = context.Profile == DocumentProfile.Hd36 ? StyleFacts.Runs(pieces[0]) : runs;
            StyleCheck.Size(context, null, path + ".titles", location, runs, Typography.Of(Component.SignatureTitles).Min, Typography.Of(Component.SignatureTitles).Max);
            StyleCheck.When(!legacy && StyleFacts.ShowsLowerCase(runs), context, "not-caps", path + ".titles", location, first.Text);
            StyleCheck.When(StyleFacts.SomeNotBold(weighed), context, "not-bold", path + ".titles", location, first.Text);
            StyleCheck.When(StyleFacts.SomeItalic(runs), context, "italic", path + ".titles", location, first.Text);
            if (main && StyleFacts.FirstBlock(pieces[0]) is { } firstBlock)
            {
                StyleCheck.When(StyleFacts.IsRightColumn(firstBlock.Cell) == false, context, "not-right-column", path, location, first.Text);
            }
        }

        if (block.SignerName is not { } name)
        {
            return;
        }

        var namePieces = StyleFacts.Of(name);
        if (namePieces.Count == 0)
        {
            return;
        }

        var nameRuns = StyleFacts.Runs(namePieces);
        var nameLocation = name.Origin.Location;
        var namePath = path + ".signerName";
        StyleCheck.Size(context, "name-size", namePath, nameLocation, nameRuns, Typography.Of(Component.SignerName).Min, Typography.Of(Component.SignerName).Max);
        StyleCheck.When(StyleFacts.SomeNotBold(nameRuns), context, "name-not-bold", namePath, nameLocation, name.Text);
        StyleCheck.When(StyleFacts.SomeItalic(nameRuns), context, "name-italic", namePath, nameLocation, name.Text);
        var titleBlock = titles.Count > 0 ? StyleFacts.FirstBlock(StyleFacts.Of(titles[0])) : null;
        if (!StyleCheck.When(StyleFacts.DifferentColumns(namePieces[0].Block, titleBlock), context, "name-not-under", namePath, nameLocation, name.Text))
        {
            StyleCheck.When(StyleFacts.KnownNotCentered(namePieces[0]), context, "name-not-centered", namePath, nameLocation, name.Text);
        }
    }

    /// <summary>The quyền hạn and chức vụ lines as the recognizer read them (not the notes, the name or the other
    /// lines such as the post printed under the name), those that came from the source.</summary>
    private static List<TextElement> TitleLines(SignatureBlock block) =>
        block.SignatureLines.Where(l => l.IsTitle && !l.Origin.Blocks.IsEmpty).Select(l => l.ToElement()).ToList();
}

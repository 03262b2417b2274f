using AdminDocs.Decree;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD2211: the số, ký hiệu line is set 13 pt upright, centered under the issuing body: in the same table column as
/// the issuer when both sit in a layout table, and centered in it (NĐ 30/2020 Phụ lục I, II.3.c; Mục IV ô 3). When the
/// line shares its paragraph with the date (a header aligned with tabs), its alignment is not judged.
/// </summary>
internal sealed class NumberStyleRule : CatalogRule
{
    public NumberStyleRule()
        : base("AD2211")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        if (document.Number is not { } number)
        {
            return;
        }

        var pieces = StyleFacts.Of(number);
        if (pieces.Count == 0)
        {
            return;
        }

        var runs = StyleFacts.Runs(pieces);
        var location = number.Origin.Location;
        var block = pieces[0].Block;
        StyleCheck.Size(context, null, "number", location, runs, Typography.Of(Component.Number).Min, Typography.Of(Component.Number).Max);
        StyleCheck.When(StyleFacts.SomeItalic(runs), context, "italic", "number", location, number.Text);

        var issuerBlock = StyleFacts.FirstBlock(StyleFacts.Of(document.IssuingAgency));
        if (StyleCheck.When(StyleFacts.DifferentColumns(block, issuerBlock), context, "not-under-issuer", "number", location, number.Text))
        {
            return;
        }

        var sharesLine = StyleFacts.FirstBlock(StyleFacts.Of(document.PlaceDate))?.Index == block.Index;
        StyleCheck.When(!sharesLine && StyleFacts.KnownNotCentered(pieces[0]), context, "not-centered", "number", location, number.Text);
    }
}

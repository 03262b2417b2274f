using System.Collections.Generic;
using AdminDocs.Decree;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD3203: "Kính gửi:" and the recipients after it are set 13–14 pt, upright (NĐ 30/2020 Phụ lục I, Mục V, row 8a).
/// Under HD36 Party practice sets it in italic [S], so the slant is not judged there.
/// </summary>
internal sealed class AddresseeStyleRule : CatalogRule
{
    public AddresseeStyleRule()
        : base("AD3203")
    {
    }

    public override void Analyze(RuleContext context)
    {
        if (context.Document.Addressees is not { } addressees || addressees.Label is null)
        {
            return;
        }

        var components = new List<List<StylePiece>> { StyleFacts.Of(addressees.Label) };
        foreach (var item in addressees.Items)
        {
            components.Add(StyleFacts.Of(item));
        }

        var runs = StyleFacts.Runs(components);
        var location = addressees.Label.Origin.Location;
        var text = addressees.Label.Text;
        StyleCheck.Size(context, null, "addressees", location, runs, Typography.Of(Component.Addressees).Min, Typography.Of(Component.Addressees).Max);
        StyleCheck.When(context.Profile != DocumentProfile.Hd36 && StyleFacts.SomeItalic(runs), context, "italic", "addressees", location, text);
    }
}

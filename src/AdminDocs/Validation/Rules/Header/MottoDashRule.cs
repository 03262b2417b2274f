using AdminDocs.Decree;
using AdminDocs.Text;

namespace AdminDocs.Validation.Rules;

/// <summary>AD2007: the Tiêu ngữ's words are right but its phrases are joined by en or em dashes (or another dash)
/// instead of the hyphen-minus the decree shows (NĐ 30/2020 Phụ lục I, II.1.b). Word's AutoFormat and web pages
/// produce them and they print almost alike, so this is a warning, once per document; wrong words, spacing or
/// capitals stay AD2005's.</summary>
internal sealed class MottoDashRule : CatalogRule
{
    public MottoDashRule()
        : base("AD2007")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var element = context.Document.Motto;
        if (element?.Text is not { } raw)
        {
            return;
        }

        var text = VietnameseText.Nfc(raw);
        var dashIndex = text.IndexOfAny(Dashes.Others);
        if (dashIndex < 0)
        {
            return;
        }

        // Only the same three phrases (in any case and spacing: AD2005 reports those): other words are AD2005's alone.
        if (HeaderText.AreMottoPhrases(HeaderText.MottoPhrases(text, out _)))
        {
            context.Report("motto", element.Origin.LocationAt(dashIndex), raw, text[dashIndex].ToString(), FixedTexts.Motto);
        }
    }
}

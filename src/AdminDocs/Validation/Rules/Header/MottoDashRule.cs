using System;
using System.Linq;
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

        var hyphenated = text;
        foreach (var dash in Dashes.Others)
        {
            hyphenated = hyphenated.Replace(dash, '-');
        }

        // Only the same three phrases (in any case and spacing: AD2005 reports those): other words are AD2005's alone.
        var phrases = hyphenated.Split('-').Select(p => VietnameseText.CollapseSpaces(p)).ToArray();
        var samePhrases = phrases.Length == FixedTexts.MottoPhrases.Length
            && phrases.Zip(FixedTexts.MottoPhrases, (a, b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase)).All(x => x);
        if (samePhrases)
        {
            context.Report("motto", element.Origin.LocationAt(dashIndex), raw, text[dashIndex].ToString(), FixedTexts.Motto);
        }
    }
}

using System;
using AdminDocs.Decree;
using AdminDocs.Text;

namespace AdminDocs.Validation.Rules;

/// <summary>AD2005: the Tiêu ngữ reads exactly "Độc lập - Tự do - Hạnh phúc": the words, one space on each side of the
/// separators, only the phrase initials in capitals (NĐ 30/2020 Phụ lục I, II.1.b). One finding per kind of defect.
/// En or em dashes in place of the hyphens are AD2007's (<see cref="MottoDashRule"/>), a form defect, not this rule's.</summary>
internal sealed class MottoTextRule : CatalogRule
{
    public MottoTextRule()
        : base("AD2005")
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
        if (string.Equals(text, FixedTexts.Motto, StringComparison.Ordinal))
        {
            return;
        }

        var location = element.Origin.Location;
        var phrases = HeaderText.MottoPhrases(text, out var hyphenated);
        if (!HeaderText.AreMottoPhrases(phrases))
        {
            context.Report("motto", location, raw, FixedTexts.Motto);
            return;
        }

        if (!string.Equals(hyphenated, string.Join(" - ", phrases), StringComparison.Ordinal))
        {
            context.ReportVariant("spacing", "motto", location, raw, FixedTexts.Motto);
        }

        if (!string.Equals(string.Join(" - ", phrases), FixedTexts.Motto, StringComparison.Ordinal))
        {
            context.ReportVariant("case", "motto", location, raw, FixedTexts.Motto);
        }
    }
}

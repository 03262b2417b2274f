using System;
using AdminDocs.Decree;
using AdminDocs.Text;

namespace AdminDocs.Validation.Rules;

/// <summary>AD2002: the Quốc hiệu reads exactly "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" ("HOÀ" accepted), in capitals with
/// single spaces (NĐ 30/2020 Phụ lục I, II.1.a).</summary>
internal sealed class NationalTitleTextRule : CatalogRule
{
    public NationalTitleTextRule()
        : base("AD2002")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var element = context.Document.NationalTitle;
        if (element?.Text is not { } raw)
        {
            return;
        }

        var text = VietnameseText.Nfc(raw);
        if (string.Equals(text, FixedTexts.NationalTitle, StringComparison.Ordinal)
            || string.Equals(text, FixedTexts.NationalTitleOldTone, StringComparison.Ordinal))
        {
            return;
        }

        var location = element.Origin.Location;
        var sameWords = string.Equals(VietnameseText.Key(text), VietnameseText.Key(FixedTexts.NationalTitle), StringComparison.Ordinal);
        if (sameWords && HeaderText.HasLower(text))
        {
            context.ReportVariant("case", "nationalTitle", location, raw, FixedTexts.NationalTitle);
        }
        else if (sameWords)
        {
            context.ReportVariant("spacing", "nationalTitle", location, raw, FixedTexts.NationalTitle);
        }
        else
        {
            context.Report("nationalTitle", location, raw, FixedTexts.NationalTitle);
        }
    }
}

using System;
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
        if (string.Equals(text, HeaderText.NationalTitle, StringComparison.Ordinal)
            || string.Equals(text, HeaderText.NationalTitleOldTone, StringComparison.Ordinal))
        {
            return;
        }

        var location = element.Origin.Location;
        var sameWords = string.Equals(VietnameseText.Key(text), VietnameseText.Key(HeaderText.NationalTitle), StringComparison.Ordinal);
        if (sameWords && HeaderText.HasLower(text))
        {
            context.ReportVariant("case", "nationalTitle", location, raw, HeaderText.NationalTitle);
        }
        else if (sameWords)
        {
            context.ReportVariant("spacing", "nationalTitle", location, raw, HeaderText.NationalTitle);
        }
        else
        {
            context.Report("nationalTitle", location, raw, HeaderText.NationalTitle);
        }
    }
}

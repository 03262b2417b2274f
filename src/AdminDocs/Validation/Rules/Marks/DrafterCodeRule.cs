using System.Globalization;
using System.Text.RegularExpressions;
using AdminDocs.Text;

namespace AdminDocs.Validation.Rules;

/// <summary>AD6005: the drafter code and the number of copies issued (ô 12) are written like "PL.(300)": the code in
/// capitals, the count in Arabic digits in parentheses, on their own line below Nơi nhận (NĐ 30/2020 Phụ lục I, III.3).
/// A code glued after the Lưu line ("- Lưu: VT, TH (2b).Ng") is reported too.</summary>
internal sealed class DrafterCodeRule : CatalogRule
{
    private static readonly Regex Code = new(@"^(?<code>[\p{L}]{1,6})\s*\.?\s*\(\s*(?<count>\d+)\s*\)\s*\.?$", RegexOptions.CultureInvariant);

    private static readonly Regex Canonical = new(@"^\p{Lu}+\.\(\d+\)$", RegexOptions.CultureInvariant);

    // "Lưu: VT, TH (2b).Ng" or "Lưu: VT, TH. PL.(300)": a code after the archive line's closing period.
    private static readonly Regex Glued = new(
        @"^Lưu\b.*?(?:\)\s*\.\s*(?<code>\p{Lu}\p{L}{0,5}(?:\s*\.?\s*\(\d+\))?)|\.\s+(?<code>\p{Lu}\p{L}{0,5}\s*\.?\s*\(\d+\)))$",
        RegexOptions.CultureInvariant);

    public DrafterCodeRule()
        : base("AD6005")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        if (document.DrafterCode is { Text: { } written } drafter && !string.IsNullOrWhiteSpace(written))
        {
            var text = VietnameseText.CollapseSpaces(written).Trim();
            if (!Canonical.IsMatch(text))
            {
                var m = Code.Match(text);
                var expected = m.Success
                    ? m.Groups["code"].Value.ToUpperInvariant() + ".(" + m.Groups["count"].Value + ")"
                    : "PL.(300)";
                context.Report("drafterCode", MarkText.At(drafter.Origin, written), text, expected);
            }
        }

        if (document.Recipients is not { } recipients)
        {
            return;
        }

        for (var i = 0; i < recipients.Items.Length; i++)
        {
            if (recipients.Items[i] is not { Text: { } item } listItem)
            {
                continue;
            }

            var line = item.Trim();
            var m = Glued.Match(line);
            if (m.Success)
            {
                var code = m.Groups["code"];
                context.ReportVariant(
                    "glued",
                    "recipients.items[" + i.ToString(CultureInfo.InvariantCulture) + "]",
                    TextLocator.Locate(listItem.Origin, item, item.IndexOf(line, System.StringComparison.Ordinal) + code.Index),
                    code.Value,
                    line);
            }
        }
    }
}

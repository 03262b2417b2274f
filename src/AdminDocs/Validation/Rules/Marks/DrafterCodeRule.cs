using System.Text.RegularExpressions;
using AdminDocs.Text;

namespace AdminDocs.Validation.Rules;

/// <summary>AD6005: the drafter code and the number of copies issued (ô 12) are written like "PL.(300)": the code in
/// capitals, the count in Arabic digits in parentheses, on their own line below Nơi nhận (NĐ 30/2020 Phụ lục I, III.3).
/// A drafter code inside the Lưu line ("- Lưu: VT, TH (2b).Ng") is Phụ lục III's own slot and is not asked to move
/// (catalog, domain-rules §8: whatever follows "VT," is the office's own).</summary>
internal sealed class DrafterCodeRule : CatalogRule
{
    private static readonly Regex Code = new(@"^(?<code>[\p{L}]{1,6})\s*\.?\s*\(\s*(?<count>\d+)\s*\)\s*\.?$", RegexOptions.CultureInvariant);

    private static readonly Regex Canonical = new(@"^\p{Lu}+\.\(\d+\)$", RegexOptions.CultureInvariant);

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
    }
}

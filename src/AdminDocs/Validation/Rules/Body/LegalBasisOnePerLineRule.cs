using System.Text.RegularExpressions;

namespace AdminDocs.Validation.Rules;

/// <summary>AD4003: one căn cứ per line — a line holding a second "Căn cứ" after ";" or "." is two bases run
/// together (NĐ 30/2020 Phụ lục I, II.6.a).</summary>
internal sealed class LegalBasisOnePerLineRule : CatalogRule
{
    private static readonly Regex Second = new(@"[;.,]\s*(?<c>[Cc]ăn\s+cứ)\b", RegexOptions.CultureInvariant);

    public LegalBasisOnePerLineRule()
        : base("AD4003")
    {
    }

    public override void Analyze(RuleContext context)
    {
        foreach (var entry in LegalBasisBlock.Of(context.Document))
        {
            var text = LegalBasisBlock.TextOf(entry);
            var m = Second.Match(text);
            if (m.Success)
            {
                var c = m.Groups["c"];
                context.Report(entry.Path, entry.Node.Origin.LocationAt(c.Index), text.Substring(c.Index).Trim());
            }
        }
    }
}

using System.Linq;

namespace AdminDocs.Validation.Rules;

/// <summary>AD2210: each issuer and unit abbreviation of the ký hiệu is among those configured for the organisation
/// (<see cref="ValidationOptions.KnownAbbreviations"/>; silent when none are) (NĐ 30/2020 Phụ lục I, II.3.b).</summary>
internal sealed class SymbolKnownOrganizationRule : CatalogRule
{
    public SymbolKnownOrganizationRule()
        : base("AD2210")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var known = context.Options.KnownAbbreviations;
        var document = context.Document;
        var number = document.Number;
        if (known.IsDefaultOrEmpty || number?.Symbol is null || number.SymbolGroups.IsDefaultOrEmpty)
        {
            return;
        }

        var starts = NumberLayout.GroupStarts(number);
        var list = string.Join(", ", known);
        for (var i = 0; i < number.SymbolGroups.Length; i++)
        {
            var group = number.SymbolGroups[i] ?? string.Empty;
            if (i == 0 && IsTypeSlot(document.Kind, group))
            {
                continue;
            }

            if (!known.Any(k => k is not null && NumberLayout.SameLetters(k, group)))
            {
                context.Report("number.symbol", NumberLayout.At(number, starts[i]), group, list);
            }
        }
    }

    // The first group of a named type is its type abbreviation (AD2208 checks it); for an unknown type, a group that
    // is some type abbreviation.
    private static bool IsTypeSlot(DocumentKind kind, string group) => kind switch
    {
        DocumentKind.OfficialLetter or DocumentKind.PublicLetter => false,
        DocumentKind.Other => NumberLayout.TypeAbbreviations(DocumentProfile.Tt01).Any(a => NumberLayout.SameLetters(a, group)),
        _ => true,
    };
}

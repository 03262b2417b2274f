using System.Linq;

namespace AdminDocs.Validation.Rules;

/// <summary>AD2209: a công văn's ký hiệu is issuer-unit (UBND-VX), with no "CV" and no type abbreviation
/// (NĐ 30/2020 Phụ lục I, II.3.b; Phụ lục III Mẫu 1.5).</summary>
internal sealed class SymbolCongVanRule : CatalogRule
{
    public SymbolCongVanRule()
        : base("AD2209")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        var number = document.Number;
        if (document.Kind != DocumentKind.OfficialLetter || number?.Symbol is null || number.SymbolGroups.IsDefaultOrEmpty)
        {
            return;
        }

        var location = NumberLayout.At(number, NumberLayout.SymbolStart(number));
        var first = number.SymbolGroups[0] ?? string.Empty;
        var known = context.Options.KnownAbbreviations.IsDefault ? Enumerable.Empty<string>() : context.Options.KnownAbbreviations;
        if (NumberLayout.SameLetters(first, "CV"))
        {
            context.ReportVariant("cv", "number.symbol", location, number.Symbol, first);
        }
        else if (NumberLayout.TypeAbbreviations(context.Profile).Any(a => NumberLayout.SameLetters(a, first))
            && !known.Any(k => NumberLayout.SameLetters(k, first)))
        {
            // A configured issuer abbreviation that looks like a type (e.g. "CT" for Cục Thuế) is not flagged.
            context.ReportVariant("type-abbreviation", "number.symbol", location, number.Symbol, first);
        }

        if (number.SymbolGroups.Length < 2)
        {
            context.ReportVariant("single-group", "number.symbol", location, number.Symbol);
        }
    }
}

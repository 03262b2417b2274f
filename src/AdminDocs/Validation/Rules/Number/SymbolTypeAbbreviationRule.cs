using System;
using System.Linq;

namespace AdminDocs.Validation.Rules;

/// <summary>AD2208: the ký hiệu of a document with a tên loại starts with that type's Phụ lục III abbreviation
/// (BÁO CÁO → BC-..., QUY ĐỊNH → QyĐ-...; TT01 also TS for trích sao) (NĐ 30/2020 Phụ lục I, II.3.b; Phụ lục III).</summary>
internal sealed class SymbolTypeAbbreviationRule : CatalogRule
{
    public SymbolTypeAbbreviationRule()
        : base("AD2208")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        var number = document.Number;
        if (number?.Symbol is null || number.SymbolGroups.IsDefaultOrEmpty
            || document.Kind is DocumentKind.Other or DocumentKind.OfficialLetter or DocumentKind.PublicLetter)
        {
            return;
        }

        var expected = NumberLayout.Expected(document.Kind, context.Profile);
        var first = number.SymbolGroups[0] ?? string.Empty;
        if (expected.Count == 0 || expected.Contains(first, StringComparer.Ordinal))
        {
            return;
        }

        var location = NumberLayout.At(number, NumberLayout.SymbolStart(number));
        if (expected.Any(e => NumberLayout.SameLetters(e, first)))
        {
            // Right letters, wrong case: lower-case letters are AD2207's; all capitals for a mixed-case one is ours.
            if (!NumberLayout.HasCaseDefect(first))
            {
                context.ReportVariant("case", "number.symbol", location, number.Symbol, expected[0]);
            }

            return;
        }

        context.Report("number.symbol", location, number.Symbol, expected[0]);
    }
}

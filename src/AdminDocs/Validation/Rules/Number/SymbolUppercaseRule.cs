using System;
using System.Linq;

namespace AdminDocs.Validation.Rules;

/// <summary>AD2207: each ký hiệu group is in capitals (NĐ 30/2020 Phụ lục I, II.3.c; Phụ lục III). Accepted besides:
/// the decree's own mixed-case abbreviations TTr, CTr, QyĐ, TrS; the Government's groups TTg, PTTg, GDTrH, CTrTT
/// (domain-rules §8: the abbreviations of a body and its units are the head of that body's to fix, PL I, II.3.b);
/// and the groups configured in <see cref="ValidationOptions.MixedCaseSymbolGroups"/>. Any other mixed case is an
/// info (the catalog's severity), one per group.</summary>
internal sealed class SymbolUppercaseRule : CatalogRule
{
    /// <summary>Mixed-case groups the Government itself writes in its ký hiệu (TTg: Thủ tướng; PTTg: Phó Thủ tướng;
    /// GDTrH: Giáo dục Trung học; CTrTT).</summary>
    public static readonly string[] GovernmentGroups = { "TTg", "PTTg", "GDTrH", "CTrTT" };

    public SymbolUppercaseRule()
        : base("AD2207")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var number = context.Document.Number;
        if (number?.Symbol is null || number.SymbolGroups.IsDefaultOrEmpty)
        {
            return;
        }

        var configured = context.Options.MixedCaseSymbolGroups;
        var starts = NumberLayout.GroupStarts(number);
        for (var i = 0; i < number.SymbolGroups.Length; i++)
        {
            var group = number.SymbolGroups[i] ?? string.Empty;
            if (NumberLayout.HasCaseDefect(group)
                && !GovernmentGroups.Contains(group, StringComparer.Ordinal)
                && (configured.IsDefaultOrEmpty || !configured.Contains(group, StringComparer.Ordinal)))
            {
                context.Report("number.symbol", NumberLayout.At(number, starts[i]), group, NumberLayout.CapitalForm(group));
            }
        }
    }
}

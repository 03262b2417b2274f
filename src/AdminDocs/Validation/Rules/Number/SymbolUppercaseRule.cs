namespace AdminDocs.Validation.Rules;

/// <summary>AD2207: each ký hiệu group is in capitals, except the official mixed-case abbreviations TTr, CTr, QyĐ, TrS
/// (NĐ 30/2020 Phụ lục I, II.3.c; Phụ lục III). One warning per group.</summary>
internal sealed class SymbolUppercaseRule : CatalogRule
{
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

        var starts = NumberLayout.GroupStarts(number);
        for (var i = 0; i < number.SymbolGroups.Length; i++)
        {
            var group = number.SymbolGroups[i] ?? string.Empty;
            if (NumberLayout.HasCaseDefect(group))
            {
                context.Report("number.symbol", NumberLayout.At(number, starts[i]), group, NumberLayout.CapitalForm(group));
            }
        }
    }
}

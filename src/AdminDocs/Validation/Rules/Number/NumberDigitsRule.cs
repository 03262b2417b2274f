using System.Linq;

namespace AdminDocs.Validation.Rules;

/// <summary>AD2205: the number is written in Arabic digits only (NĐ 30/2020 Phụ lục I, II.3.a).</summary>
internal sealed class NumberDigitsRule : CatalogRule
{
    public NumberDigitsRule()
        : base("AD2205")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var number = context.Document.Number;
        if (number?.Value is not { } value || value.All(c => c is >= '0' and <= '9'))
        {
            return;
        }

        var start = NumberLayout.ValueStart(number);
        var bad = value.Select((c, i) => (c, i)).First(x => x.c is < '0' or > '9').i;
        context.Report("number.value", NumberLayout.At(number, start < 0 ? 0 : start + bad), value);
    }
}

namespace AdminDocs.Validation.Rules;

/// <summary>AD2204: a number from 1 to 9 is written with a leading zero, 01–09 (NĐ 30/2020 Phụ lục I, II.3.c).</summary>
internal sealed class NumberLeadingZeroRule : CatalogRule
{
    public NumberLeadingZeroRule()
        : base("AD2204")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var number = context.Document.Number;
        if (number?.Value is { Length: 1 } value && value[0] is >= '1' and <= '9')
        {
            context.Report("number.value", NumberLayout.At(number, NumberLayout.ValueStart(number)), value, "0" + value);
        }
    }
}

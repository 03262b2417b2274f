using AdminDocs.Decree;

namespace AdminDocs.Validation.Rules;

/// <summary>AD2206: "/" between the number and the ký hiệu and "-" between ký hiệu groups, with no spaces around either
/// and no en or em dash (NĐ 30/2020 Phụ lục I, II.3.c). A blank number before the first "/" is AD2202's business.
/// One finding per defect, at its column.</summary>
internal sealed class NumberSeparatorsRule : CatalogRule
{
    public NumberSeparatorsRule()
        : base("AD2206")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var number = context.Document.Number;
        if (number is null)
        {
            return;
        }

        var body = NumberLayout.BodyOf(number);
        var firstSlash = body.IndexOf('/');
        var symbolStart = NumberLayout.SymbolStart(number);

        // The "/" right after the number.
        if (number.Value is not null && number.Symbol is not null)
        {
            var valueStart = NumberLayout.ValueStart(number);
            var next = valueStart < 0 ? -1 : valueStart + number.Value.Length;
            while (next >= 0 && next < body.Length && char.IsWhiteSpace(body[next]))
            {
                next++;
            }

            if (next >= 0 && next < body.Length && body[next] != '/')
            {
                context.ReportVariant("slash-missing", "number", NumberLayout.At(number, next), body);
            }
        }

        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            var before = i > 0 && char.IsWhiteSpace(body[i - 1]);
            var after = i + 1 < body.Length && char.IsWhiteSpace(body[i + 1]);
            if (c == '/')
            {
                if (i == firstSlash && number.Value is null)
                {
                    before = false;
                }

                if (before || after)
                {
                    context.ReportVariant("slash-space", "number", NumberLayout.At(number, i), body);
                }
            }
            else if (symbolStart >= 0 && i >= symbolStart && Dashes.IsDash(c))
            {
                if (c != '-')
                {
                    context.ReportVariant("dash", "number", NumberLayout.At(number, i), body, c.ToString());
                }

                if (before || after)
                {
                    context.ReportVariant("hyphen-space", "number", NumberLayout.At(number, i), body);
                }
            }
        }
    }
}

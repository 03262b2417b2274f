using System.Text.RegularExpressions;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD7002: a Party number is "Số 12-BC/TU": the number (two digits at least), a hyphen, the type abbreviation, a
/// slash, the body's abbreviation; HD36 prefers no colon after "Số" and accepts one (Hướng dẫn 36-HD/VPTW, II.1.3 [S]).
/// A blank number in a draft ("Số   -BC/TU") is accepted.
/// </summary>
internal sealed class PartyNumberFormatRule : CatalogRule
{
    private static readonly Regex Pattern = new(
        @"^Số:? (?:\d{2,}|[\s.…_]*)-\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)*/\p{Lu}[\p{Lu}\d]*(?:-\p{Lu}[\p{Lu}\d]*)*$",
        RegexOptions.CultureInvariant);

    private static readonly Regex StateStyle = new(@"^Số:?\s*[\d\s.…_]*/\s*\p{Lu}+-", RegexOptions.CultureInvariant);

    public PartyNumberFormatRule()
        : base("AD7002")
    {
    }

    public override void Analyze(RuleContext context)
    {
        if (context.Document.Number is not { } number)
        {
            // The state rule AD2201 does not run on a Party document: its missing number is reported here.
            context.ReportVariant("missing", "number", null);
            return;
        }

        if (Pattern.IsMatch(number.Text))
        {
            return;
        }

        if (StateStyle.IsMatch(number.Text))
        {
            context.ReportVariant("state-style", "number", number.Origin.Location, number.Text);
        }
        else if (number.Value is { Length: 1 })
        {
            context.ReportVariant("leading-zero", "number.value", number.Origin.Location, number.Text, "0" + number.Value);
        }
        else
        {
            context.Report("number", number.Origin.Location, number.Text);
        }
    }
}

using System;
using AdminDocs.Text;

namespace AdminDocs.Validation.Rules;

/// <summary>AD2203: the label is exactly "Số:" (capital S, lower-case ố, colon without a space before it) followed by a
/// space (NĐ 30/2020 Phụ lục I, II.3.c). One finding per defect.</summary>
internal sealed class NumberPrefixRule : CatalogRule
{
    private const string Expected = "Số:";

    public NumberPrefixRule()
        : base("AD2203")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var number = context.Document.Number;
        var label = number?.Label;
        if (number is null || string.IsNullOrEmpty(label))
        {
            return;
        }

        var origin = number.Origin;
        var letters = label!.Length >= 2 ? label.Substring(0, 2) : label;
        if (!string.Equals(letters, "Số", StringComparison.Ordinal))
        {
            string variant;
            if (!string.Equals(VietnameseText.Key(letters), "SỐ", StringComparison.Ordinal))
            {
                variant = "spelling";
            }
            else
            {
                variant = letters[0] == 's' ? "lowercase" : "uppercase";
            }

            context.ReportVariant(variant, "number", origin.LocationAt(0), label, Expected);
        }

        var rest = label.Length > 2 ? label.Substring(2) : string.Empty;
        var punctuation = rest.Trim();
        if (punctuation.Length == 0)
        {
            context.ReportVariant("missing-colon", "number", origin.LocationAt(letters.Length), label, Expected);
        }
        else if (!string.Equals(punctuation, ":", StringComparison.Ordinal))
        {
            context.ReportVariant("punctuation", "number", origin.LocationAt(label.Length - 1), label, Expected);
        }
        else if (rest.Length > 0 && char.IsWhiteSpace(rest[0]))
        {
            context.ReportVariant("space-before-colon", "number", origin.LocationAt(2), label, Expected);
        }

        // The space after the label; with a blank number the gap is AD2202's business.
        var text = number.Text ?? string.Empty;
        if (number.Value is not null && label.Length < text.Length && !char.IsWhiteSpace(text[label.Length]))
        {
            var glued = text.Substring(0, Math.Min(text.Length, label.Length + Math.Max(1, number.Value.Length)));
            context.ReportVariant("missing-space", "number", origin.LocationAt(label.Length), glued, Expected);
        }
    }
}

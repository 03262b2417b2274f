using System;
using System.Linq;
using AdminDocs.Text;

namespace AdminDocs.Validation.Rules;

/// <summary>AD6009: a copy is labelled SAO Y, SAO LỤC or TRÍCH SAO and numbered with SY, SL or TrS (TT01: TS for trích
/// sao [U]) (NĐ 30/2020 Phụ lục I, Phần II; Phụ lục III). The wrong first ký hiệu group of a copy with a ký hiệu is
/// AD2208's (ND30, TT01); this rule reports the old or invented labels, a copy number without a ký hiệu, and, under HD36
/// where AD2208 does not run, the wrong abbreviation.</summary>
internal sealed class CopyFormRule : CatalogRule
{
    private static readonly (string Label, string Expected)[] OtherLabels =
    {
        ("SAO Y BẢN CHÍNH", "SAO Y"),
        ("SAO Y BẢN SAO", "SAO Y"),
        ("BẢN SAO Y", "SAO Y"),
        ("BẢN SAO Y BẢN CHÍNH", "SAO Y"),
        ("BẢN SAO", "SAO Y"),
        ("BẢN TRÍCH SAO", "TRÍCH SAO"),
        ("BẢN SAO LỤC", "SAO LỤC"),
    };

    public CopyFormRule()
        : base("AD6009")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        if (document.Kind == DocumentKind.Other && document.Title is { Text: { } written } title)
        {
            var key = VietnameseText.Key(VietnameseText.CollapseSpaces(written).Trim().TrimEnd('.'));
            foreach (var (label, expected) in OtherLabels)
            {
                // TT01 wrote "SAO Y BẢN CHÍNH" [U]: accepted there.
                if (string.Equals(VietnameseText.Key(label), key, StringComparison.Ordinal)
                    && !(context.Profile == DocumentProfile.Tt01 && string.Equals(label, "SAO Y BẢN CHÍNH", StringComparison.Ordinal)))
                {
                    context.ReportVariant("label", "title", MarkText.At(title.Origin, written), written.Trim(), expected);
                    break;
                }
            }
        }

        if (document.Kind is not (DocumentKind.CopyTrue or DocumentKind.CopyExtract or DocumentKind.CopyTranscript)
            || document.Number is not { } number)
        {
            return;
        }

        var accepted = NumberLayout.Expected(document.Kind, context.Profile);
        if (accepted.Count == 0)
        {
            return;
        }

        var location = NumberLayout.At(number, Math.Max(0, NumberLayout.ValueStart(number)));
        if (number.SymbolGroups.IsDefaultOrEmpty || string.IsNullOrEmpty(number.Symbol))
        {
            context.ReportVariant("number", "number", location, number.Text ?? string.Empty, accepted[0]);
        }
        else if (context.Profile == DocumentProfile.Hd36 && !accepted.Contains(number.SymbolGroups[0] ?? string.Empty, StringComparer.Ordinal))
        {
            context.ReportVariant("number", "number", location, number.Text ?? string.Empty, accepted[0]);
        }
    }
}

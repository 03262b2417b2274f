using System;
using System.Collections.Generic;
using AdminDocs.Text;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD1001: the paper is A4, 210 x 297 mm ±1 mm in either orientation (ND30 PL I, I.1). Under TT01 (and HD36, whose
/// giấy tờ may be A5 [S]) a giấy giới thiệu, giấy biên nhận hồ sơ, phiếu gửi or phiếu chuyển may be A5,
/// 148 x 210 mm. One finding per distinct wrong size, at the first section that has it; a section whose size the
/// source does not give is not judged.
/// </summary>
internal sealed class PageSizeA4Rule : CatalogRule
{
    private const double Tolerance = 1.0;
    private static readonly string ReceiptTitleKey = VietnameseText.Key("GIẤY BIÊN NHẬN HỒ SƠ");

    public PageSizeA4Rule()
        : base("AD1001")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var a5Kind = IsA5Kind(context.Document);
        var a5Allowed = a5Kind && context.Profile != DocumentProfile.Nd30;
        var seen = new HashSet<(double, double)>();
        foreach (var section in context.Source.Sections)
        {
            if (section is not { PaperWidthMm: { } width, PaperHeightMm: { } height })
            {
                continue;
            }

            var shortSide = Math.Min(width, height);
            var longSide = Math.Max(width, height);
            if (Is(shortSide, longSide, 210, 297) || (a5Allowed && Is(shortSide, longSide, 148, 210)))
            {
                continue;
            }

            if (!seen.Add((Math.Round(width, 1), Math.Round(height, 1))))
            {
                continue;
            }

            var path = TypographyValues.SectionPath(section);
            var location = TypographyValues.LocationOf(context.Source, section);
            var w = TypographyValues.Number(width);
            var h = TypographyValues.Number(height);
            if (a5Allowed)
            {
                context.ReportVariant("a4-or-a5", path, location, w, h);
            }
            else if (a5Kind && Is(shortSide, longSide, 148, 210))
            {
                context.ReportVariant("a5-removed", path, location, w, h);
            }
            else if (Is(shortSide, longSide, 215.9, 279.4))
            {
                context.ReportVariant("letter", path, location, w, h);
            }
            else
            {
                context.Report(path, location, w, h);
            }
        }
    }

    /// <summary>Whether the document is one of the four kinds TT01 lets be printed on A5.</summary>
    internal static bool IsA5Kind(AdminDocument document) => document.Kind switch
    {
        DocumentKind.LetterOfIntroduction or DocumentKind.DispatchSlip or DocumentKind.TransferSlip => true,
        DocumentKind.Other => document.Title?.Text is { } title && string.Equals(VietnameseText.Key(title), ReceiptTitleKey, StringComparison.Ordinal),
        _ => false,
    };

    private static bool Is(double shortSide, double longSide, double expectedShort, double expectedLong) =>
        Math.Abs(shortSide - expectedShort) <= Tolerance + 1e-9 && Math.Abs(longSide - expectedLong) <= Tolerance + 1e-9;
}

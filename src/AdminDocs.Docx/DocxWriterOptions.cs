using System;
using System.Globalization;
using AdminDocs.Validation;

namespace AdminDocs.Docx;

/// <summary>
/// How <see cref="DocxWriter"/> lays a document out. Every value defaults to the layout of Nghị định 30/2020
/// Phụ lục I and can only be set within the range the regulation allows: <see cref="DocxWriter.Write(AdminDocument, System.IO.Stream, DocxWriterOptions?)"/>
/// refuses any other value with an <see cref="ArgumentOutOfRangeException"/>. Immutable: set the properties in an
/// object initializer (C# 9 or later) or, from any language version, chain the <c>With...</c> methods from
/// <see cref="Default"/>: <c>DocxWriterOptions.Default.WithBodyFontSizePoints(13).WithLineSpacing(1.15)</c>. The
/// ranges are checked when the options are used, not by the <c>With...</c> methods.
/// </summary>
public sealed record DocxWriterOptions
{
    /// <summary>The defaults: margins 20/20/30/15 mm, body 14 pt, first-line indent 1.27 cm, 6 pt spacing, single line spacing, profile by date.</summary>
    public static DocxWriterOptions Default { get; } = new();

    /// <summary>The top margin in mm, 20–25 (Phụ lục I, I.3). Default 20.</summary>
    public double TopMarginMm { get; init; } = 20;

    /// <summary>The bottom margin in mm, 20–25. Default 20.</summary>
    public double BottomMarginMm { get; init; } = 20;

    /// <summary>The left margin in mm, 30–35. Default 30.</summary>
    public double LeftMarginMm { get; init; } = 30;

    /// <summary>The right margin in mm, 15–20. Default 15.</summary>
    public double RightMarginMm { get; init; } = 15;

    /// <summary>
    /// The regulation to lay the document out by; <see langword="null"/> (the default) chooses it as the validator
    /// does (<see cref="Validator.ResolveProfile(AdminDocument)"/>): TT01 for a date before 05/3/2020 (page number
    /// bottom right in the footer), HD36 for a Party document, ND30 otherwise (page number centered at the top).
    /// </summary>
    public DocumentProfile? Profile { get; init; }

    /// <summary>The body font size in points, 13 or 14 (13–14, in half points). Default 14. HD36 (14–15 pt) uses at least 14.</summary>
    public double BodyFontSizePoints { get; init; } = 14;

    /// <summary>The body's first-line indent in cm: 1 or 1.27 (Phụ lục I, II.6). Default 1.27.</summary>
    public double FirstLineIndentCm { get; init; } = 1.27;

    /// <summary>The space before each body paragraph in points, 6–12. Default 6.</summary>
    public double ParagraphSpacingPoints { get; init; } = 6;

    /// <summary>The body line spacing in lines, 1.0–1.5. Default 1.0 (single).</summary>
    public double LineSpacing { get; init; } = 1.0;

    /// <summary>A copy with another <see cref="TopMarginMm"/>.</summary>
    /// <param name="value">The top margin in mm, 20–25.</param>
    /// <returns>The changed copy.</returns>
    public DocxWriterOptions WithTopMarginMm(double value) => this with { TopMarginMm = value };

    /// <summary>A copy with another <see cref="BottomMarginMm"/>.</summary>
    /// <param name="value">The bottom margin in mm, 20–25.</param>
    /// <returns>The changed copy.</returns>
    public DocxWriterOptions WithBottomMarginMm(double value) => this with { BottomMarginMm = value };

    /// <summary>A copy with another <see cref="LeftMarginMm"/>.</summary>
    /// <param name="value">The left margin in mm, 30–35.</param>
    /// <returns>The changed copy.</returns>
    public DocxWriterOptions WithLeftMarginMm(double value) => this with { LeftMarginMm = value };

    /// <summary>A copy with another <see cref="RightMarginMm"/>.</summary>
    /// <param name="value">The right margin in mm, 15–20.</param>
    /// <returns>The changed copy.</returns>
    public DocxWriterOptions WithRightMarginMm(double value) => this with { RightMarginMm = value };

    /// <summary>A copy with another <see cref="Profile"/>.</summary>
    /// <param name="profile">The regulation to lay the document out by, or <see langword="null"/> to choose it from the document.</param>
    /// <returns>The changed copy.</returns>
    public DocxWriterOptions WithProfile(DocumentProfile? profile) => this with { Profile = profile };

    /// <summary>A copy with another <see cref="BodyFontSizePoints"/>.</summary>
    /// <param name="value">The body font size in points, 13–14 in half points.</param>
    /// <returns>The changed copy.</returns>
    public DocxWriterOptions WithBodyFontSizePoints(double value) => this with { BodyFontSizePoints = value };

    /// <summary>A copy with another <see cref="FirstLineIndentCm"/>.</summary>
    /// <param name="value">The first-line indent in cm, 1 or 1.27.</param>
    /// <returns>The changed copy.</returns>
    public DocxWriterOptions WithFirstLineIndentCm(double value) => this with { FirstLineIndentCm = value };

    /// <summary>A copy with another <see cref="ParagraphSpacingPoints"/>.</summary>
    /// <param name="value">The space before each body paragraph in points, 6–12.</param>
    /// <returns>The changed copy.</returns>
    public DocxWriterOptions WithParagraphSpacingPoints(double value) => this with { ParagraphSpacingPoints = value };

    /// <summary>A copy with another <see cref="LineSpacing"/>.</summary>
    /// <param name="value">The body line spacing in lines, 1.0–1.5.</param>
    /// <returns>The changed copy.</returns>
    public DocxWriterOptions WithLineSpacing(double value) => this with { LineSpacing = value };

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for the first value out of its range.</summary>
    internal void Check()
    {
        Range(nameof(TopMarginMm), TopMarginMm, 20, 25);
        Range(nameof(BottomMarginMm), BottomMarginMm, 20, 25);
        Range(nameof(LeftMarginMm), LeftMarginMm, 30, 35);
        Range(nameof(RightMarginMm), RightMarginMm, 15, 20);
        Range(nameof(BodyFontSizePoints), BodyFontSizePoints, 13, 14);
        if (Math.Round(BodyFontSizePoints * 2) != BodyFontSizePoints * 2)
        {
            throw new ArgumentOutOfRangeException(nameof(BodyFontSizePoints), BodyFontSizePoints, "The body font size must be a whole number of half points (13, 13.5 or 14).");
        }

        if (Math.Abs(FirstLineIndentCm - 1) > 0.001 && Math.Abs(FirstLineIndentCm - 1.27) > 0.001)
        {
            throw new ArgumentOutOfRangeException(nameof(FirstLineIndentCm), FirstLineIndentCm, "The first-line indent must be 1 cm or 1.27 cm (Nghị định 30/2020, Phụ lục I, II.6).");
        }

        Range(nameof(ParagraphSpacingPoints), ParagraphSpacingPoints, 6, 12);
        Range(nameof(LineSpacing), LineSpacing, 1, 1.5);
        if (Profile is { } p && p is not (DocumentProfile.Nd30 or DocumentProfile.Tt01 or DocumentProfile.Hd36))
        {
            throw new ArgumentOutOfRangeException(nameof(Profile), p, "Unknown profile.");
        }
    }

    private static void Range(string name, double value, double min, double max)
    {
        if (double.IsNaN(value) || value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(
                name,
                value,
                string.Format(CultureInfo.InvariantCulture, "{0} must be between {1} and {2} (Nghị định 30/2020, Phụ lục I).", name, min, max));
        }
    }
}

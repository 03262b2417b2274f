using System.Collections.Generic;
using AdminDocs.Sources;

namespace AdminDocs.Validation.Rules;

/// <summary>The checks the component style rules repeat: size in a range, bold, upright or italic, each reported once
/// per component with the rule's own message key.</summary>
internal static class StyleCheck
{
    /// <summary>Reports <paramref name="variant"/> (or the rule's main message when <see langword="null"/>) with the
    /// size found and the range expected when a run carrying text is outside <paramref name="min"/>–<paramref name="max"/>.
    /// Arguments: {0} the size found, {1} the minimum, {2} the maximum.</summary>
    /// <returns>Whether a finding was reported.</returns>
    public static bool Size(RuleContext context, string? variant, string path, SourceLocation? location, IReadOnlyList<TextRun> runs, double min, double max)
    {
        if (StyleFacts.SizeOutside(runs, min, max) is not { } found)
        {
            return false;
        }

        Report(context, variant, path, location, StyleFacts.Points(found), StyleFacts.Points(min), StyleFacts.Points(max));
        return true;
    }

    /// <summary>Reports <paramref name="variant"/> with the quoted text when <paramref name="condition"/> holds.
    /// Argument: {0} the component's text.</summary>
    /// <returns>Whether a finding was reported.</returns>
    public static bool When(bool condition, RuleContext context, string variant, string path, SourceLocation? location, string? text)
    {
        if (!condition)
        {
            return false;
        }

        context.ReportVariant(variant, path, location, StyleFacts.Quote(text));
        return true;
    }

    private static void Report(RuleContext context, string? variant, string path, SourceLocation? location, params string[] arguments)
    {
        if (variant is null)
        {
            context.Report(path, location, arguments);
        }
        else
        {
            context.ReportVariant(variant, path, location, arguments);
        }
    }
}

using System.Collections.Generic;
using AdminDocs.Sources;

namespace AdminDocs.Validation.Rules;

/// <summary>One offending body paragraph: where it is and the message arguments that describe it.</summary>
/// <param name="Path">The model path.</param>
/// <param name="Location">The location.</param>
/// <param name="Arguments">The message arguments for this paragraph.</param>
internal readonly record struct TypographyFinding(string Path, SourceLocation? Location, string[] Arguments);

/// <summary>
/// Reports the offending body paragraphs of a rule so that a wrong document gives a handful of findings, not
/// hundreds: up to <see cref="IndividualLimit"/> offenders are reported one by one (message key
/// <c>id[.variant]</c>); more are reported once, at the first offender, with the count and the number of paragraphs
/// checked (key <c>id.many</c> or <c>id.variant-many</c>, arguments: count, total, then the first offender's own
/// arguments).
/// </summary>
internal static class TypographyFindings
{
    /// <summary>How many offenders are still reported one by one.</summary>
    public const int IndividualLimit = 3;

    /// <summary>Reports <paramref name="findings"/>.</summary>
    /// <param name="context">The rule context.</param>
    /// <param name="variant">The message variant for one paragraph, or <see langword="null"/> for the rule's own message.</param>
    /// <param name="findings">The offenders, in reading order.</param>
    /// <param name="total">How many paragraphs (or gaps) were checked.</param>
    /// <param name="aggregatePath">The model path of the aggregated finding (usually "body").</param>
    public static void Report(RuleContext context, string? variant, IReadOnlyList<TypographyFinding> findings, int total, string aggregatePath = "body")
    {
        if (findings.Count == 0)
        {
            return;
        }

        if (findings.Count <= IndividualLimit)
        {
            foreach (var f in findings)
            {
                if (variant is null)
                {
                    context.Report(f.Path, f.Location, f.Arguments);
                }
                else
                {
                    context.ReportVariant(variant, f.Path, f.Location, f.Arguments);
                }
            }

            return;
        }

        var first = findings[0];
        var arguments = new string[first.Arguments.Length + 2];
        arguments[0] = TypographyValues.Count(findings.Count);
        arguments[1] = TypographyValues.Count(total);
        first.Arguments.CopyTo(arguments, 2);
        context.ReportVariant(variant is null ? "many" : variant + "-many", aggregatePath, first.Location, arguments);
    }
}

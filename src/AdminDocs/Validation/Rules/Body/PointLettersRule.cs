using System.Text.RegularExpressions;
using AdminDocs.Decree;

namespace AdminDocs.Validation.Rules;

/// <summary>AD4008: điểm are labelled with the letters of the Vietnamese alphabet in its order (a, b, c, d, đ, e,
/// g, h, ...) and a closing parenthesis: "a)" (NĐ 30/2020 Phụ lục I, II.6.đ). Gaps and repeats in that order are
/// AD4009's; a Latin-order "e" after "d" (đ skipped) and f, j, w, z are ours.</summary>
internal sealed class PointLettersRule : CatalogRule
{
    private static readonly Regex LetterDot = new(@"^(?<label>(?<n>[a-zđ])\.)\s+\p{L}", RegexOptions.CultureInvariant);
    private static readonly Regex CapitalParen = new(@"^(?<label>(?<n>[A-ZĐ])\s*\))\s*\S", RegexOptions.CultureInvariant);

    public PointLettersRule()
        : base("AD4008")
    {
    }

    public override void Analyze(RuleContext context)
    {
        foreach (var (body, prefix) in BodyTree.Bodies(context.Document))
        {
            string? previous = null;
            BodySection? previousParent = null;
            foreach (var entry in BodyTree.Walk(body, prefix))
            {
                switch (entry.Node)
                {
                    case BodySection { Level: SectionLevel.Point } s:
                        var letter = s.Number ?? string.Empty;
                        var label = (s.Label ?? string.Empty).Trim();
                        if (!ReferenceEquals(previousParent, entry.Parent))
                        {
                            previous = null;
                        }

                        if (letter.Length == 1 && Numbering.PointLetters.IndexOf(letter[0]) < 0)
                        {
                            context.ReportVariant("letter", entry.Path, s.Origin.Location, label);
                        }
                        else if (letter == "e" && previous == "d")
                        {
                            context.ReportVariant("order", entry.Path, s.Origin.Location, label, "đ)");
                        }
                        else if (label != letter + ")")
                        {
                            context.Report(entry.Path, s.Origin.Location, label, letter + ")");
                        }

                        previous = letter;
                        previousParent = entry.Parent;
                        break;
                    case Paragraph p when entry.Parent is not null && Form(p.Text ?? string.Empty) is { } bad:
                        // "a." and "A)" are not read as điểm by the recognizer; they are still wrongly labelled.
                        context.Report(entry.Path, p.Origin.Location, bad.Label, bad.Expected);
                        break;
                }
            }
        }
    }

    /// <summary>A paragraph that starts like a wrongly written điểm ("a.", "A)"), with the label it should have.</summary>
    internal static (string Label, string Expected)? Form(string text)
    {
        var m = LetterDot.Match(text);
        if (!m.Success)
        {
            m = CapitalParen.Match(text);
        }

        if (!m.Success)
        {
            return null;
        }

        var n = m.Groups["n"].Value.ToLowerInvariant();
        return Numbering.PointLetters.Contains(n) ? (m.Groups["label"].Value, n + ")") : null;
    }
}

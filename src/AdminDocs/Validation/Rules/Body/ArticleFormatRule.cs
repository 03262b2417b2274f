using System;
using System.Text.RegularExpressions;

namespace AdminDocs.Validation.Rules;

/// <summary>AD4007: an article is written "Điều N." followed by its title on the same line
/// ("Điều 1. Phạm vi điều chỉnh") (NĐ 30/2020 Phụ lục I, II.6.đ). An article with no title at all is AD4010's.</summary>
internal sealed class ArticleFormatRule : CatalogRule
{
    private static readonly Regex Canonical = new(@"^Điều [1-9]\d*\.$", RegexOptions.CultureInvariant);

    public ArticleFormatRule()
        : base("AD4007")
    {
    }

    public override void Analyze(RuleContext context)
    {
        foreach (var entry in BodyTree.AllSections(context.Document))
        {
            var s = (BodySection)entry.Node;
            if (s.Level != SectionLevel.Article || NumberingSequenceRule.IsCitedArticle(s))
            {
                continue; // "Điều 76 Luật …" wrapped to a line start cites another text.
            }

            var label = (s.Label ?? string.Empty).Trim();
            var expected = "Điều " + (BodyTree.NumberValue(s.Number) is { } v ? BodyTree.Index(v) : s.Number ?? "1") + ".";
            if (!Canonical.IsMatch(label))
            {
                context.Report(entry.Path, s.Origin.Location, label, expected);
                continue;
            }

            if ((s.Heading ?? string.Empty).Trim().Length == 0 && TitleBelow(s) is { } below)
            {
                context.ReportVariant("title-below", entry.Path, s.Origin.Location, label, below);
            }
        }
    }

    /// <summary>The first child when it reads as a title written on the line below (short, no closing mark).</summary>
    internal static string? TitleBelow(BodySection article)
    {
        if (article.Children.IsDefaultOrEmpty || article.Children[0] is not Paragraph p)
        {
            return null;
        }

        var text = (p.Text ?? string.Empty).Trim();
        return text.Length is > 0 and <= 120 && !text.EndsWith(".", StringComparison.Ordinal) && !text.EndsWith(";", StringComparison.Ordinal)
            && !text.EndsWith(":", StringComparison.Ordinal) ? text : null;
    }
}

namespace AdminDocs.Validation.Rules;

/// <summary>AD4010: phần, chương, mục, tiểu mục and điều have titles, and the titles of phần, chương and mục are in
/// capitals ("Chương I" / "QUY ĐỊNH CHUNG") (NĐ 30/2020 Phụ lục I, II.6.đ). A báo cáo's "I., II." mục are AD4011's.</summary>
internal sealed class HeadingTitlesRule : CatalogRule
{
    public HeadingTitlesRule()
        : base("AD4010")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var report = context.Document.Kind == DocumentKind.Report;
        foreach (var entry in BodyTree.AllSections(context.Document))
        {
            var s = (BodySection)entry.Node;
            if (NumberingSequenceRule.IsVv(s) || NumberingSequenceRule.IsCitedArticle(s))
            {
                continue; // the "V/v" of a split trích yếu, a cited article: not headings of this document.
            }

            var label = (s.Label ?? string.Empty).Trim();
            var heading = (s.Heading ?? string.Empty).Trim();
            var titled = s.Level is SectionLevel.Part or SectionLevel.Chapter or SectionLevel.Subsection or SectionLevel.Article
                || (s.Level == SectionLevel.Section && (BodyTree.IsNamedSection(s) || !report));
            if (!titled)
            {
                continue;
            }

            if (heading.Length == 0)
            {
                // An article whose title sits on the line below is AD4007's.
                if (s.Level != SectionLevel.Article || ArticleFormatRule.TitleBelow(s) is null)
                {
                    context.Report(entry.Path, s.Origin.Location, label);
                }

                continue;
            }

            if (s.Level is SectionLevel.Part or SectionLevel.Chapter or SectionLevel.Section && !BodyTree.IsCapitals(heading))
            {
                if (!context.HasLegacyEncoding)
                {
                    context.ReportVariant("capitals", entry.Path, s.Origin.Location, label, heading);
                }
            }
        }
    }
}

namespace AdminDocs.Validation.Rules;

/// <summary>AD4011 (info): a báo cáo organised in mục numbers them "I.", "II.", ... with a title in capitals
/// ("I. KẾT QUẢ THỰC HIỆN") (NĐ 30/2020 Phụ lục I, Mục V row 6b).</summary>
internal sealed class ReportSectionStyleRule : CatalogRule
{
    public ReportSectionStyleRule()
        : base("AD4011")
    {
    }

    public override void Analyze(RuleContext context)
    {
        if (context.Document.Kind != DocumentKind.Report)
        {
            return;
        }

        Level(context, (context.Document.Body ?? Body.Empty).Nodes, "body.nodes", 0);
    }

    private static void Level(RuleContext context, System.Collections.Immutable.ImmutableArray<BodyNode> nodes, string prefix, int depth)
    {
        for (var i = 0; i < nodes.Length; i++)
        {
            var path = prefix + "[" + BodyTree.Index(i) + "]";
            switch (nodes[i])
            {
                case BodySection { Level: SectionLevel.Part } part when depth < 2:
                    // The mục of a report sit under its phần.
                    Level(context, part.Children, path + ".children", depth + 1);
                    break;
                case BodySection { Level: SectionLevel.Section } s when !BodyTree.IsNamedSection(s):
                    var heading = (s.Heading ?? string.Empty).Trim();
                    if (heading.Length > 0 && !BodyTree.IsCapitals(heading))
                    {
                        if (!context.HasLegacyEncoding)
                        {
                            context.ReportVariant("capitals", path, s.Origin.Location, (s.Label ?? string.Empty).Trim(), heading);
                        }
                    }

                    break;
                case BodySection { Level: SectionLevel.Clause or SectionLevel.Subclause } s:
                    // The first numbered part at this level is an Arabic "1.": the report numbers its mục 1., 2., ...
                    context.Report(path, s.Origin.Location, (s.Label ?? string.Empty).Trim());
                    return;
            }
        }
    }
}

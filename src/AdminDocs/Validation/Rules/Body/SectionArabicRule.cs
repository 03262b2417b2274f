using System.Text.RegularExpressions;

namespace AdminDocs.Validation.Rules;

/// <summary>AD4006: Mục, Tiểu mục, Điều and khoản are numbered with Arabic numerals ("Mục 1", "Điều 3.")
/// (NĐ 30/2020 Phụ lục I, II.6.đ). A report's "I." mục is the report style and is not judged here.</summary>
internal sealed class SectionArabicRule : CatalogRule
{
    private static readonly Regex RomanArticle = new(@"^(?<label>(?:Điều|ĐIỀU|Khoản|khoản)\s+(?<n>[IVXLC]+))\s*[.:]?(?:\s|$)", RegexOptions.CultureInvariant);

    public SectionArabicRule()
        : base("AD4006")
    {
    }

    public override void Analyze(RuleContext context)
    {
        foreach (var (body, prefix) in BodyTree.Bodies(context.Document))
        {
            foreach (var entry in BodyTree.Walk(body, prefix))
            {
                switch (entry.Node)
                {
                    case BodySection s when BodyTree.IsNamedSection(s) && s.Number is { } n && !BodyTree.IsDigits(n):
                        Report(context, entry, s.Label ?? string.Empty, n);
                        break;
                    case Paragraph p when RomanArticle.Match(p.Text ?? string.Empty) is { Success: true } m && BodyTree.IsRoman(m.Groups["n"].Value):
                        // "Điều II." is not read as an article by the recognizer; it is still a numbering error.
                        Report(context, entry, m.Groups["label"].Value, m.Groups["n"].Value);
                        break;
                }
            }
        }
    }

    private static void Report(RuleContext context, BodyEntry entry, string label, string number)
    {
        var value = BodyTree.NumberValue(number);
        var trimmed = label.Trim();
        var noun = trimmed.Substring(0, trimmed.Length - number.Length).Trim();
        var expected = value is { } v ? noun + " " + BodyTree.Index(v) : noun + " 1, 2, 3";
        context.Report(entry.Path, entry.Node.Origin.Location, trimmed, expected);
    }
}

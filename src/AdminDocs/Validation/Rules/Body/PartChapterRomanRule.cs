using AdminDocs.Decree;

namespace AdminDocs.Validation.Rules;

/// <summary>AD4005: Phần and Chương are numbered with Roman numerals ("Phần I", "Chương II")
/// (NĐ 30/2020 Phụ lục I, II.6.đ).</summary>
internal sealed class PartChapterRomanRule : CatalogRule
{
    public PartChapterRomanRule()
        : base("AD4005")
    {
    }

    public override void Analyze(RuleContext context)
    {
        foreach (var entry in BodyTree.AllSections(context.Document))
        {
            var s = (BodySection)entry.Node;
            if (s.Level is not (SectionLevel.Part or SectionLevel.Chapter) || BodyTree.IsRoman(s.Number))
            {
                continue;
            }

            var noun = s.Level == SectionLevel.Part ? "Phần" : "Chương";
            var value = BodyTree.NumberValue(s.Number);
            var expected = noun + " " + (value is { } v ? Numbering.ToRoman(v) : "I, II, III");
            context.Report(entry.Path, s.Origin.Location, (s.Label ?? string.Empty).Trim(), expected);
        }
    }
}

using AdminDocs.Decree;

namespace AdminDocs.Validation.Rules;

/// <summary>AD4014: two or more appendices are numbered with Roman numerals ("Phụ lục I", "Phụ lục II")
/// (NĐ 30/2020 Phụ lục I, III.1).</summary>
internal sealed class AppendixNumberingRule : CatalogRule
{
    public AppendixNumberingRule()
        : base("AD4014")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var appendices = context.Document.Appendices;
        if (appendices.Length < 2)
        {
            return;
        }

        for (var i = 0; i < appendices.Length; i++)
        {
            var a = appendices[i];
            var number = a?.Number?.Trim();
            if (a is null || BodyTree.IsRoman(number))
            {
                continue;
            }

            var label = (a.Label?.Text ?? "Phụ lục").Trim();
            var expected = "Phụ lục " + Numbering.ToRoman(BodyTree.NumberValue(number) ?? i + 1);
            if (string.IsNullOrEmpty(number))
            {
                context.ReportVariant("unnumbered", AppendixText.PathOf(i) + ".label", a.Label?.Origin.Location, label, expected);
            }
            else
            {
                context.Report(AppendixText.PathOf(i) + ".label", a.Label?.Origin.Location, label, expected);
            }
        }
    }
}

using System;
using System.Linq;
using AdminDocs.Decree;
using AdminDocs.Text;

namespace AdminDocs.Validation.Rules;

/// <summary>AD6002: the urgency mark is KHẨN, THƯỢNG KHẨN or HỎA TỐC (HOẢ TỐC); TT01 also HỎA TỐC HẸN GIỜ [U]
/// (NĐ 30/2020 Điều 4; Phụ lục I, III.2.b). A misspelt level the recognizer left in the header is reported too.</summary>
internal sealed class UrgencyMarkRule : CatalogRule
{
    public UrgencyMarkRule()
        : base("AD6002")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        var levels = MarkText.UrgencyLevels(context.Profile);
        var list = string.Join(", ", levels);
        if (document.Marks.Urgency is { Text: { } written } urgency && !string.IsNullOrWhiteSpace(written))
        {
            var text = VietnameseText.CollapseSpaces(written).Trim();
            if (MarkText.Match(text, levels) is null)
            {
                var location = MarkText.At(urgency.Origin, written);
                if (context.Profile != DocumentProfile.Tt01 && MarkText.Match(text, new[] { Marks.Tt01Urgency }) is not null)
                {
                    context.ReportVariant("tt01-level", "marks.urgency", location, text, list);
                }
                else
                {
                    context.Report("marks.urgency", location, text, list);
                }
            }
        }

        foreach (var candidate in MarkText.HeaderCandidates(document))
        {
            var text = VietnameseText.CollapseSpaces(candidate.Text).Trim();
            if (MarkText.NearMiss(text, levels.Concat(new[] { Marks.Tt01Urgency })) is { } level)
            {
                var expected = levels.Contains(level, StringComparer.Ordinal) ? level : levels[levels.Count - 1];
                context.ReportVariant("misspelt", candidate.Path, MarkText.At(candidate.Origin, candidate.Text), text, expected);
            }
        }
    }
}

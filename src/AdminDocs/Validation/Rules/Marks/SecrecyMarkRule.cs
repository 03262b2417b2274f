using AdminDocs.Decree;
using AdminDocs.Text;

namespace AdminDocs.Validation.Rules;

/// <summary>AD6003: the secrecy mark is MẬT, TỐI MẬT or TUYỆT MẬT (NĐ 30/2020 Phụ lục I, III.2.a). A misspelt level
/// the recognizer left in the header is reported too.</summary>
internal sealed class SecrecyMarkRule : CatalogRule
{
    public SecrecyMarkRule()
        : base("AD6003")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        var list = string.Join(", ", Marks.Secrecy);
        if (document.Marks.Secrecy is { Text: { } written } secrecy && !string.IsNullOrWhiteSpace(written))
        {
            var text = VietnameseText.CollapseSpaces(written).Trim();
            if (MarkText.Match(text, Marks.Secrecy) is null)
            {
                context.Report("marks.secrecy", MarkText.At(secrecy.Origin, written), text, list);
            }
        }

        foreach (var candidate in MarkText.HeaderCandidates(document))
        {
            var text = VietnameseText.CollapseSpaces(candidate.Text).Trim();
            if (MarkText.NearMiss(text, Marks.Secrecy) is { } level)
            {
                context.ReportVariant("misspelt", candidate.Path, MarkText.At(candidate.Origin, candidate.Text), text, level);
            }
        }
    }
}

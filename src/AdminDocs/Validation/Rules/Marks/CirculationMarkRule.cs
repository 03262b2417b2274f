using System.Collections.Generic;
using AdminDocs.Decree;
using AdminDocs.Text;

namespace AdminDocs.Validation.Rules;

/// <summary>AD6004: circulation notes (XEM XONG TRẢ LẠI, LƯU HÀNH NỘI BỘ ...) are written in capitals (NĐ 30/2020
/// Phụ lục I, III.2.c). The recognizer takes only notes in capitals as marks, so a note in lower case is looked for in
/// the header texts and the first paragraphs of the body.</summary>
internal sealed class CirculationMarkRule : CatalogRule
{
    public CirculationMarkRule()
        : base("AD6004")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        for (var i = 0; i < document.Marks.Circulation.Length; i++)
        {
            if (document.Marks.Circulation[i] is { Text: { } written } mark)
            {
                Check(context, new MarkCandidate("marks.circulation[" + MarkText.Index(i) + "]", mark.Origin, written));
            }
        }

        foreach (var candidate in Candidates(document))
        {
            Check(context, candidate);
        }
    }

    private static IEnumerable<MarkCandidate> Candidates(AdminDocument document)
    {
        foreach (var candidate in MarkText.HeaderCandidates(document))
        {
            yield return candidate;
        }

        var nodes = document.Body.Nodes;
        for (var i = 0; !nodes.IsDefault && i < nodes.Length && i < 3; i++)
        {
            if (nodes[i] is Paragraph paragraph)
            {
                yield return new MarkCandidate("body.nodes[" + MarkText.Index(i) + "]", paragraph.Origin, paragraph.Text ?? string.Empty);
            }
        }
    }

    private static void Check(RuleContext context, MarkCandidate candidate)
    {
        var text = VietnameseText.CollapseSpaces(candidate.Text).Trim().TrimEnd('.');
        if (text.Length == 0 || text.Length > 30 || MarkText.Match(text, Marks.Circulation) is not { } note)
        {
            return;
        }

        if (!string.Equals(text, text.ToUpperInvariant(), System.StringComparison.Ordinal))
        {
            context.Report(candidate.Path, MarkText.At(candidate.Origin, candidate.Text), text, note);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// The căn cứ block that opens a body: the "Căn cứ ..." lines and the "Theo đề nghị ..." / "Xét đề nghị ..." lines
/// after them: <see cref="LegalBasis"/> and <see cref="Proposal"/> nodes, after an optional
/// <see cref="IssuingAuthority"/> line (paragraphs that read the same are taken too, for documents built in code).
/// A report's or a công văn's opening ("Căn cứ ..., Sở báo cáo như sau:") is running text, not a căn cứ block.
/// </summary>
internal static class LegalBasisBlock
{
    private static readonly Regex BasisStart = new(@"^Căn\s+cứ\b", RegexOptions.CultureInvariant);
    private static readonly Regex ProposalStart = new(@"^(?:Theo|Xét)\s+(?:đề\s+nghị|đề\s+xuất|tờ\s+trình)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The lines of the block with their paths (empty when there is none).</summary>
    public static List<BodyEntry> Of(AdminDocument document)
    {
        var result = new List<BodyEntry>();
        if (document.Kind is DocumentKind.Report or DocumentKind.OfficialLetter or DocumentKind.PublicLetter)
        {
            return result;
        }

        var nodes = (document.Body ?? Body.Empty).Nodes;
        var i = 0;

        // An authority line in capitals may come first.
        while (i < nodes.Length && (nodes[i] is IssuingAuthority || (nodes[i] is Paragraph p && BodyTree.IsCapitals(p.Text ?? string.Empty) && !BasisStart.IsMatch(p.Text ?? string.Empty))))
        {
            i++;
        }

        for (; i < nodes.Length; i++)
        {
            var node = nodes[i];
            var text = (node as LegalBasis)?.Text ?? (node as Proposal)?.Text ?? (node as Paragraph)?.Text;
            if (text is null || !(node is LegalBasis || BasisStart.IsMatch(text) || (result.Count > 0 && (node is Proposal || ProposalStart.IsMatch(text)))))
            {
                break;
            }

            if (result.Count > 0 && !BasisStart.IsMatch(text) && !ProposalStart.IsMatch(text))
            {
                break;
            }

            result.Add(new BodyEntry(node, "body.nodes[" + BodyTree.Index(i) + "]", null));
        }

        // "Căn cứ ..., Sở báo cáo như sau:" is an opening sentence, not a căn cứ block.
        if (result.Count > 0 && TextOf(result[result.Count - 1]).TrimEnd().EndsWith(":", StringComparison.Ordinal))
        {
            result.Clear();
        }

        return result;
    }

    public static string TextOf(BodyEntry e) => BodyTree.TextOf(e.Node);
}

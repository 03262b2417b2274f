using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace AdminDocs.Tests.Building;

/// <summary>The texts of a document's components, one per line and in full (no origin, no layout): two documents with
/// the same component texts print the same.</summary>
public static class ComponentText
{
    public static string Of(AdminDocument d)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"kind: {d.Kind}");
        sb.AppendLine($"marks: {d.Marks.Urgency?.Text} | {d.Marks.Secrecy?.Text} | {string.Join(" | ", d.Marks.Circulation.Select(c => c.Text))}");
        sb.AppendLine($"national: {d.NationalTitle?.Text}");
        sb.AppendLine($"motto: {d.Motto?.Text}");
        sb.AppendLine($"parent: {d.ParentAgency?.Text}");
        sb.AppendLine($"issuer: {d.IssuingAgency?.Text}");
        sb.AppendLine($"number: {d.Number?.Text} [{d.Number?.Value}] [{d.Number?.Symbol}] [{string.Join(",", d.Number?.SymbolGroups ?? ImmutableArray<string>.Empty)}]");
        sb.AppendLine($"placeDate: {d.PlaceDate?.Text} [{d.PlaceDate?.Place}] {d.PlaceDate?.Day}/{d.PlaceDate?.Month}/{d.PlaceDate?.Year}");
        sb.AppendLine($"title: {d.Title?.Text}");
        sb.AppendLine($"subject: [{d.Subject?.Prefix}] {d.Subject?.Text}");
        sb.AppendLine($"addressees: {d.Addressees?.Label.Text} {(d.Addressees?.OnLabelLine == true ? "(on label line)" : string.Empty)}");
        foreach (var i in d.Addressees?.Items ?? ImmutableArray<ListItem>.Empty)
        {
            sb.AppendLine($"  {i.Text}");
        }

        Nodes(sb, d.Body.Nodes, 1);
        foreach (var s in d.Signatures)
        {
            sb.AppendLine($"signature: [{s.Authority}] {string.Join(" / ", s.Titles)} ({string.Join(",", s.Placeholders)}) {s.SignerName?.Text}");
        }

        sb.AppendLine($"recipients: {d.Recipients?.Label.Text}");
        foreach (var i in d.Recipients?.Items ?? ImmutableArray<ListItem>.Empty)
        {
            sb.AppendLine($"  {i.Marker} {i.Text}");
        }

        sb.AppendLine($"drafter: {d.DrafterCode?.Text}");
        foreach (var a in d.Appendices)
        {
            sb.AppendLine($"appendix: {a.Label.Text} [{a.Number}] {a.Title?.Text} {a.Reference?.Text}");
            Nodes(sb, a.Body.Nodes, 1);
        }

        foreach (var u in d.Unrecognized)
        {
            sb.AppendLine($"UNRECOGNIZED: {u.Text}");
        }

        return sb.ToString();
    }

    private static void Nodes(StringBuilder sb, IEnumerable<BodyNode> nodes, int depth)
    {
        var pad = new string(' ', depth * 2);
        foreach (var n in nodes)
        {
            switch (n)
            {
                case BodySection s:
                    sb.AppendLine($"{pad}[{s.Level} '{s.Label}' {s.Number}] {s.Heading}");
                    Nodes(sb, s.Children, depth + 1);
                    break;
                case Table t:
                    sb.AppendLine($"{pad}(table, {t.HeaderRowCount} header) {string.Join(" // ", t.Rows.Select(r => string.Join(" | ", r.Cells)))}");
                    break;
                default:
                    sb.AppendLine($"{pad}({n.GetType().Name}) {Text(n)}");
                    break;
            }
        }
    }

    private static string Text(BodyNode n) => n switch
    {
        Paragraph p => p.Text,
        LegalBasis l => l.Text,
        IssuingAuthority a => a.Text,
        Proposal p => p.Text,
        EnactingFormula f => f.Text,
        _ => string.Empty,
    };
}

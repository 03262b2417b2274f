using System;
using System.IO;
using System.Linq;
using System.Text;

namespace AdminDocs.Tests.TestSupport;

/// <summary>Human-readable dump of a recognized document, used by recognizer tests to explain failures.</summary>
public static class Dump
{
    public static string Of(AdminDocument d)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"kind: {d.Kind}");
        sb.AppendLine($"national: {d.NationalTitle?.Text} | motto: {d.Motto?.Text} (rule {d.Motto?.Rule?.Text})");
        sb.AppendLine($"parent: {d.ParentAgency?.Text} | issuer: {d.IssuingAgency?.Text} (rule {d.IssuingAgency?.Rule?.Text})");
        sb.AppendLine($"number: {d.Number?.Text} value={d.Number?.Value} symbol={d.Number?.Symbol}");
        sb.AppendLine($"placeDate: {d.PlaceDate?.Text} place={d.PlaceDate?.Place} {d.PlaceDate?.Day}/{d.PlaceDate?.Month}/{d.PlaceDate?.Year}");
        sb.AppendLine($"title: {d.Title?.Text} | subject: {d.Subject?.Prefix} {d.Subject?.Text} (rule {d.Subject?.Rule?.Text})");
        sb.AppendLine($"addressees: {d.Addressees?.Label.Text} [{string.Join(" | ", d.Addressees?.Items.Select(i => i.Text) ?? Array.Empty<string>())}]");
        foreach (var n in d.Body.Nodes)
        {
            Node(sb, n, 1);
        }

        foreach (var s in d.Signatures)
        {
            sb.AppendLine($"signature: {s.Authority} [{string.Join(" / ", s.Titles)}] ({string.Join(",", s.Placeholders)}) {s.SignerName?.Text}");
        }

        sb.AppendLine($"recipients: {d.Recipients?.Label.Text} [{string.Join(" | ", d.Recipients?.Items.Select(i => i.Text) ?? Array.Empty<string>())}]");
        sb.AppendLine($"drafter: {d.DrafterCode?.Text}; appendices: {d.Appendices.Length}");
        foreach (var u in d.Unrecognized)
        {
            sb.AppendLine($"UNRECOGNIZED: {u.Text}");
        }

        return sb.ToString();
    }

    private static void Node(StringBuilder sb, BodyNode n, int depth)
    {
        var pad = new string(' ', depth * 2);
        switch (n)
        {
            case BodySection s:
                sb.AppendLine($"{pad}[{s.Level} {s.Label}] {Cut(s.Heading)}");
                foreach (var c in s.Children)
                {
                    Node(sb, c, depth + 1);
                }

                break;
            case LegalBasis l:
                sb.AppendLine($"{pad}(căn cứ) {Cut(l.Text)}");
                break;
            case IssuingAuthority a:
                sb.AppendLine($"{pad}(thẩm quyền) {Cut(a.Text)}");
                break;
            case Proposal pr:
                sb.AppendLine($"{pad}(đề nghị) {Cut(pr.Text)}");
                break;
            case EnactingFormula f:
                sb.AppendLine($"{pad}(ban hành) {Cut(f.Text)}");
                break;
            case Paragraph p:
                sb.AppendLine($"{pad}(p) {Cut(p.Text)}");
                break;
        }
    }

    private static string Cut(string s) => s.Length > 60 ? s.Substring(0, 60) + "…" : s;

    public static string Asset(string relative) => Path.Combine(AppContext.BaseDirectory, "TestAssets", relative);
}

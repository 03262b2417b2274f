using System.Collections.Generic;
using System.Linq;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace AdminDocs.Docx.Tests.Writing;

/// <summary>
/// The component texts of a model, one fact a line, in full (no origins: those differ by format). Two models are
/// "the same" for a round trip when these lines are equal; <see cref="Diff"/> shows where they are not.
/// </summary>
internal static class ModelText
{
    public static List<string> Of(AdminDocument d)
    {
        var lines = new List<string>
        {
            "kind: " + d.Kind,
            "party: " + d.PartyHeading?.Text,
            "national: " + d.NationalTitle?.Text,
            "motto: " + d.Motto?.Text,
            "parent: " + Join(d.ParentAgency?.Lines),
            "issuer: " + Join(d.IssuingAgency?.Lines),
            "number: " + d.Number?.Text + " | value=" + d.Number?.Value + " symbol=" + d.Number?.Symbol,
            "placeDate: " + d.PlaceDate?.Text + " | " + d.PlaceDate?.Place + " " + d.PlaceDate?.Day + "/" + d.PlaceDate?.Month + "/" + d.PlaceDate?.Year,
            "secrecy: " + d.Marks.Secrecy?.Text,
            "urgency: " + d.Marks.Urgency?.Text,
            "circulation: " + string.Join(" | ", d.Marks.Circulation.Select(c => c.Text)),
            "title: " + d.Title?.Text,
            "subject: " + d.Subject?.Prefix + " " + Join(d.Subject?.Lines),
            "addressees: " + d.Addressees?.Label.Text + " [" + string.Join(" | ", d.Addressees?.Items.Select(i => i.Marker + " " + i.Text) ?? Enumerable.Empty<string>()) + "]",
        };
        Body(lines, d.Body, 1);
        foreach (var s in d.Signatures)
        {
            lines.Add("signature: " + s.Authority + " [" + string.Join(" / ", s.Titles) + "] (" + string.Join(", ", s.Placeholders) + ") " + s.SignerName?.Text);
        }

        lines.Add("recipients: " + d.Recipients?.Label.Text + " [" + string.Join(" | ", d.Recipients?.Items.Select(i => i.Marker + " " + i.Text) ?? Enumerable.Empty<string>()) + "]");
        lines.Add("drafter: " + d.DrafterCode?.Text);
        lines.AddRange(d.ContactLines.Select(c => "contact: " + c.Text));
        foreach (var a in d.Appendices)
        {
            lines.Add("appendix: " + a.Label.Text + " | " + a.Number + " | " + a.Title?.Text + " | " + a.Reference?.Text);
            Body(lines, a.Body, 2);
        }

        lines.AddRange(d.Unrecognized.Select(u => "UNRECOGNIZED: " + u.Text));
        return lines;
    }

    /// <summary>A unified-style diff of the two models' lines, or null when they are equal.</summary>
    public static string? Diff(AdminDocument expected, AdminDocument actual)
    {
        var a = string.Join("\n", Of(expected));
        var b = string.Join("\n", Of(actual));
        if (a == b)
        {
            return null;
        }

        var diff = InlineDiffBuilder.Diff(a, b);
        return string.Join("\n", diff.Lines.Select(l => l.Type switch
        {
            ChangeType.Inserted => "+ " + l.Text,
            ChangeType.Deleted => "- " + l.Text,
            _ => "  " + l.Text,
        }));
    }

    private static string Join(IEnumerable<string>? lines) => lines is null ? string.Empty : string.Join(" / ", lines);

    private static void Body(List<string> lines, Body body, int depth)
    {
        foreach (var n in body.Nodes)
        {
            Node(lines, n, depth);
        }
    }

    private static void Node(List<string> lines, BodyNode n, int depth)
    {
        var pad = new string(' ', depth * 2);
        switch (n)
        {
            case BodySection s:
                lines.Add($"{pad}[{s.Level} {s.Label} #{s.Number}] {s.Heading}");
                foreach (var c in s.Children)
                {
                    Node(lines, c, depth + 1);
                }

                break;
            case Paragraph p:
                lines.Add(pad + "(p) " + p.Text);
                break;
            case LegalBasis l:
                lines.Add(pad + "(căn cứ) " + l.Text);
                break;
            case IssuingAuthority i:
                lines.Add(pad + "(thẩm quyền) " + i.Text);
                break;
            case Proposal p:
                lines.Add(pad + "(đề nghị) " + p.Text);
                break;
            case EnactingFormula e:
                lines.Add(pad + "(ban hành) " + e.Text);
                break;
            default:
                lines.Add(pad + "(?) " + n.GetType().Name);
                break;
        }
    }
}

using System.Collections.Generic;
using System.Linq;

namespace AdminDocs.Tests.TestSupport;

/// <summary>Every piece of text a document model holds, each once: used to prove that recognition loses and
/// duplicates nothing.</summary>
public static class ModelText
{
    public static IEnumerable<string> All(AdminDocument d)
    {
        IEnumerable<string?> Parts()
        {
            yield return d.PartyHeading?.Text;
            yield return d.NationalTitle?.Text;
            yield return d.Motto?.Text;
            yield return d.Motto?.Rule?.Text;
            foreach (var l in d.ParentAgency?.Lines ?? System.Collections.Immutable.ImmutableArray<string>.Empty)
            {
                yield return l;
            }

            foreach (var l in d.IssuingAgency?.Lines ?? System.Collections.Immutable.ImmutableArray<string>.Empty)
            {
                yield return l;
            }

            yield return d.IssuingAgency?.Rule?.Text;
            yield return d.Marks.Urgency?.Text;
            yield return d.Marks.Secrecy?.Text;
            foreach (var c in d.Marks.Circulation)
            {
                yield return c.Text;
            }

            yield return d.Number?.Text;
            yield return d.PlaceDate?.Text;
            yield return d.Title?.Text;
            yield return d.Title?.Rule?.Text;
            if (d.Subject is { } s)
            {
                yield return s.FirstLineAsWritten;
                foreach (var l in s.Lines.Skip(s.Lines.Length > 0 && s.FirstLineAsWritten.EndsWith(s.Lines[0], System.StringComparison.Ordinal) ? 1 : 0))
                {
                    yield return l;
                }

                yield return s.Rule?.Text;
            }

            if (d.Addressees is { } a)
            {
                yield return a.Label.Text;
                foreach (var i in a.Items)
                {
                    yield return i.RawText;
                }
            }

            foreach (var t in Body(d.Body))
            {
                yield return t;
            }

            foreach (var sig in d.Signatures)
            {
                foreach (var l in sig.Lines)
                {
                    yield return l.Text;
                }
            }

            if (d.Recipients is { } r)
            {
                yield return r.Label.Text;
                foreach (var i in r.Items)
                {
                    yield return i.RawText;
                }
            }

            yield return d.DrafterCode?.Text;
            foreach (var c in d.ContactLines)
            {
                yield return c.Text;
            }

            foreach (var ap in d.Appendices)
            {
                yield return ap.Label.Text;
                yield return ap.Title?.Text;
                yield return ap.Reference?.Text;
                foreach (var t in Body(ap.Body))
                {
                    yield return t;
                }
            }

            foreach (var u in d.Unrecognized)
            {
                yield return u.Text;
            }
        }

        return Parts().Where(p => p is not null)!;
    }

    private static IEnumerable<string> Body(Body body)
    {
        foreach (var n in body.Nodes)
        {
            foreach (var t in Node(n))
            {
                yield return t;
            }
        }
    }

    private static IEnumerable<string> Node(BodyNode n)
    {
        switch (n)
        {
            case Paragraph p:
                yield return p.Text;
                break;
            case LegalBasis l:
                yield return l.Text;
                break;
            case IssuingAuthority a:
                yield return a.Text;
                break;
            case Proposal pr:
                yield return pr.Text;
                break;
            case EnactingFormula f:
                yield return f.Text;
                break;
            case Table t:
                foreach (var cell in t.Rows.SelectMany(r => r.Cells))
                {
                    yield return cell;
                }

                break;
            case BodySection s:
                yield return s.Label;
                yield return s.Heading;
                foreach (var c in s.Children.SelectMany(Node))
                {
                    yield return c;
                }

                break;
        }
    }

    /// <summary>The non-white-space characters of the texts, sorted: equal for source and model when nothing is lost.
    /// The "|" that portals type between table cells is layout, like a tab, and is not counted.</summary>
    public static string Signature(IEnumerable<string> texts) =>
        new(texts.SelectMany(t => t).Where(c => !char.IsWhiteSpace(c) && c != '|').OrderBy(c => c).ToArray());
}

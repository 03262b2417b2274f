using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;

namespace AdminDocs.Writing;

/// <summary>
/// Writes an <see cref="AdminDocument"/> as plain text, one printed line per line, in the order of Nghị định
/// 30/2020 Phụ lục I: the header (cơ quan chủ quản and cơ quan ban hành beside the Quốc hiệu and Tiêu ngữ), số,
/// ký hiệu, địa danh and date, marks, tên loại and trích yếu, Kính gửi, the body, Nơi nhận, the signature blocks,
/// the appendices and, last, any text the recognizer could not place (<see cref="AdminDocument.Unrecognized"/>),
/// so that nothing is lost. <see cref="Reading.PlainTextReader"/> and the recognizer read the text back to the same
/// components. Stateless and thread-safe.
/// </summary>
public static class PlainTextWriter
{
    /// <summary>Writes <paramref name="document"/> to <paramref name="writer"/> with '\n' line ends.</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(AdminDocument document, TextWriter writer)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        foreach (var line in Lines(document))
        {
            writer.Write(line);
            writer.Write('\n');
        }
    }

    /// <summary>Returns <paramref name="document"/> as text with '\n' line ends.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public static string ToText(AdminDocument document)
    {
        using var writer = new StringWriter(new StringBuilder(4096), System.Globalization.CultureInfo.InvariantCulture);
        Write(document, writer);
        return writer.ToString();
    }

    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/> as UTF-8 without a byte order mark.</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">A writable stream; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    public static void Write(AdminDocument document, Stream output)
    {
        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        if (!output.CanWrite)
        {
            throw new ArgumentException("The stream is not writable.", nameof(output));
        }

        using var writer = new StreamWriter(output, new UTF8Encoding(false), 8192, leaveOpen: true);
        Write(document, writer);
    }

    private static List<string> Lines(AdminDocument d)
    {
        var lines = new Printed();

        // Header: the left column (parent, issuer) beside the right one (Quốc hiệu, Tiêu ngữ), row by row.
        var left = new List<(string, int?)>();
        if (d.ParentAgency is { } parent)
        {
            left.AddRange(parent.Lines.Select(l => (l, ModelLines.IndexOf(parent.Origin))));
        }

        if (d.IssuingAgency is { } issuer)
        {
            left.AddRange(issuer.Lines.Select(l => (l, ModelLines.IndexOf(issuer.Origin))));
            if (issuer.Rule is { Text.Length: > 0 } issuerRule && d.Motto?.Rule is not { Text.Length: > 0 })
            {
                // Right under the issuer: the recognizer gives a rule to the latest element above it without one.
                left.Add((issuerRule.Text, ModelLines.IndexOf(issuerRule.Origin)));
            }
        }

        var right = new List<(string, int?)>();
        foreach (var e in new[] { d.PartyHeading, d.PartyHeading?.Rule, d.NationalTitle, d.Motto })
        {
            if (e is { Text.Length: > 0 })
            {
                right.Add((e.Text, ModelLines.IndexOf(e.Origin)));
            }
        }

        for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
        {
            if (i < left.Count)
            {
                lines.Add(left[i].Item1, left[i].Item2);
            }

            if (i < right.Count)
            {
                lines.Add(right[i].Item1, right[i].Item2);
            }
        }

        // Both rules under the header: the first goes to the Tiêu ngữ (the latest element), the second to the issuer.
        lines.Add(d.Motto?.Rule);
        if (d.Motto?.Rule is { Text.Length: > 0 })
        {
            lines.Add(d.IssuingAgency?.Rule);
        }

        if (d.Number is { } number)
        {
            lines.Add(number.Text, ModelLines.IndexOf(number.Origin));
        }

        var letter = d.Subject is { Prefix: not null };
        if (letter)
        {
            foreach (var line in ModelLines.SubjectLines(d.Subject!))
            {
                lines.Add(line, ModelLines.IndexOf(d.Subject!.Origin));
            }

            lines.Add(d.Subject!.Rule);
        }

        if (d.PlaceDate is { } placeDate)
        {
            lines.Add(placeDate.Text, ModelLines.IndexOf(placeDate.Origin));
        }

        lines.Add(d.Marks.Secrecy);
        lines.Add(d.Marks.Urgency);
        foreach (var mark in d.Marks.Circulation)
        {
            lines.Add(mark);
        }

        if (d.Title is not null || (!letter && d.Subject is not null))
        {
            lines.Blank();
            lines.Add(d.Title);
            if (!letter && d.Subject is { } subject)
            {
                foreach (var line in ModelLines.SubjectLines(subject))
                {
                    lines.Add(line, ModelLines.IndexOf(subject.Origin));
                }

                lines.Add(subject.Rule);
            }
        }

        if (d.Addressees is { } addressees)
        {
            lines.Blank();
            var items = addressees.Items;
            var start = 0;
            if (addressees.OnLabelLine && items.Length > 0)
            {
                lines.Add(addressees.Label.Text + " " + ModelLines.ItemText(items[0], bare: true), ModelLines.IndexOf(addressees.Label.Origin));
                start = 1;
            }
            else
            {
                lines.Add(addressees.Label);
            }

            for (var i = start; i < items.Length; i++)
            {
                lines.Add(ModelLines.ItemText(items[i], bare: false), ModelLines.IndexOf(items[i].Origin));
            }
        }

        if (!d.Body.IsEmpty)
        {
            lines.Blank();
            AddBody(lines, d.Body);
        }

        if (d.Recipients is { } recipients)
        {
            lines.Blank();
            lines.Add(recipients.Label);
            foreach (var item in recipients.Items)
            {
                lines.Add(ModelLines.ItemText(item, bare: false), ModelLines.IndexOf(item.Origin));
            }
        }

        foreach (var signature in d.Signatures)
        {
            lines.Blank();
            if (!signature.Lines.IsEmpty)
            {
                foreach (var line in signature.Lines)
                {
                    lines.Add(line);
                }
            }
            else
            {
                foreach (var line in ModelLines.SignatureLines(signature))
                {
                    lines.Add(line, ModelLines.IndexOf(signature.Origin));
                }
            }
        }

        if (d.DrafterCode is { } drafter)
        {
            lines.Blank();
            lines.Add(drafter);
        }

        foreach (var contact in d.ContactLines)
        {
            lines.Add(contact);
        }

        foreach (var appendix in d.Appendices)
        {
            lines.Blank();
            lines.Add(appendix.Label);
            lines.Add(appendix.Title);
            lines.Add(appendix.Reference);
            if (!appendix.Body.IsEmpty)
            {
                lines.Blank();
                AddBody(lines, appendix.Body);
            }
        }

        lines.Place(d.Unrecognized);
        return lines.Texts;
    }

    /// <summary>The printed lines with the source block each came from, so that the text nobody recognized can be
    /// put back where it was.</summary>
    private sealed class Printed
    {
        public List<string> Texts { get; } = new();

        private readonly List<int?> _origins = new();

        public void Add(string text, int? origin)
        {
            Texts.Add(text);
            _origins.Add(origin);
        }

        public void Add(TextElement? element)
        {
            if (element is not null && element.Text.Length > 0)
            {
                Add(element.Text, ModelLines.IndexOf(element.Origin));
            }
        }

        public void Blank()
        {
            if (Texts.Count > 0 && Texts[Texts.Count - 1].Length > 0)
            {
                Add(string.Empty, null);
            }
        }

        /// <summary>Puts each unrecognized block after the last line printed from an earlier source block (at the
        /// end when the model has no origins, e.g. one built in code).</summary>
        public void Place(ImmutableArray<UnrecognizedBlock> unrecognized)
        {
            var tail = new List<string>();
            foreach (var u in unrecognized)
            {
                if (ModelLines.IndexOf(u.Origin) is not { } index || !_origins.Any(o => o is not null))
                {
                    tail.Add(u.Text);
                    continue;
                }

                var at = -1;
                for (var i = 0; i < _origins.Count; i++)
                {
                    if (_origins[i] is { } o && o <= index)
                    {
                        at = i;
                    }
                }

                Texts.Insert(at + 1, u.Text);
                _origins.Insert(at + 1, index);
            }

            if (tail.Count > 0)
            {
                Blank();
                Texts.AddRange(tail);
            }
        }
    }

    private static void AddBody(Printed lines, Body body)
    {
        var first = true;
        foreach (var node in body.Nodes)
        {
            AddNode(lines, node, ref first);
        }
    }

    private static void AddNode(Printed lines, BodyNode node, ref bool first)
    {
        if (!first)
        {
            lines.Blank();
        }

        first = false;
        var origin = ModelLines.IndexOf(node.Origin);
        switch (node)
        {
            case BodySection section:
                var (label, below) = ModelLines.SectionLines(section);
                lines.Add(label, origin);
                if (below is not null)
                {
                    lines.Add(below, origin);
                }

                foreach (var child in section.Children)
                {
                    AddNode(lines, child, ref first);
                }

                break;
            case Paragraph p:
                lines.Add(p.Text, origin);
                break;
            case LegalBasis l:
                lines.Add(l.Text, origin);
                break;
            case IssuingAuthority a:
                lines.Add(a.Text, origin);
                break;
            case Proposal pr:
                lines.Add(pr.Text, origin);
                break;
            case EnactingFormula e:
                lines.Add(e.Text, origin);
                break;
            case Table t:
                // A table has no plain-text form the reader knows: one line per row, the cells separated by " | ".
                foreach (var row in t.Rows)
                {
                    lines.Add(string.Join(" | ", row.Cells), origin);
                }

                break;
            default:
                // A node type this writer does not know: its text is kept, as the record prints it.
                lines.Add(node.ToString() ?? string.Empty, origin);
                break;
        }
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using AdminDocs.Decree;

namespace AdminDocs.Validation.Rules;

/// <summary>A running text of the model: its path, origin and text.</summary>
/// <param name="Path">The model path.</param>
/// <param name="Origin">Where it came from (for <see cref="TextLocator"/>).</param>
/// <param name="Text">The text.</param>
internal readonly record struct TextLine(string Path, SourceSpan? Origin, string Text);

/// <summary>The running texts the wording rules (AD6001, AD6006–AD6008) read: the trích yếu lines, the Kính gửi items, the body
/// (paragraphs, căn cứ, section headings, recursively; appendix bodies too) and the Nơi nhận items.</summary>
internal static class TextLines
{
    /// <summary>The texts in reading order.</summary>
    public static IEnumerable<TextLine> Of(AdminDocument document)
    {
        if (document.Subject is { } subject)
        {
            foreach (var line in subject.Lines)
            {
                yield return new TextLine("subject", subject.Origin, line ?? string.Empty);
            }
        }

        if (document.Addressees is { } addressees && !addressees.Items.IsDefault)
        {
            for (var i = 0; i < addressees.Items.Length; i++)
            {
                if (addressees.Items[i] is { } item)
                {
                    yield return new TextLine("addressees.items[" + Index(i) + "]", item.Origin, item.Text ?? string.Empty);
                }
            }
        }

        foreach (var line in Nodes("body.nodes", document.Body?.Nodes ?? default, 0))
        {
            yield return line;
        }

        if (document.Recipients is { } recipients && !recipients.Items.IsDefault)
        {
            for (var i = 0; i < recipients.Items.Length; i++)
            {
                if (recipients.Items[i] is { } item)
                {
                    yield return new TextLine("recipients.items[" + Index(i) + "]", item.Origin, item.Text ?? string.Empty);
                }
            }
        }

        for (var i = 0; i < document.Appendices.Length; i++)
        {
            if (document.Appendices[i]?.Body is { } body)
            {
                foreach (var line in Nodes("appendices[" + Index(i) + "].body.nodes", body.Nodes, 0))
                {
                    yield return line;
                }
            }
        }
    }

    private static IEnumerable<TextLine> Nodes(string path, ImmutableArray<BodyNode> nodes, int depth)
    {
        if (nodes.IsDefault || depth > 64)
        {
            yield break;
        }

        for (var i = 0; i < nodes.Length; i++)
        {
            var nodePath = path + "[" + Index(i) + "]";
            switch (nodes[i])
            {
                case Paragraph paragraph:
                    yield return new TextLine(nodePath, paragraph.Origin, paragraph.Text ?? string.Empty);
                    break;
                case LegalBasis basis:
                    yield return new TextLine(nodePath, basis.Origin, basis.Text ?? string.Empty);
                    break;
                case Proposal proposal:
                    yield return new TextLine(nodePath, proposal.Origin, proposal.Text ?? string.Empty);
                    break;
                case BodySection section:
                    yield return new TextLine(nodePath + ".heading", section.Origin, section.Heading ?? string.Empty);
                    foreach (var line in Nodes(nodePath + ".children", section.Children, depth + 1))
                    {
                        yield return line;
                    }

                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>The words of a text (runs of letters and digits) with their offsets.</summary>
    public static List<(int Start, string Word)> Words(string text)
    {
        var words = new List<(int, string)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsMark(text[i])))
            {
                i++;
            }

            words.Add((start, text.Substring(start, i - start)));
        }

        return words;
    }

    /// <summary>Whether the word at <paramref name="start"/> starts a sentence or a clause: nothing but a bullet, a
    /// number label, an opening bracket or quote before it, or ". ! ? : ;" right before it.</summary>
    public static bool StartsClause(string text, int start)
    {
        var j = start - 1;
        while (j >= 0 && char.IsWhiteSpace(text[j]))
        {
            j--;
        }

        if (j < 0)
        {
            return true;
        }

        return (".!?:;([{\"“‘'«" + Dashes.Common + "+•*)/").IndexOf(text[j]) >= 0;
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}

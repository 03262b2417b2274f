using System;
using System.Collections.Generic;

namespace AdminDocs.Writing;

/// <summary>
/// How the writers print a component as lines: the same source is compiled into AdminDocs (plain text) and
/// AdminDocs.Docx (the .docx writer), so both print a model the same way and the recognizer reads both back alike.
/// </summary>
internal static class ModelLines
{
    /// <summary>The lines of a signature block in order: the lines as written when the model has them, otherwise
    /// the authority and titles, the placeholders and the name.</summary>
    public static IReadOnlyList<string> SignatureLines(SignatureBlock signature)
    {
        var lines = new List<string>();
        if (!signature.Lines.IsEmpty)
        {
            foreach (var line in signature.Lines)
            {
                lines.Add(line.Text);
            }

            return lines;
        }

        for (var i = 0; i < signature.Titles.Length; i++)
        {
            lines.Add(i == 0 && signature.Authority is { } authority ? authority + " " + signature.Titles[i] : signature.Titles[i]);
        }

        lines.AddRange(signature.Placeholders);
        if (signature.SignerName is { } name)
        {
            lines.Add(name.Text);
        }

        return lines;
    }

    /// <summary>An item of Kính gửi or Nơi nhận as printed: the raw text when known, else the marker and the text.</summary>
    public static string ItemText(ListItem item, bool bare)
    {
        if (item.RawText.Length > 0)
        {
            return item.RawText;
        }

        if (bare)
        {
            return item.Marker.Length > 0 ? item.Marker + " " + item.Text : item.Text;
        }

        return (item.Marker.Length > 0 ? item.Marker : "-") + " " + item.Text;
    }

    /// <summary>The line of a body section's label and heading, and the heading line under it when the label
    /// stands alone (Phần, Chương, Mục, Tiểu mục).</summary>
    public static (string Label, string? Below) SectionLines(BodySection section)
    {
        if (section.Heading.Length == 0)
        {
            return (section.Label, null);
        }

        return HeadingBelow(section)
            ? (section.Label, section.Heading)
            : (section.Label + " " + section.Heading, null);
    }

    private static bool HeadingBelow(BodySection section) =>
        section.Level is SectionLevel.Part or SectionLevel.Chapter or SectionLevel.Section or SectionLevel.Subsection
        && (section.Label.StartsWith("Phần", StringComparison.Ordinal) || section.Label.StartsWith("PHẦN", StringComparison.Ordinal)
            || section.Label.StartsWith("Chương", StringComparison.Ordinal) || section.Label.StartsWith("CHƯƠNG", StringComparison.Ordinal)
            || section.Label.StartsWith("Mục", StringComparison.Ordinal) || section.Label.StartsWith("MỤC", StringComparison.Ordinal)
            || section.Label.StartsWith("Tiểu mục", StringComparison.Ordinal) || section.Label.StartsWith("TIỂU MỤC", StringComparison.Ordinal));

    /// <summary>The printed lines of a trích yếu: for a công văn the first line keeps its "V/v" as written.</summary>
    public static IReadOnlyList<string> SubjectLines(Subject subject)
    {
        var lines = new List<string>();
        if (subject.Prefix is null || subject.Lines.IsEmpty)
        {
            lines.AddRange(subject.Lines);
            return lines;
        }

        var first = subject.FirstLineAsWritten;
        if (first.Length == 0)
        {
            lines.Add(subject.Prefix + " " + subject.Lines[0]);
            for (var i = 1; i < subject.Lines.Length; i++)
            {
                lines.Add(subject.Lines[i]);
            }

            return lines;
        }

        lines.Add(first);
        for (var i = first.EndsWith(subject.Lines[0], StringComparison.Ordinal) ? 1 : 0; i < subject.Lines.Length; i++)
        {
            lines.Add(subject.Lines[i]);
        }

        return lines;
    }

    /// <summary>The index of the first source block of <paramref name="origin"/>, or <see langword="null"/>.</summary>
    public static int? IndexOf(SourceSpan? origin) => origin is null || origin.Blocks.IsEmpty ? null : origin.Blocks[0].Index;
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AdminDocs.Decree;
using AdminDocs.Text;

namespace AdminDocs.Validation.Rules;

/// <summary>A short text of the model where a mark written wrongly may have landed.</summary>
/// <param name="Path">The model path.</param>
/// <param name="Origin">Where it came from.</param>
/// <param name="Text">The text as written.</param>
internal readonly record struct MarkCandidate(string Path, SourceSpan? Origin, string Text);

/// <summary>The marks (độ mật, độ khẩn, phạm vi lưu hành) and the places a misspelt one may be found.</summary>
internal static class MarkText
{
    /// <summary>The urgency levels of a profile.</summary>
    public static IReadOnlyList<string> UrgencyLevels(DocumentProfile profile) =>
        profile == DocumentProfile.Tt01 ? Marks.Urgency.Concat(new[] { Marks.Tt01Urgency }).ToArray() : Marks.Urgency;

    /// <summary>The level a text is (same letters and tones, case ignored), or <see langword="null"/>.</summary>
    public static string? Match(string? text, IEnumerable<string> levels)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var key = VietnameseText.Key(text!);
        return levels.FirstOrDefault(l => string.Equals(VietnameseText.Key(l), key, StringComparison.Ordinal));
    }

    /// <summary>The level a text is when diacritics are ignored but it is not written right ("HOẢ TÔC"), or <see langword="null"/>.</summary>
    public static string? NearMiss(string? text, IEnumerable<string> levels)
    {
        if (string.IsNullOrWhiteSpace(text) || text!.Length > 30 || !VietnameseText.IsAllCaps(text))
        {
            return null;
        }

        var bare = VietnameseText.BaseKey(text);
        var key = VietnameseText.Key(text);
        return levels.FirstOrDefault(l => string.Equals(VietnameseText.BaseKey(l), bare, StringComparison.Ordinal)
            && !string.Equals(VietnameseText.Key(l), key, StringComparison.Ordinal));
    }

    /// <summary>The header texts where a mark the recognizer did not take may be: agency lines, a title of no known
    /// kind, the trích yếu of such a document, and unrecognized blocks.</summary>
    public static IEnumerable<MarkCandidate> HeaderCandidates(AdminDocument document)
    {
        foreach (var (name, agency) in new[] { ("parentAgency", document.ParentAgency), ("issuingAgency", document.IssuingAgency) })
        {
            if (agency is null)
            {
                continue;
            }

            for (var i = 0; i < agency.Lines.Length; i++)
            {
                yield return new MarkCandidate(name + ".lines[" + Index(i) + "]", agency.Origin, agency.Lines[i] ?? string.Empty);
            }
        }

        if (document.Kind == DocumentKind.Other && document.Title is { } title)
        {
            yield return new MarkCandidate("title", title.Origin, title.Text ?? string.Empty);
            if (document.Subject is { } subject)
            {
                for (var i = 0; i < subject.Lines.Length; i++)
                {
                    yield return new MarkCandidate("subject", subject.Origin, subject.Lines[i] ?? string.Empty);
                }
            }
        }

        for (var i = 0; i < document.Unrecognized.Length; i++)
        {
            if (document.Unrecognized[i] is { } block)
            {
                yield return new MarkCandidate("unrecognized[" + Index(i) + "]", block.Origin, block.Text ?? string.Empty);
            }
        }
    }

    /// <summary>Where a text starts in its origin.</summary>
    public static Sources.SourceLocation? At(SourceSpan? origin, string text) =>
        TextLocator.Locate(origin, text, Math.Max(0, text.Length - text.TrimStart().Length));

    /// <summary>An index as the model paths write it.</summary>
    public static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}

using System;
using System.Collections.Generic;
using System.Linq;
using AdminDocs.Sources;
using AdminDocs.Text;

namespace AdminDocs.Validation.Rules;

/// <summary>Positions inside a số/ký hiệu line and the Phụ lục III abbreviations the number rules share.</summary>
internal static class NumberLayout
{
    /// <summary>The official abbreviations with lower-case letters (Phụ lục III: TTr, CTr, QyĐ, TrS), read from the
    /// type catalog.</summary>
    public static readonly string[] MixedCase = DocumentKindInfo.All
        .Select(i => i.Abbreviation)
        .Where(a => a is not null && a.Any(char.IsLower))
        .Select(a => a!)
        .ToArray();

    /// <summary>Types added by TT 01/2011 (via NĐ 09/2010) and its trích sao abbreviation [U].</summary>
    public static readonly string[] Tt01Abbreviations = { "BCK", "GCN", "GĐĐ", "GBN", "TS" };

    /// <summary>The body of the line (never <see langword="null"/>).</summary>
    public static string BodyOf(DocumentNumber number) => number.Body ?? string.Empty;

    /// <summary>The location of a character of <see cref="DocumentNumber.Body"/>.</summary>
    public static SourceLocation? At(DocumentNumber number, int bodyIndex) =>
        number.Origin.LocationAt(number.BodyOffset + Math.Max(0, bodyIndex));

    /// <summary>Where the ký hiệu starts in the body, or -1 (the model's <see cref="DocumentNumber.SymbolOffset"/>).</summary>
    public static int SymbolStart(DocumentNumber number) => InBody(number, number.SymbolOffset);

    /// <summary>Where the number starts in the body, or -1 (the model's <see cref="DocumentNumber.ValueOffset"/>).</summary>
    public static int ValueStart(DocumentNumber number) => InBody(number, number.ValueOffset);

    /// <summary>The body index of each ký hiệu group (the model's <see cref="DocumentNumber.SymbolGroupOffsets"/>).</summary>
    public static int[] GroupStarts(DocumentNumber number) =>
        number.SymbolGroupOffsets.Select(offset => InBody(number, offset)).ToArray();

    /// <summary>Whether two abbreviations are the same letters (case ignored).</summary>
    public static bool SameLetters(string a, string b) =>
        string.Equals(VietnameseText.Key(a), VietnameseText.Key(b), StringComparison.Ordinal);

    /// <summary>Whether AD2207 reports the group: it has lower-case letters and is not an official mixed-case abbreviation.</summary>
    public static bool HasCaseDefect(string group) =>
        !MixedCase.Contains(group, StringComparer.Ordinal) && group.Any(c => char.IsLetter(c) && char.IsLower(c));

    /// <summary>The group as it should be written: the official mixed-case form when the letters match one, else capitals.</summary>
    public static string CapitalForm(string group) =>
        MixedCase.FirstOrDefault(m => SameLetters(m, group)) ?? group.ToUpperInvariant();

    /// <summary>Every type abbreviation of the catalog (and of TT01 under that profile).</summary>
    public static IEnumerable<string> TypeAbbreviations(DocumentProfile profile)
    {
        var all = DocumentKindInfo.All.Select(i => i.Abbreviation).Where(a => a is not null).Select(a => a!);
        return profile == DocumentProfile.Tt01 ? all.Concat(Tt01Abbreviations) : all;
    }

    /// <summary>The abbreviations accepted as the first group for a kind.</summary>
    public static IReadOnlyList<string> Expected(DocumentKind kind, DocumentProfile profile)
    {
        var abbreviation = DocumentKindInfo.Get(kind).Abbreviation;
        if (abbreviation is null)
        {
            return Array.Empty<string>();
        }

        return profile == DocumentProfile.Tt01 && kind == DocumentKind.CopyExtract
            ? new[] { abbreviation, "TS" }
            : new[] { abbreviation };
    }

    /// <summary>Whether a character is white space.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c);

    private static int InBody(DocumentNumber number, int textOffset) => textOffset < 0 ? -1 : textOffset - number.BodyOffset;
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AdminDocs.Decree;
using AdminDocs.Sources;
using AdminDocs.Text;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// Shared helpers of the signature rules (AD5002–AD5008): authority prefixes, title classes, names and the source
/// line of each title. Phụ lục I, II.7 of Nghị định 30/2020.
/// </summary>
internal static class SignatureText
{
    /// <summary>The message variant for a flaw.</summary>
    public static string? Variant(AuthorityFlaw flaw) => flaw switch
    {
        AuthorityFlaw.Slash => "slash",
        AuthorityFlaw.NoPeriod => "no-period",
        AuthorityFlaw.LowerCase => "lower-case",
        _ => null,
    };

    /// <summary>
    /// The lines of a block that start with an authority prefix: the block's own authority (title index 0) and
    /// any title line with a nested prefix ("KT. CHỦ TỊCH" under "TM. ỦY BAN NHÂN DÂN").
    /// </summary>
    /// <summary>The prefixed lines with a head title of every signature block of the document, with the block and
    /// its index: the walk the authority-chain rules (AD5003–AD5005) share.</summary>
    public static IEnumerable<(int BlockIndex, SignatureBlock Block, int TitleIndex, AuthorityKind Kind, string Head, string LineText)> PrefixedLinesWithHead(AdminDocument document)
    {
        var signatures = document.Signatures;
        for (var i = 0; i < signatures.Length; i++)
        {
            if (signatures[i] is not { } block)
            {
                continue;
            }

            foreach (var (titleIndex, kind, head, lineText) in PrefixedLines(block))
            {
                if (head.Length > 0)
                {
                    yield return (i, block, titleIndex, kind, head, lineText);
                }
            }
        }
    }

    public static IEnumerable<(int TitleIndex, AuthorityKind Kind, string Head, string LineText)> PrefixedLines(SignatureBlock block)
    {
        var authorityKind = Authorities.KindOf(block.Authority);
        var j = 0;
        foreach (var line in block.SignatureLines)
        {
            if (!line.IsTitle)
            {
                continue;
            }

            if (j == 0 && authorityKind != AuthorityKind.None)
            {
                var head = block.Titles.Length > 0 ? (block.Titles[0] ?? string.Empty).Trim() : string.Empty;
                yield return (0, authorityKind, head, (block.Authority!.Trim() + " " + head).Trim());
            }
            else if (line.ParsedPrefix is { } p)
            {
                yield return (j, p.Kind, p.Rest, line.Text.Trim());
            }

            j++;
        }
    }

    /// <summary>The title lines of a block in order (authority and title lines): index <c>j</c> is
    /// <see cref="SignatureBlock.Titles"/>[j].</summary>
    public static IEnumerable<SignatureLine> TitleLines(SignatureBlock block) => block.SignatureLines.Where(l => l.IsTitle);

    /// <summary>The title line after <paramref name="titleIndex"/>, or <see langword="null"/> when none follows
    /// (the signer's name is not a title).</summary>
    public static string? NextTitle(SignatureBlock block, int titleIndex)
    {
        var next = TitleLines(block).Skip(titleIndex + 1).FirstOrDefault()?.Text;
        return string.IsNullOrWhiteSpace(next) ? null : next!.Trim();
    }

    /// <summary>The signer's name as written, with its model path and location: the line the recognizer read as
    /// the name (<see cref="SignatureLineRole.Name"/>).</summary>
    public static (string Text, string Path, SourceLocation? Location)? Name(SignatureBlock block, int blockIndex)
    {
        if (block.SignerName is { } element && !string.IsNullOrWhiteSpace(element.Text))
        {
            return (element.Text.Trim(), PathOf(blockIndex) + ".signerName", element.Origin.Location);
        }

        // A block built in code with the name left as its last title ("TS. NGUYỄN VĂN AN" after "(đã ký)").
        if (block.SignatureLines.FirstOrDefault(l => l.Role == SignatureLineRole.Name) is { } name && !string.IsNullOrWhiteSpace(name.Text))
        {
            var text = name.Text.Trim();
            var k = block.Titles.AsEnumerable().ToList().IndexOf(name.Text);
            var path = k >= 0 ? PathOf(blockIndex) + ".titles[" + k.ToString(CultureInfo.InvariantCulture) + "]" : PathOf(blockIndex) + ".signerName";
            return (text, path, name.Origin.Location ?? block.Origin.Location);
        }

        return null;
    }

    /// <summary>Whether two titles are the same title (case, spacing and tone-mark placement ignored).</summary>
    public static bool SameTitle(string a, string b) =>
        string.Equals(VietnameseText.Key(a), VietnameseText.Key(b), StringComparison.Ordinal);

    /// <summary>Whether a title is abbreviated "P. GIÁM ĐỐC" (for "PHÓ GIÁM ĐỐC"); gives the full form.</summary>
    public static bool IsAbbreviatedDeputy(string title, out string expanded)
    {
        var t = title.Trim();
        if (t.Length > 2 && (t[0] == 'P' || t[0] == 'p') && t[1] == '.')
        {
            expanded = "PHÓ " + t.Substring(2).TrimStart();
            return true;
        }

        expanded = string.Empty;
        return false;
    }

    /// <summary>Whether a text after "TM." is a personal title (CHỦ TỊCH, GIÁM ĐỐC) rather than a collective or body.</summary>
    public static bool IsPersonalTitle(string text) => SignatureNames.IsPersonalTitle(text);

    /// <summary>The academic title, honorary title or military rank a name starts with, or <see langword="null"/>.</summary>
    public static string? AcademicTitle(string name) => SignatureNames.AcademicTitle(name);

    /// <summary>The name without a leading academic title or rank.</summary>
    public static string WithoutAcademicTitle(string name) => SignatureNames.WithoutAcademicTitle(name);

    /// <summary>A name with the first letter of every word in capitals; with <paramref name="lowerRest"/> the
    /// other letters in lower case ("ĐỖ NGUYÊN ĐỨC" → "Đỗ Nguyên Đức").</summary>
    public static string TitleCase(string name, bool lowerRest)
    {
        var sb = new StringBuilder(name.Length);
        var start = true;
        foreach (var ch in name)
        {
            if (char.IsWhiteSpace(ch))
            {
                start = true;
                sb.Append(ch);
            }
            else if (char.IsLetter(ch))
            {
                sb.Append(start ? char.ToUpperInvariant(ch) : (lowerRest ? char.ToLowerInvariant(ch) : ch));
                start = false;
            }
            else
            {
                sb.Append(ch);
            }
        }

        return sb.ToString();
    }

    /// <summary>The model path of a block ("signatures[0]").</summary>
    public static string PathOf(int index) => "signatures[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>The model path of a title or of the authority when the title index is 0 and the block has one.</summary>
    public static string TitlePath(SignatureBlock block, int blockIndex, int titleIndex) =>
        titleIndex == 0 && Authorities.KindOf(block.Authority) != AuthorityKind.None
            ? PathOf(blockIndex) + ".authority"
            : PathOf(blockIndex) + ".titles[" + titleIndex.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>The source line of a title (index into <see cref="SignatureBlock.Titles"/>), or <see langword="null"/>.</summary>
    public static SignatureLine? LineOfTitle(SignatureBlock block, int titleIndex) =>
        titleIndex < 0 ? null : TitleLines(block).Skip(titleIndex).FirstOrDefault();

    /// <summary>The location of a title line (or of the block when the line is not found).</summary>
    public static SourceLocation? LocationOfTitle(SignatureBlock block, int titleIndex) =>
        LineOfTitle(block, titleIndex)?.Origin.Location ?? block.Origin.Location;

    /// <summary>The location of the quyền hạn prefix of a title line, or of the line (or block) when it has none.</summary>
    public static SourceLocation? LocationOfPrefix(SignatureBlock block, int titleIndex) =>
        LineOfTitle(block, titleIndex) is { PrefixOffset: >= 0 } line && line.Origin.LocationAt(line.PrefixOffset) is { } at
            ? at
            : LocationOfTitle(block, titleIndex);
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using AdminDocs.Sources;
using AdminDocs.Text;

namespace AdminDocs.Validation.Rules;

/// <summary>The kinds of quyền hạn prefix of Phụ lục I, II.7.b.</summary>
internal enum AuthorityKind
{
    /// <summary>Not an authority prefix.</summary>
    None,

    /// <summary>TM. (thay mặt).</summary>
    OnBehalf,

    /// <summary>KT. (ký thay).</summary>
    SignFor,

    /// <summary>TL. (thừa lệnh).</summary>
    ByOrder,

    /// <summary>TUQ. (thừa ủy quyền).</summary>
    Delegated,

    /// <summary>Q. (quyền).</summary>
    Acting,
}

/// <summary>How an authority prefix as written differs from its canonical form.</summary>
internal enum AuthorityFlaw
{
    /// <summary>Written exactly as the canonical form.</summary>
    None,

    /// <summary>Written with a slash, the Party form ("K/T", "T/M").</summary>
    Slash,

    /// <summary>Without the period ("KT").</summary>
    NoPeriod,

    /// <summary>In lower or mixed case ("kt.", "Kt.").</summary>
    LowerCase,

    /// <summary>Otherwise malformed ("K.T.", "KT .").</summary>
    Other,
}

/// <summary>A title line (or the first line) of a signature block that starts with an authority prefix.</summary>
/// <param name="Kind">The kind of prefix.</param>
/// <param name="Prefix">The prefix as written, its period included ("KT.", "K/T", "kt.").</param>
/// <param name="Rest">The text after the prefix, trimmed (the head's title or the collective).</param>
/// <param name="RestOffset">The offset of <paramref name="Rest"/> in the line.</param>
internal sealed record AuthorityPrefix(AuthorityKind Kind, string Prefix, string Rest, int RestOffset)
{
    /// <summary>The canonical form ("KT.").</summary>
    public string Canonical => SignatureText.Canonical(Kind);

    /// <summary>How the prefix differs from its canonical form.</summary>
    public AuthorityFlaw Flaw => SignatureText.FlawOf(Prefix, Kind);

    /// <summary>Whether the prefix runs into the next word with no space ("KT.GIÁM ĐỐC").</summary>
    public bool MissingSpace { get; init; }
}

/// <summary>
/// Shared helpers of the signature rules (AD5002–AD5008): authority prefixes, title classes, names and the source
/// line of each title. Phụ lục I, II.7 of Nghị định 30/2020.
/// </summary>
internal static class SignatureText
{
    /// <summary>The canonical authority prefixes, in the order of the decree.</summary>
    public static readonly ImmutableArray<string> CanonicalPrefixes = ImmutableArray.Create("TM.", "KT.", "TL.", "TUQ.", "Q.");

    /// <summary>The canonical prefixes as one text for messages.</summary>
    public static readonly string CanonicalList = string.Join(", ", CanonicalPrefixes);

    // A prefix at the start of a line: the letters (with an optional slash or inner periods), an optional period,
    // then a space, the end, or (after a period) the next word.
    private static readonly Regex PrefixPattern = new(
        @"^(?<p>(?:T\s*[/.]\s*M|K\s*[/.]\s*T|T\s*[/.]\s*L|TUQ|TM|KT|TL|Q)(?:\s*\.)?)(?:(?<space>\s+)|$|(?<=\.)(?=\S))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly string[][] PersonalTitles = Keys(
        "CHỦ TỊCH", "PHÓ", "GIÁM ĐỐC", "TỔNG GIÁM ĐỐC", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "THỦ TƯỚNG", "CỤC TRƯỞNG",
        "VỤ TRƯỞNG", "TỔNG CỤC TRƯỞNG", "CHI CỤC TRƯỞNG", "VIỆN TRƯỞNG", "HIỆU TRƯỞNG", "CHÁNH", "TRƯỞNG", "BÍ THƯ",
        "TỔNG THƯ KÝ", "THƯ KÝ", "CHỦ NHIỆM", "ĐẠI SỨ", "TỔNG LÃNH SỰ", "TỔNG BIÊN TẬP", "KIỂM TOÁN TRƯỞNG",
        "TỔNG KIỂM TOÁN", "TỔNG THANH TRA", "TƯ LỆNH", "CHÍNH ỦY", "CHỈ HUY TRƯỞNG", "GIÁM ĐỐC ĐIỀU HÀNH");

    private static readonly string[][] Collectives = Keys(
        "ỦY BAN", "UBND", "HĐND", "BAN", "HỘI ĐỒNG", "ĐOÀN", "THƯỜNG TRỰC", "TẬP THỂ", "CHÍNH PHỦ", "ĐẢNG ỦY",
        "ĐẢNG ĐOÀN", "BAN CÁN SỰ", "CHI ỦY", "CHI BỘ", "LIÊN ĐOÀN", "CÔNG ĐOÀN", "HỘI", "TỔ", "LIÊN MINH", "QUỐC HỘI",
        "MẶT TRẬN", "BỘ CHÍNH TRỊ", "BAN BÍ THƯ", "LÃNH ĐẠO");

    // Academic, professional and honorary titles (học hàm, học vị, danh hiệu) written before a name.
    private static readonly Regex AcademicPattern = new(
        @"^(?<t>(?:(?:GS|PGS|TSKH|TS|ThS|Ths|THS|KS|BS|BSCKI{1,2}|CKI{1,2}|DS|DSCKI{1,2}|CN|NCS|LS|NGND|NGƯT|NSND|NSƯT|TTND|TTƯT|TTUT|NGUT|NSUT)(?:\s*\.\s*|\s+))+)(?=\S)",
        RegexOptions.CultureInvariant);

    // Military ranks (cấp bậc quân hàm), which the same exemption covers.
    private static readonly Regex RankPattern = new(
        @"^(?<t>(?:Thiếu|Trung|Thượng|Đại)\s+(?:úy|uý|tá|tướng)\s+)(?=\S)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The canonical prefix of a kind.</summary>
    public static string Canonical(AuthorityKind kind) => kind switch
    {
        AuthorityKind.OnBehalf => "TM.",
        AuthorityKind.SignFor => "KT.",
        AuthorityKind.ByOrder => "TL.",
        AuthorityKind.Delegated => "TUQ.",
        AuthorityKind.Acting => "Q.",
        _ => string.Empty,
    };

    /// <summary>The kind of an authority as written ("K/T" → KT), or <see cref="AuthorityKind.None"/>.</summary>
    public static AuthorityKind KindOf(string? authority)
    {
        if (string.IsNullOrWhiteSpace(authority))
        {
            return AuthorityKind.None;
        }

        var letters = new StringBuilder();
        foreach (var ch in authority!)
        {
            if (char.IsLetter(ch))
            {
                letters.Append(char.ToUpperInvariant(ch));
            }
            else if (ch is not ('.' or '/') && !char.IsWhiteSpace(ch))
            {
                return AuthorityKind.None;
            }
        }

        return letters.ToString() switch
        {
            "TM" => AuthorityKind.OnBehalf,
            "KT" => AuthorityKind.SignFor,
            "TL" => AuthorityKind.ByOrder,
            "TUQ" => AuthorityKind.Delegated,
            "Q" => AuthorityKind.Acting,
            _ => AuthorityKind.None,
        };
    }

    /// <summary>How a prefix as written differs from the canonical form of its kind.</summary>
    public static AuthorityFlaw FlawOf(string written, AuthorityKind kind)
    {
        var canonical = Canonical(kind);
        if (string.Equals(written, canonical, StringComparison.Ordinal))
        {
            return AuthorityFlaw.None;
        }

        if (written.IndexOf('/') >= 0)
        {
            return AuthorityFlaw.Slash;
        }

        if (string.Equals(written.ToUpperInvariant(), canonical, StringComparison.Ordinal))
        {
            return AuthorityFlaw.LowerCase;
        }

        if (string.Equals(written.ToUpperInvariant() + ".", canonical, StringComparison.Ordinal))
        {
            return written.Any(char.IsLower) ? AuthorityFlaw.Other : AuthorityFlaw.NoPeriod;
        }

        return AuthorityFlaw.Other;
    }

    /// <summary>The message variant for a flaw.</summary>
    public static string? Variant(AuthorityFlaw flaw) => flaw switch
    {
        AuthorityFlaw.Slash => "slash",
        AuthorityFlaw.NoPeriod => "no-period",
        AuthorityFlaw.LowerCase => "lower-case",
        _ => null,
    };

    /// <summary>The authority prefix a line starts with, or <see langword="null"/>. "P. GIÁM ĐỐC" has none.</summary>
    public static AuthorityPrefix? ParsePrefix(string? line)
    {
        if (string.IsNullOrEmpty(line))
        {
            return null;
        }

        var text = line!.TrimStart();
        var lead = line.Length - text.Length;
        var m = PrefixPattern.Match(text);
        if (!m.Success)
        {
            return null;
        }

        var prefix = m.Groups["p"].Value.TrimEnd();
        var kind = KindOf(prefix);
        if (kind == AuthorityKind.None)
        {
            return null;
        }

        var restStart = m.Length;
        var rest = text.Substring(restStart).Trim();
        return new AuthorityPrefix(kind, prefix, rest, lead + restStart)
        {
            MissingSpace = !m.Groups["space"].Success && restStart < text.Length,
        };
    }

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
        var titles = block.Titles.IsDefault ? ImmutableArray<string>.Empty : block.Titles;
        var authorityKind = KindOf(block.Authority);
        if (authorityKind != AuthorityKind.None)
        {
            var head = titles.Length > 0 ? (titles[0] ?? string.Empty).Trim() : string.Empty;
            yield return (0, authorityKind, head, (block.Authority!.Trim() + " " + head).Trim());
        }

        var count = TitleCount(block);
        for (var j = authorityKind == AuthorityKind.None ? 0 : 1; j < count; j++)
        {
            if (ParsePrefix(titles[j]) is { } p)
            {
                yield return (j, p.Kind, p.Rest, (titles[j] ?? string.Empty).Trim());
            }
        }
    }

    /// <summary>The title line after <paramref name="titleIndex"/>, or <see langword="null"/> when none follows
    /// (the signer's name, when the recognizer left it among the titles, is not a title).</summary>
    public static string? NextTitle(SignatureBlock block, int titleIndex)
    {
        var titles = block.Titles.IsDefault ? ImmutableArray<string>.Empty : block.Titles;
        var next = titleIndex + 1 < TitleCount(block) ? titles[titleIndex + 1] : null;
        return string.IsNullOrWhiteSpace(next) ? null : next!.Trim();
    }

    /// <summary>The number of real title lines: <see cref="SignatureBlock.Titles"/> without a name left among them.</summary>
    public static int TitleCount(SignatureBlock block)
    {
        var titles = block.Titles.IsDefault ? ImmutableArray<string>.Empty : block.Titles;
        return NameAmongTitles(block) is { } k ? k : titles.Length;
    }

    /// <summary>
    /// The index of the signer's name when the recognizer left it as the last title line because it is written in
    /// capitals ("TS. NGUYỄN VĂN AN" after "(đã ký)"): the block has no <see cref="SignatureBlock.SignerName"/>, and
    /// the last title line starts with an academic title or comes right after a signature placeholder line.
    /// </summary>
    public static int? NameAmongTitles(SignatureBlock block)
    {
        var titles = block.Titles.IsDefault ? ImmutableArray<string>.Empty : block.Titles;
        if (!string.IsNullOrWhiteSpace(block.SignerName?.Text) || titles.Length < 2)
        {
            return null;
        }

        var k = titles.Length - 1;
        var candidate = (titles[k] ?? string.Empty).Trim();
        if (candidate.Length == 0 || ParsePrefix(candidate) is not null)
        {
            return null;
        }

        if (AcademicTitle(candidate) is not null)
        {
            return k;
        }

        // A placeholder such as "(đã ký)" sits between the titles and the name.
        var lines = block.Lines.IsDefault ? ImmutableArray<TextElement>.Empty : block.Lines;
        for (var n = lines.Length - 1; n > 0; n--)
        {
            var text = lines[n]?.Text?.Trim() ?? string.Empty;
            if (string.Equals(text, candidate, StringComparison.Ordinal))
            {
                var before = lines[n - 1]?.Text?.Trim() ?? string.Empty;
                return before.StartsWith("(", StringComparison.Ordinal) && before.EndsWith(")", StringComparison.Ordinal) ? k : null;
            }
        }

        return null;
    }

    /// <summary>The signer's name as written: <see cref="SignatureBlock.SignerName"/>, or the name left among the
    /// titles; with its model path and location.</summary>
    public static (string Text, string Path, SourceLocation? Location)? Name(SignatureBlock block, int blockIndex)
    {
        if (block.SignerName is { } element && !string.IsNullOrWhiteSpace(element.Text))
        {
            return (element.Text.Trim(), PathOf(blockIndex) + ".signerName", element.Origin.Location);
        }

        if (NameAmongTitles(block) is { } k)
        {
            return (block.Titles[k].Trim(), PathOf(blockIndex) + ".titles[" + k.ToString(CultureInfo.InvariantCulture) + "]", LocationOfTitle(block, k));
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
    public static bool IsPersonalTitle(string text)
    {
        var words = WordKeys(text);
        return words.Length > 0 && StartsWithAny(words, PersonalTitles) && !StartsWithAny(words, Collectives);
    }

    /// <summary>The academic title, honorary title or military rank a name starts with, or <see langword="null"/>.</summary>
    public static string? AcademicTitle(string name)
    {
        var m = AcademicPattern.Match(name);
        if (!m.Success)
        {
            m = RankPattern.Match(name);
        }

        return m.Success ? m.Groups["t"].Value.Trim() : null;
    }

    /// <summary>The name without a leading academic title or rank.</summary>
    public static string WithoutAcademicTitle(string name)
    {
        var title = AcademicTitle(name);
        return title is null ? name : name.Substring(name.IndexOf(title, StringComparison.Ordinal) + title.Length).Trim();
    }

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
        titleIndex == 0 && KindOf(block.Authority) != AuthorityKind.None
            ? PathOf(blockIndex) + ".authority"
            : PathOf(blockIndex) + ".titles[" + titleIndex.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>The source line of a title, or <see langword="null"/> when the block has no lines.</summary>
    public static TextElement? LineOfTitle(SignatureBlock block, int titleIndex)
    {
        var lines = block.Lines.IsDefault ? ImmutableArray<TextElement>.Empty : block.Lines;
        var titles = block.Titles.IsDefault ? ImmutableArray<string>.Empty : block.Titles;
        if (lines.IsEmpty)
        {
            return null;
        }

        // Match the titles to the lines in order; the first title shares its line with the authority.
        var k = 0;
        for (var j = 0; j < titles.Length && k < lines.Length; j++)
        {
            var title = (titles[j] ?? string.Empty).Trim();
            var found = -1;
            for (var n = k; n < lines.Length; n++)
            {
                var text = lines[n]?.Text?.Trim() ?? string.Empty;
                if (title.Length > 0 && text.EndsWith(title, StringComparison.Ordinal))
                {
                    found = n;
                    break;
                }
            }

            if (found < 0)
            {
                if (j == titleIndex)
                {
                    return j == 0 ? lines[0] : null;
                }

                continue;
            }

            if (j == titleIndex)
            {
                return lines[found];
            }

            k = found + 1;
        }

        return titleIndex == 0 ? lines[0] : null;
    }

    /// <summary>The location of a title line (or of the block when the line is not found).</summary>
    public static SourceLocation? LocationOfTitle(SignatureBlock block, int titleIndex) =>
        LineOfTitle(block, titleIndex)?.Origin.Location ?? block.Origin.Location;

    private static string[] WordKeys(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(VietnameseText.Key)
            .Where(k => k.Length > 0)
            .ToArray();

    private static bool StartsWithAny(string[] words, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (phrase.Length <= words.Length && phrase.Select((w, i) => string.Equals(w, words[i], StringComparison.Ordinal)).All(x => x))
            {
                return true;
            }
        }

        return false;
    }

    private static string[][] Keys(params string[] phrases) => phrases.Select(WordKeys).ToArray();
}

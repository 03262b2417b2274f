using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using AdminDocs.Text;

namespace AdminDocs.Decree;

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

/// <summary>A line that starts with an authority prefix.</summary>
/// <param name="Kind">The kind of prefix.</param>
/// <param name="Prefix">The prefix as written, its period included ("KT.", "K/T", "kt.").</param>
/// <param name="Rest">The text after the prefix, trimmed (the head's title or the collective).</param>
/// <param name="RestOffset">The offset of <paramref name="Rest"/> in the line.</param>
internal sealed record AuthorityPrefix(AuthorityKind Kind, string Prefix, string Rest, int RestOffset)
{
    /// <summary>The canonical form ("KT.").</summary>
    public string Canonical => Authorities.Canonical(Kind);

    /// <summary>How the prefix differs from its canonical form.</summary>
    public AuthorityFlaw Flaw => Authorities.FlawOf(Prefix, Kind);

    /// <summary>Whether the prefix runs into the next word with no space ("KT.GIÁM ĐỐC").</summary>
    public bool MissingSpace { get; init; }

    /// <summary>Where the prefix starts in the line (after leading white space).</summary>
    public int PrefixOffset { get; init; }
}

/// <summary>
/// The quyền hạn prefixes of Phụ lục I, II.7.b (TM., KT., TL., TUQ., Q.) and the one parser of the forms they are
/// written in (K/T, T.M, KT, kt., KT.GIÁM ĐỐC ...). The recognizer, the signature rules, the builder and the JSON spec
/// all read prefixes through <see cref="Parse"/>.
/// </summary>
internal static class Authorities
{
    /// <summary>The canonical authority prefixes, in the order of the decree.</summary>
    public static readonly ImmutableArray<string> CanonicalPrefixes = ImmutableArray.Create("TM.", "KT.", "TL.", "TUQ.", "Q.");

    /// <summary>A regex group of the canonical prefixes that a title follows in capitals (TM., KT., TL., TUQ.; not
    /// the one-letter Q., which a sentence can start with), for the recognizer's patterns over running text.</summary>
    public static readonly string CanonicalPattern =
        "(?:" + string.Join("|", CanonicalPrefixes.Where(p => p.Length > 2).Select(p => Regex.Escape(p.TrimEnd('.')))) + @")\.";

    /// <summary>The canonical prefixes as one text for messages.</summary>
    public static readonly string CanonicalList = string.Join(", ", CanonicalPrefixes);

    // A prefix at the start of a line: the letters (with an optional slash or inner periods), an optional period,
    // then a space, the end, or (after a period) the next word.
    private static readonly Regex PrefixPattern = new(
        @"^(?<p>(?:T\s*[/.]\s*M|K\s*[/.]\s*T|T\s*[/.]\s*L|TUQ|TM|KT|TL|Q)(?:\s*\.)?)(?:(?<space>\s+)|$|(?<=\.)(?=\S))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The canonical prefix of a kind.</summary>
    public static string Canonical(AuthorityKind kind) => kind switch
    {
        AuthorityKind.OnBehalf => CanonicalPrefixes[0],
        AuthorityKind.SignFor => CanonicalPrefixes[1],
        AuthorityKind.ByOrder => CanonicalPrefixes[2],
        AuthorityKind.Delegated => CanonicalPrefixes[3],
        AuthorityKind.Acting => CanonicalPrefixes[4],
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

        letters.Append('.');
        var index = CanonicalPrefixes.IndexOf(letters.ToString());
        return index < 0 ? AuthorityKind.None : (AuthorityKind)(index + 1);
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

    /// <summary>The authority prefix a line starts with, in any of its written forms, or <see langword="null"/>.
    /// "P. GIÁM ĐỐC" has none.</summary>
    public static AuthorityPrefix? Parse(string? line)
    {
        if (string.IsNullOrEmpty(line))
        {
            return null;
        }

        var lead = 0;
        while (lead < line!.Length && char.IsWhiteSpace(line[lead]))
        {
            lead++;
        }

        // Every prefix starts with T, K or Q: most lines are turned away here, before the pattern runs.
        if (lead == line.Length || line[lead] is not ('T' or 't' or 'K' or 'k' or 'Q' or 'q'))
        {
            return null;
        }

        var text = lead == 0 ? line : line.Substring(lead);
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
            PrefixOffset = lead,
        };
    }

    /// <summary>
    /// The prefix of a line the recognizer takes for a signature's first title: a prefix in any written form
    /// followed by a space and a title that starts with a capital ("KT. GIÁM ĐỐC", "K/T GIÁM ĐỐC", "TM ỦY BAN"); a
    /// prefix in lower or mixed case ("kt. GIÁM ĐỐC") only before a title in capitals, so that a sentence is not
    /// taken for a signature. A prefix glued to its title ("KT.GIÁM ĐỐC") is left to the title lines.
    /// </summary>
    public static AuthorityPrefix? ParseSignatureLine(string? line)
    {
        if (Parse(line) is not { } p || p.MissingSpace || p.Rest.Length == 0 || !char.IsUpper(p.Rest[0]))
        {
            return null;
        }

        return VietnameseText.IsAllCaps(p.Prefix) || VietnameseText.IsAllCaps(p.Rest) ? p : null;
    }
}

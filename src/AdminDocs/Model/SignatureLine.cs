using AdminDocs.Decree;

namespace AdminDocs;

/// <summary>What a line of a signature block (ô 7a–7c) is.</summary>
public enum SignatureLineRole
{
    /// <summary>None of the others: a line printed in the block that is not part of the signature's form, such as
    /// the signer's post printed under the name ("PHÓ GIÁM ĐỐC SỞ CÔNG THƯƠNG").</summary>
    Other,

    /// <summary>A line that starts with a quyền hạn prefix in any written form ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
    /// "K/T GIÁM ĐỐC", "KT.GIÁM ĐỐC"); <see cref="SignatureLine.Prefix"/> is set.</summary>
    Authority,

    /// <summary>A title line without a prefix (chức vụ: "PHÓ CHỦ TỊCH", "GIÁM ĐỐC").</summary>
    Title,

    /// <summary>A note in place of the signature or the seal ("(Đã ký)", "(Ký, đóng dấu)", "(đã ký và đóng dấu)").</summary>
    Note,

    /// <summary>The signer's name (họ tên), with any academic title or rank written before it.</summary>
    Name,
}

/// <summary>
/// One line of a signature block with its role, as the recognizer read it: <c>TM. ỦY BAN NHÂN DÂN</c> is an
/// <see cref="SignatureLineRole.Authority"/> line with prefix "TM." at offset 0 and title "ỦY BAN NHÂN DÂN" at offset 4.
/// The text as written is the one source of truth: the prefix and the title are read from it when it is set.
/// </summary>
public sealed record SignatureLine
{
    private readonly string _text = string.Empty;
    private readonly SignatureLineRole _role;
    private readonly AuthorityPrefix? _prefix;

    /// <summary>A line with its role.</summary>
    /// <param name="text">The line as written.</param>
    /// <param name="role">What the line is.</param>
    public SignatureLine(string text, SignatureLineRole role)
    {
        _text = text ?? string.Empty;
        _role = role;
        _prefix = Read(_text, _role);
    }

    /// <summary>The line as written (NFC).</summary>
    public string Text
    {
        get => _text;
        init
        {
            _text = value ?? string.Empty;
            _prefix = Read(_text, _role);
        }
    }

    /// <summary>What the line is.</summary>
    public SignatureLineRole Role
    {
        get => _role;
        init
        {
            _role = value;
            _prefix = Read(_text, _role);
        }
    }

    /// <summary>Where the line came from; <see cref="SourceSpan.LocationAt"/> with <see cref="PrefixOffset"/> or
    /// <see cref="TitleOffset"/> points at the part.</summary>
    public SourceSpan Origin { get; init; } = SourceSpan.None;

    /// <summary>The quyền hạn prefix as written ("TM.", "K/T", "kt.", "KT") of an
    /// <see cref="SignatureLineRole.Authority"/> line, or <see langword="null"/>.</summary>
    public string? Prefix => _prefix?.Prefix;

    /// <summary>The offset of <see cref="Prefix"/> in <see cref="Text"/>, or -1 when there is none.</summary>
    public int PrefixOffset => _prefix?.PrefixOffset ?? -1;

    /// <summary>The title: the text after the prefix, trimmed, for an authority line ("ỦY BAN NHÂN DÂN"); the trimmed
    /// text for any other line.</summary>
    public string Title => _prefix is { } p ? p.Rest : _text.Trim();

    /// <summary>The offset of <see cref="Title"/> in <see cref="Text"/>.</summary>
    public int TitleOffset
    {
        get
        {
            if (_prefix is { } p)
            {
                return p.Rest.Length == 0 ? _text.Length : _text.IndexOf(p.Rest, p.RestOffset, System.StringComparison.Ordinal);
            }

            var lead = 0;
            while (lead < _text.Length && char.IsWhiteSpace(_text[lead]))
            {
                lead++;
            }

            return lead;
        }
    }

    /// <summary>Whether the line is part of the signer's titles: an authority or a title line.</summary>
    public bool IsTitle => _role is SignatureLineRole.Authority or SignatureLineRole.Title;

    /// <summary>The parsed prefix (kind, flaw, missing space) of an authority line.</summary>
    internal AuthorityPrefix? ParsedPrefix => _prefix;

    /// <summary>The line as a text element (text and origin).</summary>
    /// <returns>The element.</returns>
    public TextElement ToElement() => new(_text) { Origin = Origin };

    private static AuthorityPrefix? Read(string text, SignatureLineRole role) =>
        role == SignatureLineRole.Authority ? Authorities.Parse(text) : null;
}


using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace AdminDocs;

/// <summary>
/// A signature block (ô 7a–7c): the quyền hạn prefix, the title lines, placeholders such as "(đã ký)" and the
/// signer's name. <c>TM. ỦY BAN NHÂN DÂN</c> / <c>KT. CHỦ TỊCH</c> / <c>PHÓ CHỦ TỊCH</c> gives authority "TM." and titles
/// ["ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"].
/// </summary>
/// <remarks>
/// <see cref="SignatureLines"/> (each line with its role) is what the recognizer learned; <see cref="Authority"/>,
/// <see cref="Titles"/>, <see cref="Placeholders"/>, <see cref="SignerName"/> and <see cref="Lines"/> are views of
/// it. Setting the lines sets the views; setting a view (a block built in code) reads the lines again from the
/// views, so the two never contradict each other.
/// </remarks>
public sealed record SignatureBlock
{
    private readonly string? _authority;
    private readonly ValueArray<string> _titles;
    private readonly ValueArray<string> _placeholders;
    private readonly TextElement? _signerName;
    private readonly ValueArray<TextElement> _lines;
    private readonly ValueArray<SignatureLine> _signatureLines;

    /// <summary>Every line of the block in order, each with its role (authority, title, note, name, other), its
    /// parts (the prefix and the title of an authority line) and its origin.</summary>
    public ValueArray<SignatureLine> SignatureLines
    {
        get => _signatureLines;
        init
        {
            _signatureLines = value;
            var titleLines = value.Where(l => l.IsTitle).ToList();
            var first = titleLines.Count > 0 ? titleLines[0] : null;
            _authority = first?.Role == SignatureLineRole.Authority ? Decree.Authorities.ParseSignatureLine(first.Text)?.Prefix : null;
            _titles = titleLines.Select((l, i) => i == 0 && _authority is not null ? l.Title : l.Text).ToImmutableArray();
            _placeholders = value.Where(l => l.Role == SignatureLineRole.Note).Select(l => l.Text).ToImmutableArray();
            _signerName = value.FirstOrDefault(l => l.Role == SignatureLineRole.Name)?.ToElement();
            _lines = value.Select(l => l.ToElement()).ToImmutableArray();
        }
    }

    /// <summary>The first line's authority prefix as written ("KT.", "TM.", "K/T", "KT"), or <see langword="null"/>.</summary>
    public string? Authority
    {
        get => _authority;
        init
        {
            _authority = value;
            _signatureLines = FromViews();
        }
    }

    /// <summary>The title lines as written: the first line without its prefix, then the following lines.</summary>
    public ValueArray<string> Titles
    {
        get => _titles;
        init
        {
            _titles = value;
            _signatureLines = FromViews();
        }
    }

    /// <summary>Placeholders for the signature and seal as written ("(đã ký)", "(Ký, đóng dấu)").</summary>
    public ValueArray<string> Placeholders
    {
        get => _placeholders;
        init
        {
            _placeholders = value;
            _signatureLines = FromViews();
        }
    }

    /// <summary>The signer's name as written (họ tên), or <see langword="null"/> when missing.</summary>
    public TextElement? SignerName
    {
        get => _signerName;
        init
        {
            _signerName = value;
            _signatureLines = FromViews();
        }
    }

    /// <summary>Every line of the block as written, in order, with the origin of each.</summary>
    public ValueArray<TextElement> Lines
    {
        get => _lines;
        init
        {
            _lines = value;
            _signatureLines = FromViews();
        }
    }

    /// <summary>Where the block came from.</summary>
    public SourceSpan Origin { get; init; } = SourceSpan.None;

    /// <summary>The lines read from the views, for a block built in code: each line as written is matched to the
    /// name, a placeholder or the next title; a line that is none of them is <see cref="SignatureLineRole.Other"/>.</summary>
    private ValueArray<SignatureLine> FromViews()
    {
        var result = new List<SignatureLine>();
        var titles = _titles;
        var placeholders = _placeholders;
        if (_lines.IsEmpty)
        {
            for (var i = 0; i < titles.Length; i++)
            {
                var text = i == 0 && _authority is not null ? _authority + " " + titles[i] : titles[i] ?? string.Empty;
                result.Add(new SignatureLine(text, TitleRole(text)));
            }

            result.AddRange(placeholders.Select(p => new SignatureLine(p ?? string.Empty, SignatureLineRole.Note)));
            if (_signerName is { } name)
            {
                result.Add(new SignatureLine(name.Text, SignatureLineRole.Name) { Origin = name.Origin });
            }
        }
        else
        {
            var nameUsed = false;
            var next = 0;
            foreach (var line in _lines)
            {
                var text = line?.Text ?? string.Empty;
                var trimmed = text.Trim();
                SignatureLineRole role;
                if (!nameUsed && _signerName is { } name && (ReferenceEquals(line, name) || string.Equals(trimmed, name.Text?.Trim(), StringComparison.Ordinal)))
                {
                    role = SignatureLineRole.Name;
                    nameUsed = true;
                }
                else if (placeholders.Any(p => string.Equals(p?.Trim(), trimmed, StringComparison.Ordinal)))
                {
                    role = SignatureLineRole.Note;
                }
                else if (MatchTitle(titles, next, trimmed) is var found && found >= 0)
                {
                    next = found + 1;
                    role = TitleRole(trimmed);
                }
                else
                {
                    role = SignatureLineRole.Other;
                }

                result.Add(new SignatureLine(text, role) { Origin = line?.Origin ?? SourceSpan.None });
            }
        }

        SignatureNames.PromoteNameAmongTitles(result);
        return result.ToImmutableArray();
    }

    private static int MatchTitle(ValueArray<string> titles, int from, string line)
    {
        for (var j = from; j < titles.Length; j++)
        {
            var title = (titles[j] ?? string.Empty).Trim();
            if (title.Length > 0 && line.EndsWith(title, StringComparison.Ordinal))
            {
                return j;
            }
        }

        return -1;
    }

    private static SignatureLineRole TitleRole(string text) =>
        Decree.Authorities.Parse(text) is null ? SignatureLineRole.Title : SignatureLineRole.Authority;
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AdminDocs.Decree;

namespace AdminDocs.Building;

/// <summary>
/// Builds a signature block (ô 7a–7c): the quyền hạn chain, the signer's own title and name. The chain reads top to
/// bottom as printed:
/// <list type="bullet">
/// <item><c>s.Title("GIÁM ĐỐC")</c> — the head signs;</item>
/// <item><c>s.SignFor("GIÁM ĐỐC").Title("PHÓ GIÁM ĐỐC")</c> — KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC;</item>
/// <item><c>s.OnBehalfOf("ỦY BAN NHÂN DÂN").SignFor("CHỦ TỊCH").Title("PHÓ CHỦ TỊCH")</c> — TM. / KT. / deputy;</item>
/// <item><c>s.ByOrder("BỘ TRƯỞNG").Title("CHÁNH VĂN PHÒNG")</c> — TL.; <c>Delegated</c> — TUQ.; <c>Acting</c> — Q.</item>
/// </list>
/// Titles are put in capitals. The chain is checked at <see cref="DocumentBuilder.Build"/> (Phụ lục I, II.7.b).
/// </summary>
public sealed class SignatureBuilder
{
    private readonly List<(string? Prefix, AuthorityKind Kind, string Text)> _lines = new();

    private readonly List<string> _placeholders = new();

    private string? _name;

    internal SignatureBuilder()
    {
    }

    /// <summary>TM. + the collective or body the signer signs for ("ỦY BAN NHÂN DÂN"); only as the first line.</summary>
    /// <param name="collective">The collective or body.</param>
    /// <returns>This builder.</returns>
    public SignatureBuilder OnBehalfOf(string collective) => Add(AuthorityKind.OnBehalf, collective, nameof(collective));

    /// <summary>KT. + the head's title ("GIÁM ĐỐC"); the deputy's own title must follow (<see cref="Title"/>).</summary>
    /// <param name="headTitle">The head's title.</param>
    /// <returns>This builder.</returns>
    public SignatureBuilder SignFor(string headTitle) => Add(AuthorityKind.SignFor, headTitle, nameof(headTitle));

    /// <summary>TL. + the head's title; the signer's own title must follow.</summary>
    /// <param name="headTitle">The head's title.</param>
    /// <returns>This builder.</returns>
    public SignatureBuilder ByOrder(string headTitle) => Add(AuthorityKind.ByOrder, headTitle, nameof(headTitle));

    /// <summary>TUQ. + the head's title; the signer's own title must follow.</summary>
    /// <param name="headTitle">The head's title.</param>
    /// <returns>This builder.</returns>
    public SignatureBuilder Delegated(string headTitle) => Add(AuthorityKind.Delegated, headTitle, nameof(headTitle));

    /// <summary>Q. + the head's title: the acting head signs ("Q. GIÁM ĐỐC").</summary>
    /// <param name="headTitle">The head's title.</param>
    /// <returns>This builder.</returns>
    public SignatureBuilder Acting(string headTitle) => Add(AuthorityKind.Acting, headTitle, nameof(headTitle));

    /// <summary>A title line without prefix: the signer's own title ("PHÓ GIÁM ĐỐC", "CHỦ TỊCH").</summary>
    /// <param name="title">The title.</param>
    /// <returns>This builder.</returns>
    public SignatureBuilder Title(string title) => Add(AuthorityKind.None, title, nameof(title));

    /// <summary>The signer's full name (họ tên), in title case ("Đỗ Nguyên Đức"), without academic titles.</summary>
    /// <param name="name">The name.</param>
    /// <returns>This builder.</returns>
    public SignatureBuilder Name(string name)
    {
        _name = BuildText.Line(name, nameof(name));
        return this;
    }

    /// <summary>A placeholder line between the titles and the name, e.g. "(Đã ký)" or "(Ký, đóng dấu)".</summary>
    /// <param name="text">The placeholder, in parentheses (added when missing).</param>
    /// <returns>This builder.</returns>
    public SignatureBuilder Placeholder(string text)
    {
        var t = BuildText.Line(text, nameof(text));
        _placeholders.Add(t.StartsWith("(", StringComparison.Ordinal) ? t : "(" + t + ")");
        return this;
    }

    private SignatureBuilder Add(AuthorityKind kind, string text, string parameter)
    {
        var t = BuildText.Upper(BuildText.StripEnd(BuildText.Line(text, parameter)));
        if (Authorities.Parse(t) is { } written)
        {
            throw new ArgumentException($"Give \"{t}\" without its prefix \"{written.Prefix}\": call {Method(written.Kind)} instead.", parameter);
        }

        _lines.Add((kind == AuthorityKind.None ? null : Authorities.Canonical(kind), kind, t));
        return this;
    }

    private static string Method(AuthorityKind kind) => kind switch
    {
        AuthorityKind.OnBehalf => "OnBehalfOf",
        AuthorityKind.SignFor => "SignFor",
        AuthorityKind.ByOrder => "ByOrder",
        AuthorityKind.Delegated => "Delegated",
        _ => "Acting",
    };

    internal SignatureBlock Build()
    {
        var lines = _lines.Select(l => l.Prefix is null ? l.Text : l.Prefix + " " + l.Text).ToList();
        var authority = _lines.Count > 0 ? _lines[0].Prefix : null;
        var titles = _lines.Select((l, i) => i == 0 || l.Prefix is null ? l.Text : l.Prefix + " " + l.Text).ToImmutableArray();
        var all = lines.Concat(_placeholders).Concat(_name is null ? Enumerable.Empty<string>() : new[] { _name });
        return new SignatureBlock
        {
            Authority = authority,
            Titles = titles,
            Placeholders = _placeholders.ToImmutableArray(),
            SignerName = _name is null ? null : new TextElement(_name),
            Lines = all.Select(t => new TextElement(t)).ToImmutableArray(),
        };
    }
}

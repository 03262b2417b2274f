using AdminDocs.Decree;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD5002: the quyền hạn is exactly "TM.", "KT.", "TL.", "TUQ." or "Q." followed by a space and the title, also on
/// nested title lines ("KT CHỦ TỊCH" under "TM. ỦY BAN NHÂN DÂN"). ND30 PL I, II.7.b.
/// </summary>
internal sealed class SignatureAuthorityFormatRule : CatalogRule
{
    public SignatureAuthorityFormatRule()
        : base("AD5002")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var signatures = context.Document.Signatures;
        if (signatures.IsDefaultOrEmpty)
        {
            return;
        }

        for (var i = 0; i < signatures.Length; i++)
        {
            if (signatures[i] is { } block)
            {
                CheckBlock(context, block, i);
            }
        }
    }

    private static void CheckBlock(RuleContext context, SignatureBlock block, int index)
    {
        var titles = block.Titles;
        var authority = block.Authority?.Trim();
        if (!string.IsNullOrEmpty(authority))
        {
            var path = SignatureText.PathOf(index) + ".authority";
            var firstLine = SignatureText.LineOfTitle(block, 0);
            var location = firstLine?.Origin.Location ?? block.Origin.Location;
            var head = titles.Length > 0 ? (titles[0] ?? string.Empty).Trim() : string.Empty;
            var kind = Authorities.KindOf(authority);
            if (kind == AuthorityKind.None)
            {
                context.ReportVariant("unknown", path, location, authority!, Authorities.CanonicalList);
            }
            else
            {
                var flaw = Authorities.FlawOf(authority!, kind);
                if (flaw != AuthorityFlaw.None)
                {
                    Report(context, flaw, path, location, authority!, Authorities.Canonical(kind));
                }

                if (head.Length == 0)
                {
                    context.ReportVariant("no-title", path, location, authority!);
                }
                else if (firstLine?.ParsedPrefix is { MissingSpace: true } glued)
                {
                    context.ReportVariant(
                        "no-space",
                        path,
                        firstLine.Origin.LocationAt(glued.PrefixOffset + glued.Prefix.Length),
                        firstLine.Text.Trim(),
                        Authorities.Canonical(kind) + " " + head);
                }
            }
        }

        var j = -1;
        foreach (var titleLine in SignatureText.TitleLines(block))
        {
            j++;
            if ((j == 0 && !string.IsNullOrEmpty(authority)) || titleLine.ParsedPrefix is not { } prefix)
            {
                continue;
            }

            var path = SignatureText.PathOf(index) + ".titles[" + j.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            var location = titleLine.Origin.Location ?? block.Origin.Location;
            var line = titleLine.Text.Trim();
            var expected = prefix.Canonical + " " + prefix.Rest;
            if (prefix.Flaw != AuthorityFlaw.None)
            {
                Report(context, prefix.Flaw, path, location, line, expected);
            }
            else if (prefix.Rest.Length == 0)
            {
                context.ReportVariant("no-title", path, location, line);
            }
            else if (prefix.MissingSpace)
            {
                context.ReportVariant("no-space", path, location, line, expected);
            }
        }
    }

    private static void Report(RuleContext context, AuthorityFlaw flaw, string path, Sources.SourceLocation? location, string written, string expected)
    {
        if (SignatureText.Variant(flaw) is { } variant)
        {
            context.ReportVariant(variant, path, location, written, expected);
        }
        else
        {
            context.Report(path, location, written, expected);
        }
    }
}

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD5004: "TM." names a collective or a body (ỦY BAN NHÂN DÂN, HỘI ĐỒNG ...), not a personal title, and is followed
/// by the signer's title line. ND30 PL I, II.7.b; Điều 13 khoản 2.
/// </summary>
internal sealed class SignatureTmCollectiveRule : CatalogRule
{
    public SignatureTmCollectiveRule()
        : base("AD5004")
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
            if (signatures[i] is not { } block)
            {
                continue;
            }

            foreach (var (titleIndex, kind, head, lineText) in SignatureText.PrefixedLines(block))
            {
                if (kind != AuthorityKind.OnBehalf || head.Length == 0)
                {
                    continue;
                }

                var path = SignatureText.TitlePath(block, i, titleIndex);
                var location = SignatureText.LocationOfTitle(block, titleIndex);
                if (SignatureText.IsPersonalTitle(head))
                {
                    context.ReportVariant("personal-title", path, location, lineText, head);
                }
                else if (SignatureText.NextTitle(block, titleIndex) is null)
                {
                    context.Report(path, location, lineText);
                }
            }
        }
    }
}

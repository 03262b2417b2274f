using AdminDocs.Decree;

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
        foreach (var (i, block, titleIndex, kind, head, lineText) in SignatureText.PrefixedLinesWithHead(context.Document))
        {
            if (kind != AuthorityKind.OnBehalf)
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

using AdminDocs.Decree;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD5003: "KT. &lt;head's title&gt;" is followed by the deputy's own title line (PHÓ ..., THỨ TRƯỞNG) before the
/// name, not by nothing, the head's title again, or an abbreviated "P. GIÁM ĐỐC". ND30 PL I, II.7.b; Mục V.
/// </summary>
internal sealed class SignatureKtDeputyRule : CatalogRule
{
    public SignatureKtDeputyRule()
        : base("AD5003")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        foreach (var (i, block, titleIndex, kind, head, lineText) in SignatureText.PrefixedLinesWithHead(context.Document))
        {
            if (kind != AuthorityKind.SignFor)
            {
                continue;
            }

            var next = SignatureText.NextTitle(block, titleIndex);
            if (next is null)
            {
                context.Report(SignatureText.TitlePath(block, i, titleIndex), SignatureText.LocationOfTitle(block, titleIndex), lineText);
                continue;
            }

            var nextPath = SignatureText.PathOf(i) + ".titles[" + (titleIndex + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            var nextLocation = SignatureText.LocationOfTitle(block, titleIndex + 1);
            if (SignatureText.SameTitle(next, head))
            {
                context.ReportVariant("repeats-head", nextPath, nextLocation, lineText, next);
            }
            else if (SignatureText.IsAbbreviatedDeputy(next, out var expanded))
            {
                context.ReportVariant("abbreviated", nextPath, nextLocation, next, expanded);
            }
        }
    }
}

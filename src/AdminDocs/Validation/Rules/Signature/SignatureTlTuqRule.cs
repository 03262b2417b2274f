using AdminDocs.Decree;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD5005: "TL." or "TUQ." + the head's title is followed by the signer's own title line (not by nothing or the head's
/// title again). ND30 PL I, II.7.b; Điều 13 khoản 3–4.
/// </summary>
internal sealed class SignatureTlTuqRule : CatalogRule
{
    public SignatureTlTuqRule()
        : base("AD5005")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        foreach (var (i, block, titleIndex, kind, head, lineText) in SignatureText.PrefixedLinesWithHead(context.Document))
        {
            if (kind is not (AuthorityKind.ByOrder or AuthorityKind.Delegated))
            {
                continue;
            }

            var next = SignatureText.NextTitle(block, titleIndex);
            if (next is null)
            {
                context.Report(SignatureText.TitlePath(block, i, titleIndex), SignatureText.LocationOfTitle(block, titleIndex), lineText);
            }
            else if (SignatureText.SameTitle(next, head))
            {
                var nextPath = SignatureText.PathOf(i) + ".titles[" + (titleIndex + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
                context.ReportVariant("repeats-head", nextPath, SignatureText.LocationOfTitle(block, titleIndex + 1), lineText, next);
            }
        }
    }
}

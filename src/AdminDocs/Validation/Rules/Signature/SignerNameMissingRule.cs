namespace AdminDocs.Validation.Rules;

/// <summary>AD5006: every signature block has the signer's full name (họ tên). ND30 PL I, II.7.c.</summary>
internal sealed class SignerNameMissingRule : CatalogRule
{
    public SignerNameMissingRule()
        : base("AD5006")
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
            if (signatures[i] is { } block && SignatureText.Name(block, i) is null)
            {
                context.Report(SignatureText.PathOf(i) + ".signerName", null, FirstLine(block));
            }
        }
    }

    private static string FirstLine(SignatureBlock block)
    {
        var titles = block.Titles;
        var title = titles.Length > 0 ? (titles[0] ?? string.Empty).Trim() : string.Empty;
        return ((block.Authority ?? string.Empty).Trim() + " " + title).Trim();
    }
}

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD5008: no academic, professional or honorary title (GS., PGS., TS., ThS., ...) or military rank before the
/// signer's name unless the organisation allows it (<see cref="ValidationOptions.AllowAcademicTitles"/>).
/// ND30 PL I, II.7.c.
/// </summary>
internal sealed class SignerAcademicTitleRule : CatalogRule
{
    public SignerAcademicTitleRule()
        : base("AD5008")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var signatures = context.Document.Signatures;
        if (signatures.IsDefaultOrEmpty || context.Options.AllowAcademicTitles)
        {
            return;
        }

        for (var i = 0; i < signatures.Length; i++)
        {
            if (signatures[i] is not { } block || SignatureText.Name(block, i) is not { } found)
            {
                continue;
            }

            if (SignatureText.AcademicTitle(found.Text) is { } title)
            {
                context.Report(found.Path, found.Location, title, found.Text);
            }
        }
    }
}

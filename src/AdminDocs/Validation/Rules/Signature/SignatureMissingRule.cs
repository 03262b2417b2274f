namespace AdminDocs.Validation.Rules;

/// <summary>AD5001: the document has a signature block (quyền hạn/chức vụ and họ tên). ND30 Điều 8.2.g.</summary>
internal sealed class SignatureMissingRule : CatalogRule
{
    public SignatureMissingRule()
        : base("AD5001")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var signatures = context.Document.Signatures;
        if (signatures.IsDefaultOrEmpty)
        {
            context.Report("signature", null);
        }
    }
}

namespace AdminDocs.Validation.Rules;

/// <summary>AD2102: the parent body and the issuing body are written in capitals, one warning per name
/// (NĐ 30/2020 Phụ lục I, II.2.b).</summary>
internal sealed class IssuerUppercaseRule : CatalogRule
{
    public IssuerUppercaseRule()
        : base("AD2102")
    {
    }

    public override void Analyze(RuleContext context)
    {
        Check(context, context.Document.ParentAgency, "parentAgency");
        Check(context, context.Document.IssuingAgency, "issuingAgency");
    }

    private static void Check(RuleContext context, AgencyName? name, string path)
    {
        if (name is null)
        {
            return;
        }

        var text = HeaderText.TextOf(name);
        if (HeaderText.HasLower(text))
        {
            context.Report(path, name.Origin.Location, text, text.ToUpperInvariant());
        }
    }
}

namespace AdminDocs.Validation.Rules;

/// <summary>AD3201: a công văn or a tờ trình has a "Kính gửi:" block; a báo cáo is not checked, since whether it goes to a
/// higher body cannot be told from the text (NĐ 30/2020 Phụ lục I, II.9.a-b).</summary>
internal sealed class AddresseeExpectedRule : CatalogRule
{
    public AddresseeExpectedRule()
        : base("AD3201")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        if (document.Addressees is not null)
        {
            return;
        }

        if (document.Kind == DocumentKind.OfficialLetter)
        {
            context.Report("addressees", null, "công văn");
        }
        else if (document.Kind == DocumentKind.Submission)
        {
            context.Report("addressees", null, "tờ trình");
        }
    }
}

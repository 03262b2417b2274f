using AdminDocs.Text;

namespace AdminDocs.Validation.Rules;

/// <summary>AD3106: the trích yếu is in sentence case, not all capitals (NĐ 30/2020 Phụ lục I, II.5.b).</summary>
internal sealed class SubjectCaseRule : CatalogRule
{
    public SubjectCaseRule()
        : base("AD3106")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var subject = context.Document.Subject;
        if (subject is null)
        {
            return;
        }

        var text = HeaderText.TextOf(subject);
        if (VietnameseText.IsAllCaps(text, 4))
        {
            context.Report("subject", subject.Origin.Location, text);
        }
    }
}

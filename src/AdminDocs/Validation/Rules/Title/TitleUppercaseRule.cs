namespace AdminDocs.Validation.Rules;

/// <summary>AD3102: the tên loại is written in capitals (NĐ 30/2020 Phụ lục I, II.5.b).</summary>
internal sealed class TitleUppercaseRule : CatalogRule
{
    public TitleUppercaseRule()
        : base("AD3102")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var title = context.Document.Title;
        if (title?.Text is { } text && HeaderText.HasLower(text))
        {
            context.Report("title", title.Origin.Location, text, text.ToUpperInvariant());
        }
    }
}

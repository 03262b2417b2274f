using AdminDocs.Decree;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD2003: the Quốc hiệu is set 12–13 pt, bold and upright (NĐ 30/2020 Phụ lục I, II.1.a and Mục V). The capitals
/// themselves are checked on the typed text by AD2002; a run set in capitals by formatting (all caps) is fine.
/// </summary>
internal sealed class NationalTitleStyleRule : CatalogRule
{
    public NationalTitleStyleRule()
        : base("AD2003")
    {
    }

    public override void Analyze(RuleContext context)
    {
        if (context.Document.NationalTitle is not { } title)
        {
            return;
        }

        var runs = StyleFacts.Runs(StyleFacts.Of(title));
        var location = title.Origin.Location;
        StyleCheck.Size(context, null, "nationalTitle", location, runs, Typography.Of(Component.NationalTitle).Min, Typography.Of(Component.NationalTitle).Max);
        StyleCheck.When(StyleFacts.SomeNotBold(runs), context, "not-bold", "nationalTitle", location, title.Text);
        StyleCheck.When(StyleFacts.SomeItalic(runs), context, "italic", "nationalTitle", location, title.Text);
    }
}

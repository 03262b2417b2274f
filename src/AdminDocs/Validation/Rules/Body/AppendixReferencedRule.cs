namespace AdminDocs.Validation.Rules;

/// <summary>AD4013: the body refers to every appendix ("... tại Phụ lục I", "(Phụ lục kèm theo)")
/// (NĐ 30/2020 Phụ lục I, III.1). A mention without a number ("các phụ lục kèm theo") covers every appendix.</summary>
internal sealed class AppendixReferencedRule : CatalogRule
{
    public AppendixReferencedRule()
        : base("AD4013")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var appendices = context.Document.Appendices;
        if (appendices.IsDefaultOrEmpty)
        {
            return;
        }

        var (numbers, generic) = AppendixText.Mentions(BodyTree.AllText(context.Document.Body ?? Body.Empty));
        for (var i = 0; i < appendices.Length; i++)
        {
            var a = appendices[i];
            if (a is null || generic)
            {
                continue;
            }

            var value = BodyTree.NumberValue(a.Number?.Trim().ToUpperInvariant());
            if (value is { } v ? numbers.Contains(v) : numbers.Count > 0)
            {
                continue;
            }

            context.Report(AppendixText.PathOf(i) + ".label", a.Label?.Origin.Location, (a.Label?.Text ?? "Phụ lục").Trim());
        }
    }
}

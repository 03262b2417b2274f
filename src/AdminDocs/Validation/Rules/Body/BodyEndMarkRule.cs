using System;

namespace AdminDocs.Validation.Rules;

/// <summary>AD4012 (info): the body ends with "./." as in every template of Phụ lục III (a convention, not a
/// sentence of the decree).</summary>
internal sealed class BodyEndMarkRule : CatalogRule
{
    public BodyEndMarkRule()
        : base("AD4012")
    {
    }

    public override void Analyze(RuleContext context)
    {
        if (BodyTree.Last(context.Document.Body ?? Body.Empty, "body.nodes") is not { } last)
        {
            return;
        }

        var text = BodyTree.TextOf(last.Node).TrimEnd();
        if (!text.EndsWith("./.", StringComparison.Ordinal))
        {
            var cut = text.Length > 40 ? text.IndexOf(' ', text.Length - 40) : -1;
            var tail = cut > 0 ? text.Remove(0, cut + 1).Insert(0, "…") : text;
            context.Report(last.Path, last.Node.Origin.Location, tail);
        }
    }
}

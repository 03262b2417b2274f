using System.Collections.Generic;
using AdminDocs.Decree;
using AdminDocs.Sources;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD2006: the Tiêu ngữ is set 13–14 pt, bold and upright, centered under the Quốc hiệu, with a solid rule as long as
/// the line under it (NĐ 30/2020 Phụ lục I, II.1.b). The rule may be a bottom border of the Tiêu ngữ paragraph, a
/// drawn line anchored in the Tiêu ngữ (or the Quốc hiệu just above it, or the next paragraph of the same cell), a
/// line typed with underscores, or the Tiêu ngữ underlined throughout. A drawn line's length is compared with the
/// Tiêu ngữ's printed width, estimated from its characters and font size (<see cref="RuleLineFacts.EstimateWidthMm"/>);
/// 75 %–130 % of the estimate passes. A border's length depends on the cell and indents and is not measured.
/// </summary>
internal sealed class MottoStyleRule : CatalogRule
{
    private const double MinRatio = 0.75;
    private const double MaxRatio = 1.30;

    public MottoStyleRule()
        : base("AD2006")
    {
    }

    public override void Analyze(RuleContext context)
    {
        if (context.Document.Motto is not { } motto)
        {
            return;
        }

        var pieces = StyleFacts.Of(motto);
        if (pieces.Count == 0)
        {
            return;
        }

        var runs = StyleFacts.Runs(pieces);
        var location = motto.Origin.Location;
        var block = pieces[0].Block;
        StyleCheck.Size(context, null, "motto", location, runs, Typography.Of(Component.Motto).Min, Typography.Of(Component.Motto).Max);
        StyleCheck.When(StyleFacts.SomeNotBold(runs), context, "not-bold", "motto", location, motto.Text);
        StyleCheck.When(StyleFacts.SomeItalic(runs), context, "italic", "motto", location, motto.Text);

        var titleBlock = StyleFacts.FirstBlock(StyleFacts.Of(context.Document.NationalTitle));
        if (!StyleCheck.When(StyleFacts.DifferentColumns(block, titleBlock), context, "not-under-title", "motto", location, motto.Text))
        {
            StyleCheck.When(StyleFacts.KnownNotCentered(pieces[0]), context, "not-centered", "motto", location, motto.Text);
        }

        var blocks = new List<SourceBlock>();
        if (titleBlock is not null && titleBlock.Index == block.Index - 1)
        {
            blocks.Add(titleBlock);
        }

        foreach (var p in pieces)
        {
            blocks.Add(p.Block);
        }

        var width = RuleLineFacts.EstimateWidthMm(runs);
        var rule = RuleLineFacts.Find(context.Source, blocks, runs, RuleLineFacts.TypedPart(motto.Rule, last: true), width);
        switch (rule.Kind)
        {
            case RuleLineKind.None:
                context.ReportVariant("no-rule", "motto.rule", location, StyleFacts.Quote(motto.Text));
                break;
            case RuleLineKind.TypedBroken:
                context.ReportVariant("typed-rule", "motto.rule", motto.Rule?.Origin.Location ?? location, rule.Typed ?? string.Empty);
                break;
            case RuleLineKind.Drawn when rule.LengthMm is { } length && width is { } w && w > 0
                && (length < w * MinRatio || length > w * MaxRatio):
                context.ReportVariant("rule-length", "motto.rule", location, StyleFacts.Millimetres(length), StyleFacts.Millimetres(w));
                break;
        }
    }
}

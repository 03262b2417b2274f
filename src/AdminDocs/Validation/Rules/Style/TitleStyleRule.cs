using System.Collections.Generic;
using System.Linq;
using AdminDocs.Decree;
using AdminDocs.Sources;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD3104: the tên loại and the trích yếu under it are centered, bold, upright and 13–14 pt, with a short solid rule
/// under the trích yếu (NĐ 30/2020 Phụ lục I, II.5.b; Mục V). Under HD36 the tên loại is 15–16 pt and the trích yếu
/// 14–15 pt [S] (14–16 and 14–15 pass) and a typed "-----" is the expected separator. The rule may be a bottom border
/// (not measured), a drawn line anchored in the trích yếu (or the next paragraph) or a line typed with underscores; a
/// drawn line passes at 25 %–60 % of the widest trích yếu line, whose printed width is estimated from its characters
/// and font size (<see cref="RuleLineFacts.EstimateWidthMm"/>). The "V/v" trích yếu of a công văn is AD3108's.
/// </summary>
internal sealed class TitleStyleRule : CatalogRule
{
    private const double MinRatio = 0.25;
    private const double MaxRatio = 0.60;

    public TitleStyleRule()
        : base("AD3104")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var party = context.Profile == DocumentProfile.Hd36;
        var document = context.Document;
        var titlePieces = StyleFacts.Of(document.Title);
        if (document.Title is { } title && titlePieces.Count > 0)
        {
            var runs = StyleFacts.Runs(titlePieces);
            var location = title.Origin.Location;
            StyleCheck.Size(context, null, "title", location, runs, Typography.Of(Component.Title, party).Min, Typography.Of(Component.Title, party).Max);
            StyleCheck.When(StyleFacts.SomeNotBold(runs), context, "not-bold", "title", location, title.Text);
            StyleCheck.When(StyleFacts.SomeItalic(runs), context, "italic", "title", location, title.Text);
            StyleCheck.When(StyleFacts.KnownNotCentered(titlePieces[0]), context, "not-centered", "title", location, title.Text);
        }

        if (document.Subject is not { Prefix: null } subject)
        {
            return;
        }

        var pieces = StyleFacts.Of(subject);
        if (pieces.Count == 0)
        {
            return;
        }

        var subjectRuns = StyleFacts.Runs(pieces);
        var subjectLocation = subject.Origin.Location;
        var text = HeaderText.TextOf(subject);
        StyleCheck.Size(context, "subject-size", "subject", subjectLocation, subjectRuns, Typography.Of(Component.Subject, party).Min, Typography.Of(Component.Subject, party).Max);
        StyleCheck.When(StyleFacts.SomeNotBold(subjectRuns), context, "subject-not-bold", "subject", subjectLocation, text);
        StyleCheck.When(StyleFacts.SomeItalic(subjectRuns), context, "subject-italic", "subject", subjectLocation, text);
        StyleCheck.When(pieces.Any(StyleFacts.KnownNotCentered), context, "subject-not-centered", "subject", subjectLocation, text);

        var width = RuleLineFacts.WidestMm(pieces.Select(p => (IReadOnlyList<TextRun>)StyleFacts.Runs(new[] { p })));
        var rule = RuleLineFacts.Find(
            context.Source,
            pieces.Select(p => p.Block).ToList(),
            subjectRuns,
            subject.Rule,
            width is { } w0 ? w0 * (MinRatio + MaxRatio) / 2 : null);
        switch (rule.Kind)
        {
            case RuleLineKind.None:
                context.ReportVariant("no-rule", "subject.rule", subjectLocation, StyleFacts.Quote(text));
                break;
            case RuleLineKind.Underline:
                context.ReportVariant("underlined", "subject.rule", subjectLocation, StyleFacts.Quote(text));
                break;
            case RuleLineKind.TypedBroken when !party:
                context.ReportVariant("typed-rule", "subject.rule", subject.Rule?.Origin.Location ?? subjectLocation, rule.Typed ?? string.Empty);
                break;
            case RuleLineKind.Drawn when rule.LengthMm is { } length && width is { } w && w > 0
                && (length < w * MinRatio || length > w * MaxRatio):
                context.ReportVariant(
                    "rule-length",
                    "subject.rule",
                    subjectLocation,
                    StyleFacts.Millimetres(length),
                    StyleFacts.Millimetres(w / 3),
                    StyleFacts.Millimetres(w / 2));
                break;
        }
    }
}

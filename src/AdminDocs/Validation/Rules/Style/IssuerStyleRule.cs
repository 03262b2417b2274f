using System;
using System.Collections.Generic;
using System.Linq;
using AdminDocs.Decree;
using AdminDocs.Sources;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD2103: the issuing body is bold and its direct parent body is not, both 12–13 pt and upright; under the issuer a
/// solid rule 1/3–1/2 as long as its text (NĐ 30/2020 Phụ lục I, II.2.b). Under HD36 (Party documents) the names are
/// 14 pt [S] (13–14 passes) and an asterisk replaces the rule, so the rule is not checked there. The rule may be a
/// bottom border (its length is not measured), a drawn line anchored in the issuer's paragraphs (or the next paragraph
/// of the same cell) or a line typed with underscores; a drawn line passes at 25 %–60 % of the widest issuer line,
/// whose printed width is estimated from its characters and font size (<see cref="RuleLineFacts.EstimateWidthMm"/>).
/// </summary>
internal sealed class IssuerStyleRule : CatalogRule
{
    private const double MinRatio = 0.25;
    private const double MaxRatio = 0.60;

    public IssuerStyleRule()
        : base("AD2103")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var party = context.Profile == DocumentProfile.Hd36;
        var parent = Typography.Of(Component.ParentAgency, party);
        var issuerFace = Typography.Of(Component.IssuingAgency, party);
        var document = context.Document;

        if (document.IssuingAgency is not { } issuer)
        {
            return;
        }

        var parentPieces = StyleFacts.Of(document.ParentAgency);
        var pieces = StyleFacts.Of(issuer);
        if (document.ParentAgency is null)
        {
            SplitParent(pieces, parentPieces);
        }

        if (parentPieces.Count > 0)
        {
            var runs = StyleFacts.Runs(parentPieces);
            var location = parentPieces[0].Block.LocationAt(parentPieces[0].Start);
            var text = TextOf(parentPieces);
            StyleCheck.Size(context, "parent-size", "parentAgency", location, runs, parent.Min, parent.Max);
            StyleCheck.When(StyleFacts.SomeBold(runs), context, "parent-bold", "parentAgency", location, text);
            StyleCheck.When(StyleFacts.SomeItalic(runs), context, "parent-italic", "parentAgency", location, text);
        }

        if (pieces.Count == 0)
        {
            return;
        }

        var issuerRuns = StyleFacts.Runs(pieces);
        var issuerLocation = pieces[0].Block.LocationAt(pieces[0].Start);
        var issuerText = TextOf(pieces);
        StyleCheck.Size(context, null, "issuingAgency", issuerLocation, issuerRuns, issuerFace.Min, issuerFace.Max);
        StyleCheck.When(StyleFacts.SomeNotBold(issuerRuns), context, "not-bold", "issuingAgency", issuerLocation, issuerText);
        StyleCheck.When(StyleFacts.SomeItalic(issuerRuns), context, "italic", "issuingAgency", issuerLocation, issuerText);

        if (party)
        {
            return;
        }

        var blocks = new List<SourceBlock>();
        if (StyleFacts.LastBlock(parentPieces) is { } parentLast && parentLast.Index == pieces[0].Block.Index - 1)
        {
            blocks.Add(parentLast);
        }

        blocks.AddRange(pieces.Select(p => p.Block));

        // A header aligned with tabs may type both rules on one line, which the recognizer gives to the Tiêu ngữ.
        var typed = issuer.Rule;
        if (typed is null && document.Motto?.Rule is { } shared && RuleLineFacts.TypedPart(shared, last: false) is { } part && !ReferenceEquals(part, shared))
        {
            typed = part;
        }

        var width = RuleLineFacts.WidestMm(pieces.Select(p => (IReadOnlyList<TextRun>)StyleFacts.Runs(new[] { p })));
        var rule = RuleLineFacts.Find(context.Source, blocks, issuerRuns, typed, width is { } w0 ? w0 * (MinRatio + MaxRatio) / 2 : null);
        switch (rule.Kind)
        {
            case RuleLineKind.Underline:
                context.ReportVariant("underlined", "issuingAgency.rule", issuerLocation, StyleFacts.Quote(issuerText));
                break;
            case RuleLineKind.None:
                context.ReportVariant("no-rule", "issuingAgency.rule", issuerLocation, StyleFacts.Quote(issuerText));
                break;
            case RuleLineKind.TypedBroken:
                context.ReportVariant("typed-rule", "issuingAgency.rule", typed?.Origin.Location ?? issuerLocation, rule.Typed ?? string.Empty);
                break;
            case RuleLineKind.Drawn when rule.LengthMm is { } length && width is { } w && w > 0
                && (length < w * MinRatio || length > w * MaxRatio):
                context.ReportVariant(
                    "rule-length",
                    "issuingAgency.rule",
                    issuerLocation,
                    StyleFacts.Millimetres(length),
                    StyleFacts.Millimetres(w / 3),
                    StyleFacts.Millimetres(w / 2));
                break;
        }
    }

    /// <summary>
    /// When the recognizer found no parent body but the issuer's first lines are set regular and a later line bold
    /// (the split was judged on whole paragraphs, e.g. a header aligned with tabs where the Quốc hiệu shares the
    /// parent's paragraph), the leading regular lines are the parent body: they move from <paramref name="issuer"/>
    /// to <paramref name="parent"/>.
    /// </summary>
    private static void SplitParent(List<StylePiece> issuer, List<StylePiece> parent)
    {
        if (issuer.Count < 2)
        {
            return;
        }

        var regular = 0;
        while (regular < issuer.Count && StyleFacts.MostlyBold(StyleFacts.Runs(new[] { issuer[regular] })) == false)
        {
            regular++;
        }

        if (regular == 0 || regular == issuer.Count)
        {
            return;
        }

        for (var i = regular; i < issuer.Count; i++)
        {
            if (StyleFacts.MostlyBold(StyleFacts.Runs(new[] { issuer[i] })) != true)
            {
                return;
            }
        }

        parent.AddRange(issuer.GetRange(0, regular));
        issuer.RemoveRange(0, regular);
    }

    private static string TextOf(List<StylePiece> pieces) =>
        string.Join(" ", pieces.Select(p => p.Block.Text.Substring(p.Start, Math.Min(p.Length, p.Block.Text.Length - p.Start)).Trim()));
}

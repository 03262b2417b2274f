using AdminDocs.Decree;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD3108: the "V/v" trích yếu of a công văn is set 12–13 pt, upright and not bold, under the số, ký hiệu line: after
/// it, in the same table column when both sit in a layout table (NĐ 30/2020 Phụ lục I, II.5.b; Mục IV ô 5b). A V/v
/// sharing the Số line's paragraph (a soft line break) is not placed.
/// </summary>
internal sealed class CongVanSubjectStyleRule : CatalogRule
{
    public CongVanSubjectStyleRule()
        : base("AD3108")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        if (document.Subject is not { Prefix: not null } subject)
        {
            return;
        }

        var pieces = StyleFacts.Of(subject);
        if (pieces.Count == 0)
        {
            return;
        }

        var runs = StyleFacts.Runs(pieces);
        var location = subject.Origin.Location;
        var text = subject.FirstLineAsWritten;
        var block = pieces[0].Block;
        StyleCheck.Size(context, null, "subject", location, runs, Typography.Of(Component.LetterSubject).Min, Typography.Of(Component.LetterSubject).Max);
        StyleCheck.When(StyleFacts.SomeItalic(runs), context, "italic", "subject", location, text);
        StyleCheck.When(StyleFacts.SomeBold(runs), context, "bold", "subject", location, text);

        if (StyleFacts.FirstBlock(StyleFacts.Of(document.Number)) is { } numberBlock && numberBlock.Index != block.Index)
        {
            var misplaced = StyleFacts.DifferentColumns(block, numberBlock) || block.Index < numberBlock.Index;
            StyleCheck.When(misplaced, context, "not-under-number", "subject", location, text);
        }
    }
}

using AdminDocs.Decree;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD3010: the địa danh and date line is italic, 13–14 pt, in the right column under the Tiêu ngữ (the column of the Quốc
/// hiệu, or of the Party heading, when they sit in a layout table; else the last column), and level with the
/// số, ký hiệu line: in the same table row, or on the same paragraph line (a header aligned with tabs)
/// (NĐ 30/2020 Phụ lục I, II.4.c; Mục IV ô 4). Lines in text boxes are not placed.
/// </summary>
internal sealed class PlaceDateStyleRule : CatalogRule
{
    public PlaceDateStyleRule()
        : base("AD3010")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        if (document.PlaceDate is not { } placeDate)
        {
            return;
        }

        var pieces = StyleFacts.Of(placeDate);
        if (pieces.Count == 0)
        {
            return;
        }

        var runs = StyleFacts.Runs(pieces);
        var location = placeDate.Origin.Location;
        var block = pieces[0].Block;
        StyleCheck.Size(context, null, "placeDate", location, runs, Typography.Of(Component.PlaceDate).Min, Typography.Of(Component.PlaceDate).Max);
        StyleCheck.When(StyleFacts.SomeUpright(runs), context, "not-italic", "placeDate", location, placeDate.Text);

        var anchor = StyleFacts.FirstBlock(StyleFacts.Of(document.NationalTitle ?? document.PartyHeading ?? document.Motto));
        var wrongColumn = anchor?.Cell is not null && block.Cell is not null
            ? StyleFacts.DifferentColumns(block, anchor)
            : StyleFacts.IsRightColumn(block.Cell) == false;
        if (StyleCheck.When(wrongColumn, context, "not-right-column", "placeDate", location, placeDate.Text))
        {
            return;
        }

        var numberBlock = StyleFacts.FirstBlock(StyleFacts.Of(document.Number));
        if (numberBlock is null || numberBlock.Index == block.Index || !StyleFacts.IsFlowBlock(numberBlock) || !StyleFacts.IsFlowBlock(block))
        {
            return;
        }

        var level = block.Cell is { } cell && numberBlock.Cell is { } numberCell && StyleFacts.SameRow(cell, numberCell);
        StyleCheck.When(!level, context, "not-level", "placeDate", location, placeDate.Text);
    }
}

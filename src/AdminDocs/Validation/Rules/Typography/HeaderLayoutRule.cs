using AdminDocs.Sources;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD1014: the header and footer components sit in their column of the layout grid (ND30 PL I, Mục IV; positions
/// [S]): on the right the Quốc hiệu and Tiêu ngữ or the Party heading (ô 1), the place and date (ô 4) and the main
/// signature (ô 7); on the left the parent and issuing bodies (ô 2), the số, ký hiệu (ô 3), the công văn's V/v
/// (ô 5b) and the Nơi nhận (ô 9b).
/// <para>Where a component sits, from its first block: in a table of two or more grid columns, by the middle of
/// its cell (a cell spanning the whole row is "across the page"); on a line shared with another component (a
/// tab-aligned header), the later part is on the right and the earlier on the left; alone on its line, by
/// alignment and left indent (right-aligned, or indented 5 cm or more, is the right half; left or justified is the
/// left edge; centered without such an indent is across the page, which is wrong for a right-hand component but
/// undecided for a left-hand one, since a right indent the source does not give could move it left). Text boxes
/// and single-column tables are not judged. Of several signature blocks (a biên bản's THƯ KÝ and CHỦ TỌA), only
/// the last, main one is.</para>
/// </summary>
internal sealed class HeaderLayoutRule : CatalogRule
{
    private const double RightHalfIndentCm = 5.0;
    private const int QuoteLength = 60;

    public HeaderLayoutRule()
        : base("AD1014")
    {
    }

    private enum Side
    {
        Unknown,
        Left,
        Right,
        AcrossTable,
        AcrossLine,
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var d = context.Document;
        Check(context, "partyHeading", d.PartyHeading?.Origin, d.PartyHeading?.Text, right: true, "1");
        Check(context, "nationalTitle", d.NationalTitle?.Origin, d.NationalTitle?.Text, right: true, "1");
        Check(context, "motto", d.Motto?.Origin, d.Motto?.Text, right: true, "1");
        Check(context, "parentAgency", d.ParentAgency?.Origin, FirstLine(d.ParentAgency), right: false, "2");
        Check(context, "issuingAgency", d.IssuingAgency?.Origin, FirstLine(d.IssuingAgency), right: false, "2");
        Check(context, "number", d.Number?.Origin, d.Number?.Text, right: false, "3");
        Check(context, "placeDate", d.PlaceDate?.Origin, d.PlaceDate?.Text, right: true, "4");
        if (d.Title is null && d.Subject is { Prefix: not null } subject)
        {
            Check(context, "subject", subject.Origin, subject.FirstLineAsWritten.Length > 0 ? subject.FirstLineAsWritten : subject.Text, right: false, "5b");
        }

        var signatures = d.Signatures;
        if (!signatures.IsDefaultOrEmpty && signatures[signatures.Length - 1] is { } signature)
        {
            var path = "signatures[" + (signatures.Length - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            var firstLine = signature.Lines.IsDefaultOrEmpty ? null : signature.Lines[0];
            Check(context, path, firstLine?.Origin ?? signature.Origin, firstLine?.Text ?? signature.Authority ?? (signature.Titles.IsDefaultOrEmpty ? null : signature.Titles[0]), right: true, "7");
        }

        if (d.Recipients is { } recipients)
        {
            Check(context, "recipients.label", recipients.Label?.Origin, recipients.Label?.Text, right: false, "9b");
        }
    }

    private static string? FirstLine(AgencyName? agency) =>
        agency is null || agency.Lines.IsDefaultOrEmpty ? null : agency.Lines[0];

    private static void Check(RuleContext context, string path, SourceSpan? origin, string? text, bool right, string cell)
    {
        if (origin is null || origin.Blocks.IsEmpty || origin.Blocks[0] is not { } block)
        {
            return;
        }

        var side = SideOf(block, origin.Offset, (text ?? string.Empty).Trim().Length);
        var wrong = right
            ? side is Side.Left or Side.AcrossTable or Side.AcrossLine
            : side is Side.Right or Side.AcrossTable;
        if (wrong)
        {
            context.ReportVariant(right ? "right" : "left", path, origin.Location, Quote(text ?? block.Text), cell);
        }
    }

    private static Side SideOf(SourceBlock block, int offset, int length)
    {
        switch (block.Kind)
        {
            case BlockKind.TableCell:
                if (block.Cell is not { ColumnCount: >= 2 } cell)
                {
                    return Side.Unknown;
                }

                // Twice the middle of the cell against the width of the grid, in grid columns.
                var middle = (2 * cell.Column) + System.Math.Max(1, cell.ColumnSpan);
                return middle < cell.ColumnCount ? Side.Left : middle > cell.ColumnCount ? Side.Right : Side.AcrossTable;
            case BlockKind.Paragraph:
                break;
            default:
                return Side.Unknown;
        }

        if (offset > 0 && TypographyValues.HasText(block.Text.Substring(0, System.Math.Min(offset, block.Text.Length))))
        {
            return Side.Right;
        }

        var end = System.Math.Min(block.Text.Length, offset + length);
        if (length > 0 && end < block.Text.Length && TypographyValues.HasText(block.Text.Substring(end)))
        {
            return Side.Left;
        }

        if (block.Format?.Alignment is not { } alignment)
        {
            return Side.Unknown;
        }

        var indent = block.Format.LeftIndentCm ?? 0;
        return alignment switch
        {
            TextAlignment.Right => Side.Right,
            _ when indent >= RightHalfIndentCm => Side.Right,
            TextAlignment.Center => Side.AcrossLine,
            _ => Side.Left,
        };
    }

    private static string Quote(string text)
    {
        var t = text.Trim();
        return t.Length <= QuoteLength ? t : t.Remove(QuoteLength) + "…";
    }
}

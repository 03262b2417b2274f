using AdminDocs.Decree;
using AdminDocs.Text;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD7001: a Party document is headed "ĐẢNG CỘNG SẢN VIỆT NAM" in capitals and carries no Quốc hiệu or Tiêu ngữ
/// (Hướng dẫn 36-HD/VPTW, II.1.1 [S]).
/// </summary>
internal sealed class PartyHeaderRule : CatalogRule
{
    private const string Heading = FixedTexts.PartyHeading;

    public PartyHeaderRule()
        : base("AD7001")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        if (document.PartyHeading is not { } heading)
        {
            context.ReportVariant("missing", "partyHeading", null, Heading);
        }
        else if (VietnameseText.CollapseSpaces(heading.Text) != Heading)
        {
            context.ReportVariant("text", "partyHeading", heading.Origin.Location, heading.Text, Heading);
        }

        if (document.NationalTitle is { } nationalTitle)
        {
            context.ReportVariant("national-title", "nationalTitle", nationalTitle.Origin.Location, nationalTitle.Text);
        }

        if (document.Motto is { } motto)
        {
            context.ReportVariant("motto", "motto", motto.Origin.Location, motto.Text);
        }
    }
}

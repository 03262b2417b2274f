namespace AdminDocs.Validation.Rules;

/// <summary>AD3008: the day or the month is left blank: info in a draft, an error for stage "issued"; one finding for the
/// line (practice; Phụ lục III templates). The only rule that reports a blank day or month.</summary>
internal sealed class DateBlankRule : CatalogRule
{
    public DateBlankRule()
        : base("AD3008")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var placeDate = context.Document.PlaceDate;
        if (placeDate is null)
        {
            return;
        }

        var layout = PlaceDateLayout.Of(placeDate);
        var dayBlank = PlaceDateLayout.DayBlank(placeDate, layout);
        var monthBlank = PlaceDateLayout.MonthBlank(placeDate);
        if (!dayBlank && !monthBlank)
        {
            return;
        }

        var severity = context.Stage == ValidationStage.Issued ? DiagnosticSeverity.Error : DiagnosticSeverity.Info;
        var part = dayBlank ? "day" : "month";
        var location = layout is null ? placeDate.Origin.Location : layout.At(layout[part].Length > 0 ? part : (dayBlank ? "sp2" : "sp4"));
        context.ReportWithSeverity(severity, "placeDate." + part, location, placeDate.Text ?? string.Empty);
    }
}

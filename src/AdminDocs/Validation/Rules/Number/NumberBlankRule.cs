namespace AdminDocs.Validation.Rules;

/// <summary>AD2202: the number is left blank: info in a draft, an error for stage "issued" (NĐ 30/2020 Điều 15;
/// Phụ lục III templates). The only rule that reports a blank number.</summary>
internal sealed class NumberBlankRule : CatalogRule
{
    public NumberBlankRule()
        : base("AD2202")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var number = context.Document.Number;
        if (number is null || number.Value is not null)
        {
            return;
        }

        var severity = context.Stage == ValidationStage.Issued ? DiagnosticSeverity.Error : DiagnosticSeverity.Info;
        context.ReportWithSeverity(severity, "number.value", NumberLayout.At(number, 0), number.Text ?? string.Empty);
    }
}

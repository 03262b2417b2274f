namespace AdminDocs.Validation.Rules;

/// <summary>AD3105: the trích yếu is present under the tên loại, or after "V/v" for a công văn; giấy giới thiệu, giấy nghỉ
/// phép, the phiếu and the copies need none (NĐ 30/2020 Phụ lục I, II.5).</summary>
internal sealed class SubjectMissingRule : CatalogRule
{
    public SubjectMissingRule()
        : base("AD3105")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        if (document.Subject is not null)
        {
            return;
        }

        if (document.Kind == DocumentKind.OfficialLetter)
        {
            context.ReportVariant("cong-van", "subject", null);
            return;
        }

        switch (document.Kind)
        {
            case DocumentKind.LetterOfIntroduction:
            case DocumentKind.LeaveCertificate:
            case DocumentKind.DispatchSlip:
            case DocumentKind.TransferSlip:
            case DocumentKind.NotificationSlip:
            case DocumentKind.CopyTrue:
            case DocumentKind.CopyExtract:
            case DocumentKind.CopyTranscript:
                return;
        }

        if (DocumentKindInfo.Get(document.Kind).Title is { } kindTitle)
        {
            context.Report("subject", null, document.Title?.Text ?? kindTitle);
        }
    }
}

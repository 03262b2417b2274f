using AdminDocs.Validation;
using FluentAssertions;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.Title;

public class SubjectMissingRuleTests
{
    [Fact]
    public void Correct_report_is_silent() => ShouldBeSilent(Correct());

    [Fact]
    public void A_report_without_trich_yeu_is_a_warning()
    {
        var d = ShouldReportSingle(Correct() with { Subject = null }, "AD3105");
        d.ShouldBe(DiagnosticSeverity.Warning, "subject", "AD3105", "BÁO CÁO");
        d.Location.Should().BeNull();
    }

    [Fact]
    public void A_cong_van_without_trich_yeu_is_a_warning() =>
        ShouldReportSingle(CorrectLetter() with { Subject = null }, "AD3105").ShouldBe(DiagnosticSeverity.Warning, "subject", "AD3105.cong-van");

    [Theory]
    [InlineData(DocumentKind.LetterOfIntroduction)]
    [InlineData(DocumentKind.LeaveCertificate)]
    [InlineData(DocumentKind.DispatchSlip)]
    [InlineData(DocumentKind.TransferSlip)]
    [InlineData(DocumentKind.NotificationSlip)]
    [InlineData(DocumentKind.CopyTrue)]
    [InlineData(DocumentKind.CopyExtract)]
    [InlineData(DocumentKind.CopyTranscript)]
    public void Some_kinds_need_none(DocumentKind kind) => ShouldBeSilent(AsKind(kind) with { Subject = null });

    [Theory]
    [InlineData(DocumentKind.Decision)]
    [InlineData(DocumentKind.Minutes)]
    [InlineData(DocumentKind.Invitation)]
    public void Other_named_kinds_need_one(DocumentKind kind) => ShouldReportSingle(AsKind(kind) with { Subject = null }, "AD3105");

    [Fact]
    public void An_unknown_kind_is_not_checked() =>
        Own(Correct() with { Kind = DocumentKind.Other, Subject = null }).Should().NotContain(d => d.Id == "AD3105");
}

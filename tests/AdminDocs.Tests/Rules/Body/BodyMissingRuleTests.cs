using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;
using static AdminDocs.Tests.Rules.BodyStructure.BodyRuleKit;

namespace AdminDocs.Tests.Rules.BodyStructure;

public class BodyMissingRuleTests
{
    [Fact]
    public void A_report_with_a_body_is_silent() => ShouldBeSilent(Report(GoodReportBody));

    [Fact]
    public void The_correct_report_built_in_code_is_silent() =>
        TestDocuments.Validate(TestDocuments.CorrectReport()).Diagnostics.Should().NotContain(d => d.Id.StartsWith("AD40", System.StringComparison.Ordinal));

    [Fact]
    public void A_report_without_body_is_an_error()
    {
        var d = TestDocuments.Validate(TestDocuments.CorrectReport() with { Body = AdminDocs.Body.Empty }).Of("AD4001");
        d.Should().ContainSingle().Which.ShouldBe(DiagnosticSeverity.Error, "body", "AD4001");
        d[0].Location.Should().BeNull();
    }

    [Fact]
    public void A_text_report_whose_body_is_left_out_is_an_error() =>
        ShouldReportSingle(Report(string.Empty), "AD4001").ShouldBe(DiagnosticSeverity.Error, "body", "AD4001");
}

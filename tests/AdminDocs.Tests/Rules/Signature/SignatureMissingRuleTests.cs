using System.Collections.Immutable;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Signature;

public class SignatureMissingRuleTests
{
    [Fact]
    public void Correct_report_is_silent() => FooterRules.Of(TestDocuments.CorrectReport()).Should().BeEmpty();

    [Fact]
    public void No_signature_block_is_an_error_at_signature()
    {
        var doc = TestDocuments.CorrectReport() with { Signatures = ImmutableArray<SignatureBlock>.Empty };

        var d = FooterRules.Single(doc, "AD5001");

        d.Severity.Should().Be(DiagnosticSeverity.Error);
        d.ModelPath.Should().Be("signature");
        d.Location.Should().BeNull();
    }

    [Fact]
    public void Default_signature_array_is_treated_as_missing()
    {
        var doc = TestDocuments.CorrectReport() with { Signatures = default };

        FooterRules.Single(doc, "AD5001");
    }
}

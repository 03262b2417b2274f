using System.Collections.Immutable;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Reader;

public class NotAnAdministrativeDocumentRuleTests
{
    [Fact]
    public void Correct_report_is_silent() => FooterRules.Of(TestDocuments.CorrectReport()).Should().BeEmpty();

    [Fact]
    public void Three_marks_are_enough()
    {
        var doc = TestDocuments.CorrectReport() with { Number = null, PlaceDate = null };

        FooterRules.Of(doc).Should().NotContain(d => d.Id == "AD0005");
    }

    [Fact]
    public void Fewer_than_three_marks_is_a_warning_listing_what_is_missing()
    {
        var doc = TestDocuments.CorrectReport() with { Number = null, PlaceDate = null, Title = null };

        var found = FooterRules.Of(doc);

        var d = found.Should().ContainSingle(x => x.Id == "AD0005").Which;
        d.Severity.Should().Be(DiagnosticSeverity.Warning);
        d.Arguments.Should().Equal("2", "number, placeDate, title");
        d.Location.Should().BeNull();
        FooterRules.ShouldHaveMessages(d);
    }

    [Fact]
    public void A_Vv_subject_counts_as_a_title()
    {
        var doc = TestDocuments.CorrectReport() with
        {
            Number = null,
            PlaceDate = null,
            Title = null,
            Subject = new Subject(ImmutableArray.Create("nâng bậc lương năm 2019")) { Prefix = "V/v" },
        };

        FooterRules.Of(doc).Should().NotContain(d => d.Id == "AD0005");
    }

    [Fact]
    public void An_empty_document_is_not_an_administrative_document()
    {
        var found = FooterRules.Of(new AdminDocument());

        found.Should().ContainSingle(x => x.Id == "AD0005").Which.Arguments[0].Should().Be("0");
    }
}

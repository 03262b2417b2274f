using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Building;

public class DocumentBuilderTests
{
    [Fact]
    public void The_sample_report_builds_and_validates_clean()
    {
        var document = BuiltDocuments.SampleReport().Build();
        var result = Validator.Default.Validate(document);
        result.Diagnostics.Should().BeEmpty(Dump.Of(document));
    }
}

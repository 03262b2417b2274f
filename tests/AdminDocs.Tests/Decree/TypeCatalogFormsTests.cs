using AdminDocs.Validation.Rules;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Decree;

/// <summary>The number rules read the Phụ lục III abbreviations from the type catalog, not from a copy.</summary>
public class TypeCatalogFormsTests
{
    [Fact]
    public void The_mixed_case_abbreviations_come_from_the_type_catalog() =>
        NumberLayout.MixedCase.Should().BeEquivalentTo("TTr", "CTr", "QyĐ", "TrS");
}

using AdminDocs.Tests.TestSupport;
using Xunit;

namespace AdminDocs.Tests.PublicApi;

/// <summary>The public surface of the AdminDocs package, approved on purpose: an unintended change to the API
/// fails this test with a diff.</summary>
public class PublicApiTests
{
    [Fact]
    public void Public_API_of_AdminDocs_is_approved() =>
        GoldenFile.Verify(PublicApiDescriber.Describe(typeof(AdminDocument).Assembly), "AdminDocs.api");
}

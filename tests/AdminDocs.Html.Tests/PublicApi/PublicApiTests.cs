using AdminDocs.Tests.TestSupport;
using Xunit;

namespace AdminDocs.Html.Tests.PublicApi;

/// <summary>The public surface of the AdminDocs.Html package, approved on purpose: an unintended change to the API
/// fails this test with a diff.</summary>
public class PublicApiTests
{
    [Fact]
    public void Public_API_of_AdminDocs_Html_is_approved() =>
        GoldenFile.Verify(PublicApiDescriber.Describe(typeof(HtmlReader).Assembly), "AdminDocs.Html.api");
}

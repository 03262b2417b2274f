using AdminDocs.Tests.TestSupport;
using Xunit;

namespace AdminDocs.Docx.Tests.PublicApi;

/// <summary>The public surface of the AdminDocs.Docx package, approved on purpose: an unintended change to the API
/// fails this test with a diff.</summary>
public class PublicApiTests
{
    [Fact]
    public void Public_API_of_AdminDocs_Docx_is_approved() =>
        GoldenFile.Verify(PublicApiDescriber.Describe(typeof(DocxReader).Assembly), "AdminDocs.Docx.api");
}

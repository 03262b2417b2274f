using AdminDocs.Docx.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Docx.Tests.Reading;

public class SmokeTests
{
    [Fact]
    public void Reads_a_paragraph()
    {
        var doc = new DocxBuilder().Paragraph("Xin chào").Read();
        doc.Diagnostics.Should().BeEmpty();
        doc.Blocks.Should().ContainSingle().Which.Text.Should().Be("Xin chào");
    }
}

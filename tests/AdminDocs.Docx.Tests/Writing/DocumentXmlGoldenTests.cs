using System.IO;
using System.Linq;
using System.Xml.Linq;
using AdminDocs.Tests.TestSupport;
using DocumentFormat.OpenXml.Packaging;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Docx.Tests.Writing;

/// <summary>
/// Golden files of word/document.xml, pretty-printed (the writer's ids are already stable: relationship ids are
/// fixed, drawing ids count from 1). A change to the layout shows here as a reviewable diff.
/// </summary>
public class DocumentXmlGoldenTests
{
    [Fact]
    public void Sample_report() => GoldenFile.Verify(DocumentXml(WrittenDocuments.Sample()), "bao-cao-mau-nd30.document", "xml");

    [Fact]
    public void Official_letter() => GoldenFile.Verify(DocumentXml(WritingAssets.Recognize("corpus/18-cong-van-vv.txt")), "cong-van-vv.document", "xml");

    [Fact]
    public void Report_with_appendices() => GoldenFile.Verify(DocumentXml(WrittenDocuments.SampleWithAppendices()), "bao-cao-phu-luc.document", "xml");

    [Fact]
    public void Meeting_minutes_with_two_signatures() => GoldenFile.Verify(DocumentXml(WritingAssets.Recognize("corpus/44-bien-ban-ban-giao.txt")), "bien-ban.document", "xml");

    [Fact]
    public void Writing_is_deterministic()
    {
        var model = WrittenDocuments.SampleWithAppendices();

        // The zip entries carry the time they were written and the package-level ids (core properties) are random;
        // the document's own parts are the same, byte for byte.
        Parts(DocxWriter.ToBytes(model)).Should().Equal(Parts(DocxWriter.ToBytes(model)));
    }

    private static string[] Parts(byte[] docx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx), System.IO.Compression.ZipArchiveMode.Read);
        return zip.Entries.Where(e => e.FullName.StartsWith("word/", System.StringComparison.Ordinal)).OrderBy(e => e.FullName, System.StringComparer.Ordinal).Select(e =>
        {
            using var s = e.Open();
            using var copy = new MemoryStream();
            s.CopyTo(copy);
            return e.FullName + " " + System.Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(copy.ToArray()));
        }).ToArray();
    }

    internal static string DocumentXml(AdminDocument model)
    {
        using var stream = new MemoryStream(DocxWriter.ToBytes(model));
        using var package = WordprocessingDocument.Open(stream, false);
        using var part = package.MainDocumentPart!.GetStream();
        var xml = XDocument.Load(part);
        return xml.ToString() + "\n";
    }
}

using System.IO;
using System.Linq;
using AdminDocs.Html.Tests.TestSupport;
using AdminDocs.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Html.Tests.RoundTrip;

/// <summary>
/// Every document of the corpus (every kind of Nghị định 30, Party documents, TT01 documents, real defects) and the
/// samples: recognized from text, written as HTML and read back, it recognizes to the same model.
/// </summary>
public class CorpusRoundTripTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(HtmlTest.Asset("corpus"), "*.txt").Concat(Directory.GetFiles(HtmlTest.Asset("samples"), "*.txt")).OrderBy(f => f, System.StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(HtmlTest.Asset(string.Empty), f));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_document_written_as_html_reads_back_to_the_same_model(string relative)
    {
        var original = HtmlTest.WithoutTypedRules(HtmlTest.FromText(File.ReadAllText(HtmlTest.Asset(relative))));
        var html = HtmlTest.Write(original);
        var source = HtmlTest.Read(html);
        var back = Recognition.DocumentRecognizer.Recognize(source);

        Dump.Of(back).Should().Be(Dump.Of(original), "the HTML was:\n" + HtmlTest.Outline(source));
        back.Kind.Should().Be(original.Kind);
        source.Diagnostics.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_fragment_with_the_stylesheet_reads_back_to_the_same_model(string relative)
    {
        var original = HtmlTest.WithoutTypedRules(HtmlTest.FromText(File.ReadAllText(HtmlTest.Asset(relative))));
        var back = HtmlTest.Recognize(HtmlTest.Write(original, new HtmlWriterOptions { FullPage = false }));

        Dump.Of(back).Should().Be(Dump.Of(original));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Without_the_stylesheet_the_text_still_reads_back_complete(string relative)
    {
        // Without CSS the page has no margins, so no blank lines: the recognizer may group some lines differently,
        // but every character is still there, once.
        var original = HtmlTest.WithoutTypedRules(HtmlTest.FromText(File.ReadAllText(HtmlTest.Asset(relative))));
        var back = HtmlTest.Recognize(HtmlTest.Write(original, new HtmlWriterOptions { IncludeStylesheet = false }));

        ModelText.Signature(ModelText.All(back)).Should().Be(ModelText.Signature(ModelText.All(original)));
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AdminDocs.Reading;
using AdminDocs.Recognition;
using AdminDocs.Sources;
using AdminDocs.Validation;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Docx.Tests.Writing;

public class DocxWriterTests
{
    internal static readonly Validator DocxValidator = Validator.CreateBuilder().AddDocx().Build();

    /// <summary>The rules that judge formatting (the catalog's rules that need layout or page facts).</summary>
    internal static readonly HashSet<string> FormattingRules = RuleCatalog.All
        .Where(r => (r.Needs & (SourceFacts.Layout | SourceFacts.Page)) != 0)
        .Select(r => r.Id)
        .ToHashSet(StringComparer.Ordinal);

    public static IEnumerable<object[]> TextAssets() => WritingAssets.TextFiles().Select(f => new object[] { f });

    [Theory]
    [MemberData(nameof(TextAssets))]
    public void Written_docx_is_valid_Open_XML(string relative)
    {
        var bytes = DocxWriter.ToBytes(WritingAssets.Recognize(relative));

        var errors = OpenXmlErrors(bytes);
        errors.Should().BeEmpty(string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(TextAssets))]
    public void Written_docx_reads_back_to_the_same_model(string relative)
    {
        var model = WritingAssets.Recognize(relative);

        var back = ReadBack(DocxWriter.ToBytes(model));

        back.Source!.Diagnostics.Should().BeEmpty();
        ModelText.Diff(model, back).Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(TextAssets))]
    public void Writer_introduces_no_finding(string relative)
    {
        var model = WritingAssets.Recognize(relative);
        var options = new ValidationOptions { Today = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Unspecified) };
        using var text = File.OpenRead(WritingAssets.Path(relative));
        var fromText = DocxValidator.Validate(text, relative, options);

        using var docx = new MemoryStream(DocxWriter.ToBytes(model));
        var fromDocx = DocxValidator.Validate(docx, "written.docx", options);

        fromDocx.NotChecked.Should().NotContain(FormattingRules, "a .docx gives layout and page facts");
        var formatting = fromDocx.Diagnostics.Where(d => FormattingRules.Contains(d.Id) || d.MessageKey == "rule-failed").ToArray();
        formatting.Should().BeEmpty(Describe(formatting));

        // The content findings are those of the text the model came from (rules that need no formatting facts).
        var expected = Keys(fromText, fromDocx.NotChecked);
        var actual = Keys(fromDocx, fromText.NotChecked).Where(k => !FormattingRules.Contains(k.Split(' ')[0])).ToArray();
        actual.Should().BeEquivalentTo(expected);
    }

    [Fact]
    public void Correct_sample_written_and_read_back_validates_clean()
    {
        var model = WritingAssets.Recognize("samples/bao-cao-mau-nd30.txt");
        using var docx = new MemoryStream(DocxWriter.ToBytes(model));

        var result = DocxValidator.Validate(docx, "bao-cao.docx", new ValidationOptions { Today = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Unspecified) });

        result.Profile.Should().Be(DocumentProfile.Nd30);
        result.NotChecked.Should().NotContain(FormattingRules);
        result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Should().BeEmpty(Describe(result.Diagnostics));
        result.ErrorCount.Should().Be(0);
        result.WarningCount.Should().Be(0);
    }

    internal static AdminDocument ReadBack(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        var source = new DocxReader().Read(stream, "written.docx", ReaderLimits.Default, default);
        return DocumentRecognizer.Recognize(source);
    }

    internal static List<string> OpenXmlErrors(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var package = WordprocessingDocument.Open(stream, false);
        var validator = new OpenXmlValidator(FileFormatVersions.Office2019);
        return validator.Validate(package).Select(e => e.Id + " " + e.Path?.XPath + ": " + e.Description).ToList();
    }

    internal static string Describe(IEnumerable<Diagnostic> found) =>
        string.Join("\n", found.Select(d => d.Id + " " + d.MessageKey + " " + d.ModelPath + " " + d.Location + " [" + string.Join(", ", d.Arguments) + "]"));

    private static string[] Keys(ValidationResult result, IEnumerable<string> notCheckedElsewhere)
    {
        var skip = new HashSet<string>(notCheckedElsewhere.Concat(FormattingRules), StringComparer.Ordinal);
        return result.Diagnostics.Where(d => !skip.Contains(d.Id)).Select(d => d.Id + " " + d.MessageKey + " " + d.ModelPath).ToArray();
    }
}

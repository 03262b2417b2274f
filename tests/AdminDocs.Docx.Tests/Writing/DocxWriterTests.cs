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

    [Fact]
    public void Appendices_read_back_and_bring_no_finding()
    {
        var model = WrittenDocuments.SampleWithAppendices();
        var bytes = DocxWriter.ToBytes(model);

        OpenXmlErrors(bytes).Should().BeEmpty();
        ModelText.Diff(model, ReadBack(bytes)).Should().BeNull();
        using var docx = new MemoryStream(bytes);
        var result = DocxValidator.Validate(docx, "phu-luc.docx", new ValidationOptions { Today = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Unspecified) });
        result.Source!.Sections.Should().HaveCount(3, "the report and each appendix are sections of their own");
        result.Diagnostics.Where(d => FormattingRules.Contains(d.Id)).Should().BeEmpty(Describe(result.Diagnostics));
    }

    [Theory]
    [InlineData(19.9, 20, 30, 15)]
    [InlineData(20, 25.1, 30, 15)]
    [InlineData(20, 20, 29, 15)]
    [InlineData(20, 20, 30, 21)]
    [InlineData(double.NaN, 20, 30, 15)]
    public void Margins_outside_the_allowed_ranges_are_refused(double top, double bottom, double left, double right)
    {
        var options = new DocxWriterOptions { TopMarginMm = top, BottomMarginMm = bottom, LeftMarginMm = left, RightMarginMm = right };

        var act = () => DocxWriter.ToBytes(WrittenDocuments.Sample(), options);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*Nghị định 30*");
    }

    [Fact]
    public void Other_options_outside_their_ranges_are_refused()
    {
        var model = WrittenDocuments.Sample();
        foreach (var bad in new[]
        {
            new DocxWriterOptions { BodyFontSizePoints = 12 },
            new DocxWriterOptions { BodyFontSizePoints = 13.2 },
            new DocxWriterOptions { FirstLineIndentCm = 1.5 },
            new DocxWriterOptions { ParagraphSpacingPoints = 3 },
            new DocxWriterOptions { LineSpacing = 2 },
            new DocxWriterOptions { Profile = (DocumentProfile)42 },
        })
        {
            ((Action)(() => DocxWriter.ToBytes(model, bad))).Should().Throw<ArgumentOutOfRangeException>(bad.ToString());
        }
    }

    [Fact]
    public void Margins_and_body_options_inside_the_ranges_are_written_and_bring_no_finding()
    {
        var options = new DocxWriterOptions { TopMarginMm = 25, BottomMarginMm = 22, LeftMarginMm = 35, RightMarginMm = 20, BodyFontSizePoints = 13, FirstLineIndentCm = 1, ParagraphSpacingPoints = 12, LineSpacing = 1.5 };
        using var docx = new MemoryStream(DocxWriter.ToBytes(WrittenDocuments.Sample(), options));

        var result = DocxValidator.Validate(docx, "options.docx", new ValidationOptions { Today = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Unspecified) });

        var section = result.Source!.Sections.Single();
        section.MarginTopMm.Should().BeApproximately(25, 0.1);
        section.MarginBottomMm.Should().BeApproximately(22, 0.1);
        section.MarginLeftMm.Should().BeApproximately(35, 0.1);
        section.MarginRightMm.Should().BeApproximately(20, 0.1);
        result.Diagnostics.Should().NotContain(d => d.Severity >= DiagnosticSeverity.Warning, Describe(result.Diagnostics));
    }

    [Fact]
    public void A_forced_TT01_layout_puts_the_page_number_bottom_right_and_validates_clean_under_TT01()
    {
        using var docx = new MemoryStream(DocxWriter.ToBytes(WrittenDocuments.Sample(), new DocxWriterOptions { Profile = DocumentProfile.Tt01 }));

        var result = DocxValidator.Validate(docx, "tt01.docx", new ValidationOptions { Profile = DocumentProfile.Tt01, Today = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Unspecified) });

        result.Diagnostics.Where(d => FormattingRules.Contains(d.Id)).Should().BeEmpty(Describe(result.Diagnostics));
        using var nd30 = new MemoryStream(DocxWriter.ToBytes(WrittenDocuments.Sample(), new DocxWriterOptions { Profile = DocumentProfile.Tt01 }));
        DocxValidator.Validate(nd30, "tt01.docx", new ValidationOptions { Profile = DocumentProfile.Nd30 }).Diagnostics
            .Should().Contain(d => d.Id == "AD1006", "under ND30 the number belongs at the top");
    }

    [Fact]
    public void Null_and_unwritable_arguments_are_refused_and_text_XML_cannot_carry_is_dropped()
    {
        var model = WrittenDocuments.Sample();
        ((Action)(() => DocxWriter.Write(null!, new MemoryStream()))).Should().Throw<ArgumentNullException>();
        ((Action)(() => DocxWriter.Write(model, (Stream)null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => DocxWriter.Write(model, (string)null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => DocxWriter.Write(model, string.Empty))).Should().Throw<ArgumentException>();
        ((Action)(() => DocxWriter.Write(model, new MemoryStream(Array.Empty<byte>(), writable: false)))).Should().Throw<ArgumentException>();

        var odd = model with { Title = new TextElement("BÁO\u0001 CÁO\uD800") };
        var bytes = DocxWriter.ToBytes(odd);
        OpenXmlErrors(bytes).Should().BeEmpty();
        ReadBack(bytes).Title!.Text.Should().Be("BÁO CÁO");
    }

    [Fact]
    public void An_empty_model_writes_a_valid_empty_page()
    {
        var bytes = DocxWriter.ToBytes(new AdminDocument());

        OpenXmlErrors(bytes).Should().BeEmpty();
        var back = ReadBack(bytes);
        ModelText.Diff(new AdminDocument(), back).Should().BeNull();
        back.Source!.Blocks.Where(b => b.Location.Part == "word/document.xml").Should().BeEmpty();
    }

    [Fact]
    public void Path_overload_writes_the_same_package_as_the_stream_overload()
    {
        var path = Path.Combine(Path.GetTempPath(), "admindocs-writer-" + Guid.NewGuid().ToString("N") + ".docx");
        try
        {
            DocxWriter.Write(WrittenDocuments.Sample(), path);

            ModelText.Diff(WrittenDocuments.Sample(), ReadBack(File.ReadAllBytes(path))).Should().BeNull();
        }
        finally
        {
            File.Delete(path);
        }
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

using System;
using System.IO;
using System.Linq;
using AdminDocs.Building;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Docx.Tests.Writing;

/// <summary>A document built in code (the JSON spec of the sample report, through the builder) written as .docx.</summary>
public class BuiltDocumentTests
{
    [Fact]
    public void Sample_spec_built_and_written_validates_with_no_error_and_no_warning()
    {
        var model = DocumentSpec.ParseFile(RepositoryFile("samples", "bao-cao-spec.json")).Document;
        var bytes = DocxWriter.ToBytes(model);

        DocxWriterTests.OpenXmlErrors(bytes).Should().BeEmpty();
        using var docx = new MemoryStream(bytes);
        var result = DocxWriterTests.DocxValidator.Validate(docx, "bao-cao-spec.docx", new ValidationOptions { Today = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Unspecified) });
        result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Should().BeEmpty(DocxWriterTests.Describe(result.Diagnostics));
        result.NotChecked.Should().NotContain(DocxWriterTests.FormattingRules);
        ModelText.Diff(model, DocxWriterTests.ReadBack(bytes)).Should().BeNull();
    }

    private static string RepositoryFile(string folder, string name, [System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", "..", folder, name));
}

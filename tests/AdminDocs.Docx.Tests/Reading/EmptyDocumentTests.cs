using System;
using System.IO;
using System.Linq;
using AdminDocs.Docx.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Docx.Tests.Reading;

/// <summary>A .docx with no text — 0 bytes, or a real Word package whose paragraphs are all empty — is one AD0001,
/// not AD0005 and every component missing; a .docx that is not an administrative document is AD0005 with the
/// component-missing rules not checked.</summary>
public class EmptyDocumentTests
{
    private static readonly Validator DocxValidator = Validator.CreateBuilder().AddDocx().Build();

    [Fact]
    public void A_zero_byte_file_is_AD0001_alone()
    {
        var result = DocxValidator.Validate(new MemoryStream(Array.Empty<byte>()), "rong.docx");

        result.Diagnostics.Should().ContainSingle().Which.MessageKey.Should().Be("AD0001.empty-file");
        result.NotChecked.Should().Contain("AD2001");
    }

    [Fact]
    public void A_package_with_only_empty_paragraphs_is_AD0001_no_text_alone()
    {
        var bytes = new DocxBuilder().Empty(3).Paragraph("   ").Build();

        var result = DocxValidator.Validate(new MemoryStream(bytes), "rong.docx");

        result.Diagnostics.Should().ContainSingle().Which.MessageKey.Should().Be("AD0001.no-text");
        result.NotChecked.Should().Contain("AD2001").And.Contain("AD1001");
    }

    [Fact]
    public void A_document_that_is_not_administrative_has_no_missing_component_errors()
    {
        var bytes = new DocxBuilder().Paragraph("Mua sắm cuối tuần").Paragraph("- 2 kg gạo").Paragraph("- rau muống").Build();

        var result = DocxValidator.Validate(new MemoryStream(bytes), "mua-sam.docx");

        result.Of("AD0005").Should().ContainSingle();
        result.Diagnostics.Should().NotContain(d => d.Id == "AD2001" || d.Id == "AD5101" || d.Id == "AD3101");
        result.NotChecked.Should().Contain(["AD2001", "AD2101", "AD2201", "AD3001", "AD3101", "AD4001", "AD5001", "AD5101"]);
    }
}

file static class ResultExtensions
{
    public static Diagnostic[] Of(this ValidationResult result, string id) => result.Diagnostics.Where(d => d.Id == id).ToArray();
}

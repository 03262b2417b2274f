using System;
using System.Linq;
using System.Reflection;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Docx.Tests.Writing;

/// <summary>C# 7.3 callers (netstandard2.0 or .NET Framework projects) configure the writer with the <c>With...</c> methods.</summary>
public class DocxWriterOptionsWithTests
{
    [Fact]
    public void Every_init_property_has_a_With_method()
    {
        var missing = typeof(DocxWriterOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod?.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit") == true)
            .Where(p => typeof(DocxWriterOptions).GetMethod("With" + p.Name, new[] { p.PropertyType })?.ReturnType != typeof(DocxWriterOptions))
            .Select(p => p.Name);
        missing.Should().BeEmpty();
    }

    [Fact]
    public void The_With_methods_give_the_same_options_as_an_object_initializer()
    {
        var chained = DocxWriterOptions.Default
            .WithTopMarginMm(25).WithBottomMarginMm(22).WithLeftMarginMm(35).WithRightMarginMm(20)
            .WithProfile(DocumentProfile.Tt01).WithBodyFontSizePoints(13).WithFirstLineIndentCm(1)
            .WithParagraphSpacingPoints(12).WithLineSpacing(1.5);

        chained.Should().Be(new DocxWriterOptions
        {
            TopMarginMm = 25, BottomMarginMm = 22, LeftMarginMm = 35, RightMarginMm = 20, Profile = DocumentProfile.Tt01,
            BodyFontSizePoints = 13, FirstLineIndentCm = 1, ParagraphSpacingPoints = 12, LineSpacing = 1.5,
        });
        DocxWriterOptions.Default.Should().Be(new DocxWriterOptions(), "the With methods change a copy");
    }

    [Fact]
    public void Out_of_range_values_are_still_refused_when_the_options_are_used()
    {
        var options = DocxWriterOptions.Default.WithLeftMarginMm(10);
        FluentActions.Invoking(() => DocxWriter.ToBytes(WrittenDocuments.Sample(), options))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(DocxWriterOptions.LeftMarginMm));
    }
}

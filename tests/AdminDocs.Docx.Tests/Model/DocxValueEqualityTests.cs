using System;
using System.IO;
using System.Linq;
using AdminDocs.Reading;
using AdminDocs.Recognition;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Docx.Tests.Model;

/// <summary>A real Word file read and recognized twice gives equal documents (the model compares by value).</summary>
public class DocxValueEqualityTests
{
    private static AdminDocument Recognize(string path)
    {
        using var stream = File.OpenRead(path);
        return DocumentRecognizer.Recognize(new DocxReader().Read(stream, path, ReaderLimits.Default, default));
    }

    [Fact]
    public void A_real_docx_read_twice_is_equal_with_equal_hash_codes()
    {
        var path = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestAssets", "real", "docx"), "*.docx").OrderBy(p => p, StringComparer.Ordinal).First();
        var first = Recognize(path);
        var second = Recognize(path);

        first.Source.Should().NotBeNull();
        first.Source!.Blocks.Should().NotBeEmpty();
        first.Should().NotBeSameAs(second);
        first.Equals(second).Should().BeTrue();
        first.GetHashCode().Should().Be(second.GetHashCode());
        (first with { Number = first.Number is null ? new DocumentNumber("Số: 1/x") : null }).Should().NotBe(second);
    }
}

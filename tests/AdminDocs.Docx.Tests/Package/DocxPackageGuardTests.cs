using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using AdminDocs.Docx.Package;
using AdminDocs.Reading;
using AdminDocs.Validation;
using DocumentFormat.OpenXml.Packaging;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Docx.Tests.Package;

/// <summary>Every bad input gives exactly one AD0001/AD0002 diagnostic, no exception, in bounded time.</summary>
public class DocxPackageGuardTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    /// <summary>Runs the guard and asserts it refused the input with one diagnostic of <paramref name="key"/>.</summary>
    private static Diagnostic Rejects(byte[] input, string key, ReaderLimits? limits = null, bool seekable = true)
    {
        var watch = Stopwatch.StartNew();
        using Stream stream = seekable ? new MemoryStream(input, writable: false) : new NonSeekableStream(input);
        var opened = DocxPackageGuard.TryOpen(stream, "x.docx", limits ?? ReaderLimits.Default, CancellationToken.None, out var document, out var diagnostics);
        watch.Stop();

        opened.Should().BeFalse();
        document.Should().BeNull();
        diagnostics.Should().ContainSingle();
        var d = diagnostics[0];
        d.MessageKey.Should().Be(key, d.ToString());
        d.Id.Should().BeOneOf("AD0001", "AD0002");
        d.Severity.Should().Be(DiagnosticSeverity.Error);
        Messages.Contains(key).Should().BeTrue($"'{key}' needs a message");
        d.GetMessage(MessageLanguage.English).Should().NotContain("{");
        d.GetMessage(MessageLanguage.Vietnamese).Should().NotContain("{");
        watch.Elapsed.Should().BeLessThan(Bound);
        return d;
    }

    private static WordprocessingDocument Opens(byte[] input, out ImmutableArray<Diagnostic> diagnostics, ReaderLimits? limits = null)
    {
        using var stream = new MemoryStream(input, writable: false);
        DocxPackageGuard.TryOpen(stream, "x.docx", limits ?? ReaderLimits.Default, CancellationToken.None, out var document, out diagnostics)
            .Should().BeTrue(string.Join("; ", diagnostics));
        document.Should().NotBeNull();
        document!.MainDocumentPart.Should().NotBeNull();
        return document;
    }

    [Fact]
    public void A_valid_docx_opens_without_diagnostics()
    {
        using var document = Opens(PackageInputs.Docx("UBND TỈNH BÌNH ĐỊNH", "BÁO CÁO"), out var diagnostics);
        diagnostics.Should().BeEmpty();
        document.MainDocumentPart!.Document.Body!.InnerText.Should().Contain("BÌNH ĐỊNH");
    }

    [Fact]
    public void A_zero_byte_file() => Rejects(Array.Empty<byte>(), "AD0001.empty-file");

    [Fact]
    public void A_text_file_named_docx() =>
        Rejects(Encoding.UTF8.GetBytes("UBND TỈNH BÌNH ĐỊNH\nSỞ GIAO THÔNG VẬN TẢI\n\nBÁO CÁO\n"), "AD0001.text-file");

    [Fact]
    public void An_rtf_file_named_docx() => Rejects(Encoding.ASCII.GetBytes("{\\rtf1\\ansi\\deff0 {\\fonttbl}}"), "AD0001.rtf-file");

    [Fact]
    public void A_binary_file_that_is_not_a_zip() =>
        Rejects(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0 }, "AD0001.not-a-zip").Arguments.Should().Equal("89 50 4E 47 0D 0A 1A 0A");

    [Fact]
    public void A_truncated_zip_without_its_end_record()
    {
        var docx = PackageInputs.Docx(Enumerable.Range(0, 200).Select(i => "Đoạn " + i).ToArray());
        Rejects(docx.AsSpan(0, docx.Length / 2).ToArray(), "AD0001.truncated-zip");
        Rejects(docx.AsSpan(0, 10).ToArray(), "AD0001.truncated-zip");
    }

    [Fact]
    public void A_zip_whose_entry_data_runs_past_the_end()
    {
        var docx = PackageInputs.Docx("Một đoạn");
        Rejects(PackageInputs.WithDeclaredSizes(docx, "word/document.xml", compressed: 10_000_000, uncompressed: null), "AD0001.truncated-zip");
    }

    [Fact]
    public void A_zip_without_word_document_xml() =>
        Rejects(PackageInputs.Zip(("[Content_Types].xml", PackageInputs.ContentTypes), ("_rels/.rels", PackageInputs.PackageRels), ("word/styles.xml", "<styles/>")), "AD0001.missing-part")
            .Arguments.Should().Equal("word/document.xml");

    [Fact]
    public void A_zip_without_content_types() =>
        Rejects(PackageInputs.Zip(("_rels/.rels", PackageInputs.PackageRels), ("word/document.xml", PackageInputs.DocumentXml(new[] { "x" }))), "AD0001.missing-part")
            .Arguments.Should().Equal("[Content_Types].xml");

    [Fact]
    public void An_odt_renamed_docx() =>
        Rejects(PackageInputs.Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>"), ("META-INF/manifest.xml", "<manifest/>")), "AD0001.odf-file");

    [Fact]
    public void An_excel_workbook_renamed_docx()
    {
        var rels = PackageInputs.PackageRels.Replace("word/document.xml", "xl/workbook.xml", StringComparison.Ordinal);
        Rejects(PackageInputs.Zip(("[Content_Types].xml", PackageInputs.ContentTypes), ("_rels/.rels", rels), ("xl/workbook.xml", "<workbook/>")), "AD0001.other-office-file")
            .Arguments.Should().Equal("xl/workbook.xml");
    }

    [Fact]
    public void Malformed_xml_in_word_document_xml()
    {
        var zip = PackageInputs.Zip(
            ("[Content_Types].xml", PackageInputs.ContentTypes),
            ("_rels/.rels", PackageInputs.PackageRels),
            ("word/document.xml", "<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Báo cáo</w:r></w:p></w:body></w:document>"));
        Rejects(zip, "AD0001.malformed-part").Arguments.Should().Equal("word/document.xml", "2", "116");
    }

    [Fact]
    public void A_dtd_in_a_part_is_refused_not_expanded()
    {
        const string Laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>";
        Rejects(PackageInputs.Zip(("[Content_Types].xml", PackageInputs.ContentTypes), ("_rels/.rels", PackageInputs.PackageRels), ("word/document.xml", Laughs)), "AD0001.malformed-part");
    }

    [Fact]
    public void A_password_protected_docx() => Rejects(PackageInputs.EncryptedDocx(), "AD0001.encrypted");

    [Fact]
    public void A_legacy_doc_renamed_docx() => Rejects(PackageInputs.LegacyDoc(), "AD0001.legacy-doc");

    [Fact]
    public void The_encrypted_and_legacy_messages_say_what_to_do()
    {
        var encrypted = Rejects(PackageInputs.EncryptedDocx(), "AD0001.encrypted");
        encrypted.GetMessage(MessageLanguage.English).Should().Contain("Encrypt with Password");
        encrypted.GetMessage(MessageLanguage.Vietnamese).Should().Contain("mật khẩu");
        var legacy = Rejects(PackageInputs.LegacyDoc(), "AD0001.legacy-doc");
        legacy.GetMessage(MessageLanguage.English).Should().Contain("soffice --headless --convert-to docx");
        legacy.GetMessage(MessageLanguage.Vietnamese).Should().Contain("lưu dưới dạng .docx");
    }

    [Fact]
    public void A_compound_file_with_a_looping_directory_chain_is_still_told_apart()
    {
        var encrypted = PackageInputs.EncryptedDocx();
        // FAT[1] = 1: the directory sector points to itself.
        BitConverter.GetBytes(1u).CopyTo(encrypted, 512 + 4);
        Rejects(encrypted, "AD0001.encrypted");
        var legacy = PackageInputs.LegacyDoc();
        BitConverter.GetBytes(1u).CopyTo(legacy, 512 + 4);
        Rejects(legacy, "AD0001.legacy-doc");
    }

    [Fact]
    public void A_compound_file_with_a_broken_header_falls_back_to_scanning_its_directory()
    {
        var encrypted = PackageInputs.EncryptedDocx();
        encrypted[30] = 77; // an impossible sector shift
        Rejects(encrypted, "AD0001.encrypted");
    }

    [Fact]
    public void A_zip_bomb_part_over_the_part_limit()
    {
        // 4 MiB of XML that deflates to a few KiB; the part limit is lowered to 1 MiB.
        var zip = PackageInputs.Zip(("[Content_Types].xml", PackageInputs.ContentTypes), ("_rels/.rels", PackageInputs.PackageRels), ("word/document.xml", PackageInputs.RepetitiveXml(4 << 20)));
        Rejects(zip, "AD0002.part-too-large", ReaderLimits.Default with { MaxPartBytes = 1 << 20, MaxCompressionRatio = 10_000 })
            .Arguments[0].Should().Be("word/document.xml");
    }

    [Fact]
    public void A_zip_bomb_over_the_compression_ratio()
    {
        var zip = PackageInputs.Zip(("[Content_Types].xml", PackageInputs.ContentTypes), ("_rels/.rels", PackageInputs.PackageRels), ("word/document.xml", PackageInputs.RepetitiveXml(4 << 20)));
        Rejects(zip, "AD0002.compression-ratio").Arguments.Should().HaveCount(3).And.EndWith("100");
    }

    [Fact]
    public void A_zip_bomb_over_the_total_limit()
    {
        var parts = Enumerable.Range(0, 8).Select(i => ($"word/media/part{i}.xml", (object)PackageInputs.RepetitiveXml(600_000))).ToList();
        parts.Insert(0, ("word/document.xml", PackageInputs.DocumentXml(new[] { "x" })));
        parts.Insert(0, ("_rels/.rels", PackageInputs.PackageRels));
        parts.Insert(0, ("[Content_Types].xml", PackageInputs.ContentTypes));
        Rejects(PackageInputs.Zip(parts.ToArray()), "AD0002.uncompressed-too-large", ReaderLimits.Default with { MaxUncompressedBytes = 2 << 20 });
    }

    [Fact]
    public void A_zip_with_too_many_entries()
    {
        var parts = Enumerable.Range(0, 150).Select(i => ($"word/x{i}.bin", (object)"x")).ToList();
        parts.Insert(0, ("word/document.xml", PackageInputs.DocumentXml(new[] { "x" })));
        parts.Insert(0, ("_rels/.rels", PackageInputs.PackageRels));
        parts.Insert(0, ("[Content_Types].xml", PackageInputs.ContentTypes));
        Rejects(PackageInputs.Zip(parts.ToArray()), "AD0002.too-many-entries", ReaderLimits.Default with { MaxArchiveEntries = 100 })
            .Arguments.Should().Equal("153", "100");
    }

    [Fact]
    public void A_zip_bomb_whose_central_directory_lies_about_its_sizes()
    {
        // The directory says the 8 MiB part inflates to 100 bytes: only counting the real bytes catches it, and
        // counting stops at the limit instead of inflating everything.
        var zip = PackageInputs.Zip(("[Content_Types].xml", PackageInputs.ContentTypes), ("_rels/.rels", PackageInputs.PackageRels), ("word/document.xml", PackageInputs.RepetitiveXml(8 << 20)));
        var lying = PackageInputs.WithDeclaredSizes(zip, "word/document.xml", compressed: null, uncompressed: 100);
        var d = Rejects(lying, "AD0002.part-too-large", ReaderLimits.Default with { MaxPartBytes = 512 * 1024 });
        long.Parse(d.Arguments[1], System.Globalization.CultureInfo.InvariantCulture).Should().BeInRange(512 * 1024, (512 * 1024) + (128 * 1024), "inflating stops within a buffer of the limit");

        // With the default limits the real ratio (about 1000:1) gives it away after the 1 MiB grace.
        Rejects(lying, "AD0002.compression-ratio");
    }

    [Fact]
    public void A_part_whose_real_size_differs_from_the_declared_one_is_damaged()
    {
        var zip = PackageInputs.Docx("Một đoạn văn");
        var (_, _) = PackageInputs.CentralEntries(zip).Single(e => e.Name == "word/document.xml");
        Rejects(PackageInputs.WithDeclaredSizes(zip, "word/document.xml", compressed: null, uncompressed: 20), "AD0001.corrupt-zip")
            .Arguments.Should().Equal("word/document.xml");
    }

    [Fact]
    public void A_file_over_the_input_limit_is_not_read_seekable_or_not()
    {
        var docx = PackageInputs.Docx(Enumerable.Range(0, 500).Select(i => "Đoạn " + i).ToArray());
        var limits = ReaderLimits.Default with { MaxInputBytes = 1000 };
        Rejects(docx, "AD0002.file-too-large", limits).Arguments.Should().Equal(docx.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), "1000");
        Rejects(docx, "AD0002.file-too-large", limits, seekable: false).Arguments.Should().Equal("> 1000", "1000");
    }

    [Fact]
    public void A_non_seekable_stream_is_read_like_a_file()
    {
        using var stream = new NonSeekableStream(PackageInputs.Docx("Một đoạn"));
        DocxPackageGuard.TryOpen(stream, null, ReaderLimits.Default, CancellationToken.None, out var document, out var diagnostics).Should().BeTrue();
        using (document)
        {
            diagnostics.Should().BeEmpty();
            document!.MainDocumentPart!.Document.Body!.InnerText.Should().Be("Một đoạn");
        }
    }

    [Fact]
    public void A_docm_opens_with_an_info_that_macros_were_ignored()
    {
        using var document = Opens(PackageInputs.Docm("Văn bản có macro"), out var diagnostics);
        diagnostics.Should().ContainSingle();
        var d = diagnostics[0];
        d.Id.Should().Be("AD0001");
        d.MessageKey.Should().Be("AD0001.macros-ignored");
        d.Severity.Should().Be(DiagnosticSeverity.Info);
        d.Arguments.Should().Equal("word/vbaProject.bin");
        d.GetMessage(MessageLanguage.Vietnamese).Should().Contain("macro");
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var stream = new MemoryStream(PackageInputs.Docx("x"));
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var act = () => DocxPackageGuard.TryOpen(stream, null, ReaderLimits.Default, cts.Token, out _, out _);
        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Damaged_copies_of_a_valid_docx_never_throw()
    {
        // Seeded damage: cut anywhere, flip bytes anywhere. Every outcome is an opened document or one diagnostic.
        var docx = PackageInputs.Docx(Enumerable.Range(0, 60).Select(i => $"Đoạn {i}: Ủy ban nhân dân tỉnh").ToArray());
        var random = new Random(2020_03_05);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 600; i++)
        {
            var copy = i % 3 == 0 ? docx.AsSpan(0, random.Next(docx.Length)).ToArray() : (byte[])docx.Clone();
            if (i % 3 != 0)
            {
                for (var k = random.Next(1, 6); k > 0; k--)
                {
                    copy[random.Next(copy.Length)] = (byte)random.Next(256);
                }
            }

            using var stream = new MemoryStream(copy);
            var opened = DocxPackageGuard.TryOpen(stream, null, ReaderLimits.Default, CancellationToken.None, out var document, out var diagnostics);
            if (opened)
            {
                document.Should().NotBeNull();
                document!.Dispose();
            }
            else
            {
                diagnostics.Should().ContainSingle().Which.Id.Should().BeOneOf("AD0001", "AD0002");
            }
        }

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));
    }

    /// <summary>A stream that cannot seek (a pipe, a network stream).</summary>
    private sealed class NonSeekableStream : Stream
    {
        private readonly MemoryStream _inner;

        public NonSeekableStream(byte[] data) => _inner = new MemoryStream(data, writable: false);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, 1000));

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

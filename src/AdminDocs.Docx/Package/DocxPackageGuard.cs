using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Xml;
using AdminDocs.Reading;
using AdminDocs.Validation;
using DocumentFormat.OpenXml.Packaging;

namespace AdminDocs.Docx.Package;

/// <summary>
/// Opens a .docx package safely. The bytes are inspected before the Open XML SDK touches them, and a file that is
/// not a readable .docx gives one clear AD0001 or AD0002 diagnostic instead of an exception: an empty file, a text
/// (or RTF, PDF) file named .docx, a truncated or damaged zip, a zip that is not a Word document (no
/// <c>[Content_Types].xml</c>, no main document part, an .odt, an Excel or PowerPoint file), an OLE compound file
/// (a password-protected .docx or a legacy binary .doc), a zip bomb (too many entries, a part or the whole package
/// over its size limit, a compression ratio over its limit: checked on the declared sizes and again on the real
/// bytes while inflating), and malformed XML in any XML part. A macro-enabled document (.docm) is opened, with an
/// info diagnostic saying that its macros were ignored. The SDK only ever sees a validated in-memory copy.
/// </summary>
internal static class DocxPackageGuard
{
    private const string ContentTypesPart = "[Content_Types].xml";
    private const string PackageRelationshipsPart = "_rels/.rels";
    private const string DefaultMainPart = "word/document.xml";
    private const string OfficeDocumentRelationship = "/officeDocument";

    /// <summary>Opens the package read-only, or reports why it cannot be read.</summary>
    /// <param name="stream">The input, positioned at the start. It is read to the end (bounded by
    /// <see cref="ReaderLimits.MaxInputBytes"/>) and not kept.</param>
    /// <param name="path">The file name, or <see langword="null"/>.</param>
    /// <param name="limits">The limits.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <param name="document">The opened document (the caller disposes it), or <see langword="null"/>.</param>
    /// <param name="diagnostics">On failure, the one AD0001 or AD0002 diagnostic; on success, info diagnostics
    /// (macros ignored) or none.</param>
    /// <returns>Whether the document was opened.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static bool TryOpen(Stream stream, string? path, ReaderLimits limits, CancellationToken cancellationToken, out WordprocessingDocument? document, out ImmutableArray<Diagnostic> diagnostics)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        if (limits is null)
        {
            throw new ArgumentNullException(nameof(limits));
        }

        _ = path; // Diagnostics of a whole file carry no location; the caller sets the path on the document.
        document = null;
        diagnostics = ImmutableArray<Diagnostic>.Empty;

        string? macroPart = null;
        var rejection = ReadBounded(stream, limits.MaxInputBytes, cancellationToken, out var data, out var length)
            ?? Inspect(data, length, limits, cancellationToken, out macroPart);
        if (rejection is not null)
        {
            diagnostics = rejection.ToDiagnostics();
            return false;
        }

        rejection = OpenWithSdk(data, length, limits, out document);
        if (rejection is not null)
        {
            diagnostics = rejection.ToDiagnostics();
            return false;
        }

        if (macroPart is not null)
        {
            diagnostics = ImmutableArray.Create(new Diagnostic(
                RuleCatalog.Get("AD0001"),
                DiagnosticSeverity.Info,
                "AD0001.macros-ignored",
                ImmutableArray.Create(macroPart),
                "source",
                null));
        }

        return true;
    }

    /// <summary>Checks the bytes of a would-be .docx without the SDK.</summary>
    /// <param name="data">The file.</param>
    /// <param name="length">The number of valid bytes in <paramref name="data"/>.</param>
    /// <param name="limits">The limits.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <param name="macroPart">The VBA project part of a macro-enabled document, or <see langword="null"/>.</param>
    /// <returns><see langword="null"/> when the package may be opened, or why not.</returns>
    internal static PackageRejection? Inspect(byte[] data, int length, ReaderLimits limits, CancellationToken cancellationToken, out string? macroPart)
    {
        macroPart = null;
        if (length == 0)
        {
            return PackageRejection.Unreadable("empty-file");
        }

        if (CompoundFileInspector.IsCompoundFile(data, length))
        {
            return CompoundFileInspector.IsEncryptedPackage(data, length)
                ? PackageRejection.Unreadable("encrypted")
                : PackageRejection.Unreadable("legacy-doc");
        }

        if (!StartsWithZipSignature(data, length))
        {
            return ClassifyNonZip(data, length);
        }

        var rejection = ZipCentralDirectory.TryRead(data, length, limits.MaxArchiveEntries, out var entries)
            ?? CheckEntries(entries)
            ?? CheckDeclaredSizes(entries, limits);
        if (rejection is not null)
        {
            return rejection;
        }

        var names = new Dictionary<string, ZipEntryRecord>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            names[entry.Name.TrimStart('/')] = entry;
        }

        if (!names.ContainsKey(ContentTypesPart))
        {
            return IsOpenDocument(data, names, limits, cancellationToken)
                ? PackageRejection.Unreadable("odf-file")
                : PackageRejection.Unreadable("missing-part", ContentTypesPart);
        }

        if (!names.ContainsKey(PackageRelationshipsPart))
        {
            return PackageRejection.Unreadable("missing-part", PackageRelationshipsPart);
        }

        // Inflate every entry once, counting real bytes, and parse every XML part to its end.
        var counter = new PackageCounter();
        var scratch = new byte[64 * 1024];
        string? mainPart = null;
        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.IsDirectory)
            {
                continue;
            }

            using var part = new BoundedPartStream(data, entry, limits, counter, cancellationToken);
            var isXml = entry.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.Name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
            var isPackageRelationships = string.Equals(entry.Name.TrimStart('/'), PackageRelationshipsPart, StringComparison.OrdinalIgnoreCase);
            XmlException? xmlError = null;
            if (isXml)
            {
                xmlError = ParseXml(part, limits, isPackageRelationships ? target => mainPart ??= target : null);
            }

            // What is left after the XML (trailing bytes, or a part that is not XML) is counted too.
            part.Drain(scratch);
            if (part.Rejection is not null)
            {
                return part.Rejection;
            }

            if (part.BytesRead != entry.UncompressedSize)
            {
                // The data does not match its declared size: damaged (or crafted to mislead).
                return PackageRejection.Unreadable("corrupt-zip", entry.Name);
            }

            if (xmlError is not null)
            {
                return PackageRejection.Unreadable(
                    "malformed-part",
                    entry.Name,
                    xmlError.LineNumber.ToString(CultureInfo.InvariantCulture),
                    xmlError.LinePosition.ToString(CultureInfo.InvariantCulture));
            }

            if (macroPart is null && entry.Name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))
            {
                macroPart = entry.Name;
            }
        }

        var main = mainPart is null ? DefaultMainPart : NormalizePartName(mainPart);
        if (!IsWordDocumentPart(main) && names.ContainsKey(main))
        {
            return PackageRejection.Unreadable("other-office-file", main);
        }

        return names.ContainsKey(main) ? null : PackageRejection.Unreadable("missing-part", main);
    }

    /// <summary>Reads the input into memory, no further than <paramref name="maxBytes"/>.</summary>
    private static PackageRejection? ReadBounded(Stream stream, long maxBytes, CancellationToken cancellationToken, out byte[] data, out int length)
    {
        // A byte array cannot hold more than about 2 GiB, whatever the limit says.
        var cap = Math.Min(maxBytes, int.MaxValue - 64L);
        if (stream.CanSeek)
        {
            var remaining = stream.Length - stream.Position;
            if (remaining > cap)
            {
                data = Array.Empty<byte>();
                length = 0;
                return PackageRejection.Limit("file-too-large", BoundedPartStream.Invariant(remaining), BoundedPartStream.Invariant(maxBytes));
            }

            data = new byte[Math.Max(remaining, 0)];
            length = 0;
            int n;
            while (length < data.Length && (n = stream.Read(data, length, data.Length - length)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                length += n;
            }

            return null;
        }

        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (copy.Length + read > cap)
            {
                data = Array.Empty<byte>();
                length = 0;
                return PackageRejection.Limit("file-too-large", "> " + BoundedPartStream.Invariant(maxBytes), BoundedPartStream.Invariant(maxBytes));
            }

            copy.Write(buffer, 0, read);
        }

        data = copy.GetBuffer();
        length = (int)copy.Length;
        return null;
    }

    private static bool StartsWithZipSignature(byte[] data, int length) =>
        length >= 4 && data[0] == (byte)'P' && data[1] == (byte)'K' &&
        ((data[2] == 3 && data[3] == 4) || (data[2] == 5 && data[3] == 6) || (data[2] == 7 && data[3] == 8));

    /// <summary>Says what a file that is not a zip is: RTF, PDF, text, or unknown (with its first bytes).</summary>
    private static PackageRejection ClassifyNonZip(byte[] data, int length)
    {
        if (StartsWith(data, length, "{\\rtf"))
        {
            return PackageRejection.Unreadable("rtf-file");
        }

        if (StartsWith(data, length, "%PDF-"))
        {
            return PackageRejection.Unreadable("pdf-file");
        }

        if (LooksLikeText(data, length))
        {
            return PackageRejection.Unreadable("text-file");
        }

        var hex = new StringBuilder();
        for (var i = 0; i < Math.Min(length, 8); i++)
        {
            hex.Append(i == 0 ? string.Empty : " ").Append(data[i].ToString("X2", CultureInfo.InvariantCulture));
        }

        return PackageRejection.Unreadable("not-a-zip", hex.ToString());
    }

    private static bool StartsWith(byte[] data, int length, string ascii)
    {
        if (length < ascii.Length)
        {
            return false;
        }

        for (var i = 0; i < ascii.Length; i++)
        {
            if (data[i] != ascii[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Text: the first 4 KiB have no NUL and no control character other than tab, CR, LF, FF (a UTF-16
    /// byte-order mark counts as text too).</summary>
    private static bool LooksLikeText(byte[] data, int length)
    {
        if (length >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
        {
            return true;
        }

        for (var i = 0; i < Math.Min(length, 4096); i++)
        {
            var b = data[i];
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C or 0x1A))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An entry the package cannot use: encrypted with zip (not Office) encryption, or compressed with a
    /// method other than stored or deflate.</summary>
    private static PackageRejection? CheckEntries(List<ZipEntryRecord> entries)
    {
        foreach (var entry in entries)
        {
            if ((entry.Flags & 1) != 0 || entry.Method is not (0 or 8) || (entry.Method == 0 && entry.CompressedSize != entry.UncompressedSize))
            {
                return PackageRejection.Unreadable("corrupt-zip", entry.Name);
            }
        }

        return null;
    }

    /// <summary>The limits checked on the sizes the central directory declares, before anything is inflated.</summary>
    private static PackageRejection? CheckDeclaredSizes(List<ZipEntryRecord> entries, ReaderLimits limits)
    {
        long total = 0;
        foreach (var entry in entries)
        {
            if (entry.UncompressedSize < 0 || entry.UncompressedSize > limits.MaxPartBytes)
            {
                var size = entry.UncompressedSize < 0 ? "> " + BoundedPartStream.Invariant(long.MaxValue) : BoundedPartStream.Invariant(entry.UncompressedSize);
                return PackageRejection.Limit("part-too-large", entry.Name, size, BoundedPartStream.Invariant(limits.MaxPartBytes));
            }

            if (BoundedPartStream.IsOverRatio(entry.UncompressedSize, entry.CompressedSize, limits))
            {
                return BoundedPartStream.RatioRejection(entry.Name, entry.UncompressedSize, entry.CompressedSize, limits);
            }

            total += entry.UncompressedSize;
            if (total > limits.MaxUncompressedBytes)
            {
                return PackageRejection.Limit("uncompressed-too-large", BoundedPartStream.Invariant(total), BoundedPartStream.Invariant(limits.MaxUncompressedBytes));
            }
        }

        return null;
    }

    /// <summary>Parses an XML part to its end; for <c>_rels/.rels</c> reports each officeDocument target.</summary>
    /// <returns>The XML error, or <see langword="null"/> (also when reading stopped at a limit: the caller checks
    /// the stream's rejection first).</returns>
    private static XmlException? ParseXml(BoundedPartStream part, ReaderLimits limits, Action<string>? onMainTarget)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
            MaxCharactersInDocument = limits.MaxPartBytes,
        };
        try
        {
            using var reader = XmlReader.Create(part, settings);
            while (reader.Read())
            {
                if (onMainTarget is not null && reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship"
                    && reader.GetAttribute("Type") is { } type && type.EndsWith(OfficeDocumentRelationship, StringComparison.Ordinal)
                    && reader.GetAttribute("TargetMode") is null or "Internal"
                    && reader.GetAttribute("Target") is { Length: > 0 } target)
                {
                    onMainTarget(target);
                }
            }

            return null;
        }
        catch (XmlException ex)
        {
            return part.Rejection is null ? ex : null;
        }
    }

    private static string NormalizePartName(string target)
    {
        var name = target.Replace('\\', '/');
        try
        {
            name = Uri.UnescapeDataString(name);
        }
        catch (UriFormatException)
        {
        }

        while (name.StartsWith("./", StringComparison.Ordinal))
        {
            name = name.Substring(2);
        }

        return name.TrimStart('/');
    }

    private static bool IsWordDocumentPart(string name) =>
        !(name.StartsWith("xl/", StringComparison.OrdinalIgnoreCase) || name.StartsWith("ppt/", StringComparison.OrdinalIgnoreCase));

    /// <summary>An OpenDocument file: its first entry "mimetype" holds application/vnd.oasis.opendocument....</summary>
    private static bool IsOpenDocument(byte[] data, Dictionary<string, ZipEntryRecord> names, ReaderLimits limits, CancellationToken cancellationToken)
    {
        if (!names.TryGetValue("mimetype", out var entry) || entry.UncompressedSize > 256)
        {
            return names.ContainsKey("content.xml") && names.ContainsKey("META-INF/manifest.xml");
        }

        using var part = new BoundedPartStream(data, entry, limits, new PackageCounter(), cancellationToken);
        var buffer = new byte[256];
        var length = 0;
        int n;
        while (length < buffer.Length && (n = part.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += n;
        }

        return Encoding.ASCII.GetString(buffer, 0, length).StartsWith("application/vnd.oasis.opendocument", StringComparison.Ordinal);
    }

    /// <summary>Opens the validated bytes with the SDK, read-only, with the part-size limit passed on.</summary>
    private static PackageRejection? OpenWithSdk(byte[] data, int length, ReaderLimits limits, out WordprocessingDocument? document)
    {
        document = null;
        var memory = new MemoryStream(data, 0, length, writable: false, publiclyVisible: true);
        try
        {
            document = WordprocessingDocument.Open(memory, false, new OpenSettings { MaxCharactersInPart = limits.MaxPartBytes });
            if (document.MainDocumentPart is null)
            {
                document.Dispose();
                document = null;
                return PackageRejection.Unreadable("missing-part", DefaultMainPart);
            }

            return null;
        }
#pragma warning disable CA1031 // The bytes are in memory: whatever the SDK throws is about the file's format, and must become a diagnostic.
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
#pragma warning restore CA1031
        {
            document?.Dispose();
            document = null;
            memory.Dispose();
            return PackageRejection.Unreadable("invalid-package", ex.Message);
        }
    }
}

using System;
using System.IO;
using AdminDocs.Docx.Writing;

namespace AdminDocs.Docx;

/// <summary>
/// Writes an <see cref="AdminDocument"/> as a .docx laid out as Nghị định 30/2020 Phụ lục I prescribes (or TT01 for a
/// document dated before 05/3/2020, HD36 for a Party document; see <see cref="DocxWriterOptions.Profile"/>): A4
/// portrait, the margins of the options, Times New Roman black, the borderless two-column header and footer tables,
/// drawn rules under the issuer, the Tiêu ngữ and the trích yếu, a justified body with a first-line indent, page
/// numbers from page 2, appendices in sections of their own with their own page numbering. Every paragraph uses a
/// Word style with a Vietnamese name ("Quốc hiệu", "Tiêu ngữ", "Trích yếu", "Nội dung", "Nơi nhận", "Chức vụ ký",
/// "Họ tên người ký" ...), so that editing the file in Word keeps the layout. <see cref="DocxReader"/> and the
/// recognizer read the file back to the same components. Stateless and thread-safe.
/// </summary>
public static class DocxWriter
{
    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/> as a .docx package.</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">A writable stream; left open. With a seekable stream the package is written from its current position.</param>
    /// <param name="options">The layout, or <see langword="null"/> for <see cref="DocxWriterOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="output"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is outside the range Nghị định 30 allows.</exception>
    /// <exception cref="IOException">Writing to the stream failed.</exception>
    public static void Write(AdminDocument document, Stream output, DocxWriterOptions? options = null)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        if (!output.CanWrite)
        {
            throw new ArgumentException("The stream is not writable.", nameof(output));
        }

        options ??= DocxWriterOptions.Default;
        options.Check();

        // The package is built in memory (the Open XML SDK needs a seekable read/write stream), then copied.
        using var buffer = new MemoryStream();
        DocxLayout.Write(document, buffer, options);
        buffer.Position = 0;
        buffer.CopyTo(output);
        output.Flush();
    }

    /// <summary>Writes <paramref name="document"/> to the file <paramref name="path"/> (created or overwritten).</summary>
    /// <param name="document">The document.</param>
    /// <param name="path">The file path, usually ending in ".docx".</param>
    /// <param name="options">The layout, or <see langword="null"/> for <see cref="DocxWriterOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is outside the range Nghị định 30 allows.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be written.</exception>
    public static void Write(AdminDocument document, string path, DocxWriterOptions? options = null)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        if (path.Length == 0)
        {
            throw new ArgumentException("The path is empty.", nameof(path));
        }

        (options ?? DocxWriterOptions.Default).Check();
        using var buffer = new MemoryStream();
        DocxLayout.Write(document, buffer, options ?? DocxWriterOptions.Default);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        buffer.Position = 0;
        buffer.CopyTo(file);
    }

    /// <summary>Returns <paramref name="document"/> as the bytes of a .docx package.</summary>
    /// <param name="document">The document.</param>
    /// <param name="options">The layout, or <see langword="null"/> for <see cref="DocxWriterOptions.Default"/>.</param>
    /// <returns>The package.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is outside the range Nghị định 30 allows.</exception>
    public static byte[] ToBytes(AdminDocument document, DocxWriterOptions? options = null)
    {
        using var buffer = new MemoryStream();
        Write(document, buffer, options);
        return buffer.ToArray();
    }
}

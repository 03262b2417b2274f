namespace AdminDocs.Docx;

/// <summary>
/// Facts about the .docx format (Office Open XML WordprocessingML) that AdminDocs reads and writes. The reader
/// and the writer of this package are built on DocumentFormat.OpenXml.
/// </summary>
public static class DocxFormat
{
    /// <summary>The format name used in results and JSON ("docx").</summary>
    public const string Name = "docx";

    /// <summary>The media type of a .docx file.</summary>
    public const string MediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The file extensions of the format (macro-enabled documents are read with their macros ignored).</summary>
    public static string[] Extensions => new[] { ".docx", ".docm" };
}

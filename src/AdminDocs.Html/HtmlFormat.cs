namespace AdminDocs.Html;

/// <summary>Facts about the HTML format that AdminDocs reads and writes with AngleSharp.</summary>
public static class HtmlFormat
{
    /// <summary>The format name used in results and JSON ("html").</summary>
    public const string Name = "html";

    /// <summary>The media type of an HTML page.</summary>
    public const string MediaType = "text/html";

    /// <summary>The file extensions of the format.</summary>
    public static string[] Extensions => new[] { ".html", ".htm" };
}

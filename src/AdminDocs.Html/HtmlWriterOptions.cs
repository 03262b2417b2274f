namespace AdminDocs.Html;

/// <summary>
/// How <see cref="HtmlWriter"/> writes a document. Immutable: set the properties in an object initializer or change
/// a copy with <c>with</c> (C# 9 or later), or, from any language version, chain the <c>With...</c> methods from
/// <see cref="Default"/>: <c>HtmlWriterOptions.Default.WithFullPage(false).WithPageTitle("Báo cáo")</c>.
/// </summary>
public sealed record HtmlWriterOptions
{
    /// <summary>The defaults: a full page with the embedded stylesheet.</summary>
    public static HtmlWriterOptions Default { get; } = new();

    /// <summary>
    /// Whether to write a full HTML5 page (<c>&lt;!DOCTYPE html&gt;</c>, <c>&lt;html lang="vi"&gt;</c>, head with
    /// charset, title and stylesheet; default) or only the <c>&lt;article&gt;</c> element, for embedding in a page.
    /// A fragment that includes the stylesheet carries it in a <c>&lt;style&gt;</c> element inside the article.
    /// </summary>
    public bool FullPage { get; init; } = true;

    /// <summary>
    /// Whether to embed the stylesheet that reproduces the layout of Nghị định 30/2020/NĐ-CP Phụ lục I on screen and
    /// in print (default <see langword="true"/>). Without it the markup is plain semantic HTML that the host styles;
    /// the stylesheet is available as <see cref="HtmlWriter.Stylesheet"/>.
    /// </summary>
    public bool IncludeStylesheet { get; init; } = true;

    /// <summary>The page title (<c>&lt;title&gt;</c>); <see langword="null"/> for the tên loại and trích yếu.</summary>
    public string? PageTitle { get; init; }

    /// <summary>A copy with another <see cref="FullPage"/>.</summary>
    /// <param name="value">Whether to write a full HTML5 page (otherwise only the <c>&lt;article&gt;</c> element).</param>
    /// <returns>The changed copy.</returns>
    public HtmlWriterOptions WithFullPage(bool value) => this with { FullPage = value };

    /// <summary>A copy with another <see cref="IncludeStylesheet"/>.</summary>
    /// <param name="value">Whether to embed the stylesheet.</param>
    /// <returns>The changed copy.</returns>
    public HtmlWriterOptions WithIncludeStylesheet(bool value) => this with { IncludeStylesheet = value };

    /// <summary>A copy with another <see cref="PageTitle"/>.</summary>
    /// <param name="value">The page title, or <see langword="null"/> for the tên loại and trích yếu.</param>
    /// <returns>The changed copy.</returns>
    public HtmlWriterOptions WithPageTitle(string? value) => this with { PageTitle = value };
}

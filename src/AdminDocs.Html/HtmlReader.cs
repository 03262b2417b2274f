using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Threading;
using AdminDocs.Html.Reading;
using AdminDocs.Reading;
using AdminDocs.Sources;
using AdminDocs.Validation;
using AngleSharp;
using AngleSharp.Css.Parser;
using AngleSharp.Html.Parser;

namespace AdminDocs.Html;

/// <summary>
/// Reads HTML pages (.html, .htm) into a <see cref="SourceDocument"/>: one block per printed line of each block
/// element in reading order, runs with the formatting a browser would compute from <c>&lt;b&gt;</c>,
/// <c>&lt;strong&gt;</c>, <c>&lt;i&gt;</c>, <c>&lt;em&gt;</c>, <c>&lt;font&gt;</c>, presentational attributes, the page's
/// <c>&lt;style&gt;</c> sheets and <c>style</c> attributes; tables and two-column CSS grid or flex layouts as table
/// cells; images and horizontal rules; and the page facts that <c>@page</c> states (size, margins, page numbers in
/// the margin boxes) — when it states none, the page rules report "not checked". Reads pages written by
/// <see cref="HtmlWriter"/>, Word's "Web Page, Filtered", LibreOffice and pandoc HTML and the table layouts of
/// government portals; the one <see cref="Recognition.DocumentRecognizer"/> does the rest.
/// </summary>
/// <remarks>
/// Never fetches anything (linked style sheets, images and frames are not loaded) and never runs scripts. Encoding
/// from a byte-order mark or the declared charset, never guessed: bytes that are not UTF-8 and legacy Vietnamese code
/// pages give AD0001, text typed in a legacy font encoding AD0003. Bounded: <see cref="ReaderLimits.MaxInputBytes"/>,
/// <see cref="ReaderLimits.MaxNestingDepth"/> (checked before parsing), <see cref="ReaderLimits.MaxBlocks"/> and
/// <see cref="ReaderLimits.MaxBlockLength"/> give AD0002; the DOM is walked with an explicit stack. Throws only for
/// null arguments, I/O errors and cancellation. Stateless and thread-safe.
/// </remarks>
public sealed class HtmlReader : IDocumentReader
{
    /// <inheritdoc/>
    public string Format => HtmlFormat.Name;

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = HtmlFormat.Extensions;

    /// <inheritdoc/>
    public SourceDocument Read(Stream stream, string? path, ReaderLimits limits, CancellationToken cancellationToken)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        limits ??= ReaderLimits.Default;
        cancellationToken.ThrowIfCancellationRequested();
        if (stream.CanSeek && stream.Length - stream.Position > limits.MaxInputBytes)
        {
            return Empty(path, ReaderDiagnostics.Create("AD0002", "file-too-large", null, (stream.Length - stream.Position).ToString(CultureInfo.InvariantCulture), limits.MaxInputBytes.ToString(CultureInfo.InvariantCulture)));
        }

        var bytes = ReadBounded(stream, limits.MaxInputBytes, cancellationToken);
        if (bytes is null)
        {
            return Empty(path, ReaderDiagnostics.Create("AD0002", "file-too-large", null, "> " + limits.MaxInputBytes.ToString(CultureInfo.InvariantCulture), limits.MaxInputBytes.ToString(CultureInfo.InvariantCulture)));
        }

        var text = HtmlDecoder.Decode(bytes, out var problem, out _);
        return text is null ? Empty(path, problem!) : ReadHtml(text, path, limits, cancellationToken);
    }

    /// <summary>Reads a page that is already decoded to text.</summary>
    /// <param name="html">The page.</param>
    /// <param name="path">The file name for locations, or <see langword="null"/>.</param>
    /// <param name="limits">The limits, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The source document, with reader diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    public static SourceDocument ReadHtml(string html, string? path = null, ReaderLimits? limits = null, CancellationToken cancellationToken = default)
    {
        if (html is null)
        {
            throw new ArgumentNullException(nameof(html));
        }

        limits ??= ReaderLimits.Default;
        if (html.Length > limits.MaxInputBytes)
        {
            return Empty(path, ReaderDiagnostics.Create("AD0002", "file-too-large", null, html.Length.ToString(CultureInfo.InvariantCulture), limits.MaxInputBytes.ToString(CultureInfo.InvariantCulture)));
        }

        var depth = NestingScanner.MaxDepth(html, limits.MaxNestingDepth, out var offset);
        if (depth > limits.MaxNestingDepth)
        {
            return Empty(path, ReaderDiagnostics.Create("AD0002", "nesting-too-deep", LocationOf(html, offset), limits.MaxNestingDepth.ToString(CultureInfo.InvariantCulture)));
        }

        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var context = BrowsingContext.New(AngleSharp.Configuration.Default);
            var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false, IsKeepingSourceReferences = true }, context);
            using var document = parser.ParseDocument(html);
            cancellationToken.ThrowIfCancellationRequested();

            var rules = new List<CssStyleRule>();
            var pages = new List<CssPageRule>();
            foreach (var style in document.GetElementsByTagName("style"))
            {
                CssParser.ParseSheet(style.TextContent, rules, pages, HtmlStyleResolver.MaxRules);
            }

            var resolver = new HtmlStyleResolver(rules, context.GetService<ICssSelectorParser>() ?? throw new InvalidOperationException("AngleSharp has no CSS selector parser."));
            var flattener = new HtmlFlattener(resolver, limits, cancellationToken);
            flattener.Flatten(document);
            var blocks = flattener.Blocks;
            var section = PageFactsReader.Read(pages, blocks.Length);
            return new SourceDocument(HtmlFormat.Name, blocks)
            {
                Path = path,
                Facts = section is null ? SourceFacts.Layout : SourceFacts.Layout | SourceFacts.Page,
                Diagnostics = flattener.Diagnostics.AddRange(LegacyEncodingScan.Diagnose(blocks)),
                Sections = section is null ? ImmutableArray<PageSection>.Empty : ImmutableArray.Create(section),
                Images = flattener.Images,
                Lines = flattener.Lines,
            };
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // A page that cannot be read must give a diagnostic, never an exception (the reader contract).
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Empty(path, ReaderDiagnostics.Create("AD0001", "malformed-html", null, ex.GetType().Name + ": " + ex.Message));
        }
    }

    private static SourceDocument Empty(string? path, Diagnostic diagnostic) =>
        new(HtmlFormat.Name, ImmutableArray<SourceBlock>.Empty)
        {
            Path = path,
            Facts = SourceFacts.Layout,
            Diagnostics = ImmutableArray.Create(diagnostic),
        };

    private static SourceLocation? LocationOf(string text, int offset)
    {
        if (offset < 0)
        {
            return null;
        }

        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return SourceLocation.AtLine(line, offset - lineStart + 1);
    }

    private static byte[]? ReadBounded(Stream stream, long max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (buffer.Length + n > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }
}

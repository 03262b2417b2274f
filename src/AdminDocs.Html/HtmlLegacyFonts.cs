using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using AdminDocs.Decree;
using AdminDocs.Html.Reading;
using AdminDocs.Reading;
using AdminDocs.Text.Encodings;
using AngleSharp;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace AdminDocs.Html;

/// <summary>What <see cref="HtmlLegacyFonts.Convert(Stream, Stream)"/> did.</summary>
public sealed class HtmlLegacyFontConversion
{
    /// <summary>Creates the result.</summary>
    /// <param name="tcvn3Texts">Text nodes converted from TCVN3 (<c>.Vn…</c> fonts).</param>
    /// <param name="vniTexts">Text nodes converted from VNI (<c>VNI-…</c> fonts).</param>
    /// <param name="unicodeTextsLeft">Text nodes in a legacy font left as they are (already Unicode, or reading
    /// as Vietnamese either way with no proof of the encoding in the page).</param>
    /// <param name="fontDeclarations">font-family declarations and <c>face</c> attributes rewritten to Times New
    /// Roman.</param>
    public HtmlLegacyFontConversion(int tcvn3Texts, int vniTexts, int unicodeTextsLeft, int fontDeclarations)
    {
        Tcvn3Texts = tcvn3Texts;
        VniTexts = vniTexts;
        UnicodeTextsLeft = unicodeTextsLeft;
        FontDeclarations = fontDeclarations;
    }

    /// <summary>Text nodes converted from TCVN3.</summary>
    public int Tcvn3Texts { get; }

    /// <summary>Text nodes converted from VNI.</summary>
    public int VniTexts { get; }

    /// <summary>Text nodes in a legacy font left as they are.</summary>
    public int UnicodeTextsLeft { get; }

    /// <summary>font-family declarations and <c>face</c> attributes rewritten to Times New Roman.</summary>
    public int FontDeclarations { get; }

    /// <summary>Whether anything was converted (when not, the output is the input, byte for byte).</summary>
    public bool Changed => Tcvn3Texts + VniTexts > 0;
}

/// <summary>
/// Converts the text of an HTML page typed in a legacy Vietnamese font (<c>.VnTime</c>/<c>.VnTimeH</c>: TCVN3;
/// <c>VNI-Times</c>: VNI; named by a <c>style</c> attribute, a style sheet or <c>&lt;font face&gt;</c>, and inherited)
/// to Unicode, and rewrites those font names to Times New Roman. The characters decide with the font, as for AD0003:
/// a text in a legacy font is converted when it holds a character of that encoding that Unicode Vietnamese never uses
/// and no Unicode Vietnamese letter, or when it reads as Vietnamese either way and the page proved the encoding
/// elsewhere. A page with nothing to convert is written back byte for byte; a converted page is written as UTF-8 from
/// the parsed document (its <c>meta</c> charset set to utf-8), everything else in it kept.
/// </summary>
public static class HtmlLegacyFonts
{
    private static readonly Regex FontFamilyDeclaration = new(@"(?<name>font-family|font)(?<colon>\s*:\s*)(?<value>(?:[^;}""']|""[^""]*""|'[^']*')*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Converts the legacy-font text of the page in <paramref name="input"/> (bytes, decoded from its BOM or
    /// declared charset as <see cref="HtmlReader"/> does) and writes the page to <paramref name="output"/>.</summary>
    /// <param name="input">The page (read to its end).</param>
    /// <param name="output">Where the page is written: the input unchanged when nothing was converted, else UTF-8.</param>
    /// <returns>What was converted.</returns>
    /// <exception cref="ArgumentNullException">A stream is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDataException">The bytes cannot be decoded (invalid UTF-8, unknown charset).</exception>
    public static HtmlLegacyFontConversion Convert(Stream input, Stream output)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var html = HtmlDecoder.Decode(bytes, out var problem, out _)
            ?? throw new InvalidDataException("The page cannot be decoded: " + problem?.GetMessage(Validation.MessageLanguage.English));
        var result = Convert(html, out var converted);
        if (!result.Changed)
        {
            output.Write(bytes, 0, bytes.Length);
            return result;
        }

        var utf8 = new UTF8Encoding(false).GetBytes(converted);
        output.Write(utf8, 0, utf8.Length);
        return result;
    }

    /// <summary>Converts the legacy-font text of a page already decoded to text.</summary>
    /// <param name="html">The page.</param>
    /// <param name="converted">The page converted, or <paramref name="html"/> itself when nothing was.</param>
    /// <returns>What was converted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    public static HtmlLegacyFontConversion Convert(string html, out string converted)
    {
        if (html is null)
        {
            throw new ArgumentNullException(nameof(html));
        }

        converted = html;
        var context = BrowsingContext.New(AngleSharp.Configuration.Default);
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false }, context);
        using var document = parser.ParseDocument(html);
        var rules = new List<CssStyleRule>();
        var pages = new List<CssPageRule>();
        foreach (var style in document.GetElementsByTagName("style"))
        {
            CssParser.ParseSheet(style.TextContent, rules, pages, HtmlStyleResolver.MaxRules);
        }

        var resolver = new HtmlStyleResolver(rules, context.GetService<ICssSelectorParser>() ?? throw new InvalidOperationException("AngleSharp has no CSS selector parser."));
        var texts = LegacyTexts(document, resolver);
        var proven = new HashSet<LegacyEncoding>(texts.Where(t => t.Kind == Kind.Legacy).Select(t => t.Encoding));
        var counts = new int[3];
        foreach (var (node, encoding, capital, kind) in texts)
        {
            if (kind == Kind.Legacy || (kind == Kind.Undecided && proven.Contains(encoding)))
            {
                node.TextContent = VietnameseEncodings.ToUnicode(node.TextContent, encoding, capital);
                counts[encoding == LegacyEncoding.Tcvn3 ? 0 : 1]++;
            }
            else if (kind != Kind.Ascii)
            {
                counts[2]++;
            }
        }

        if (counts[0] + counts[1] == 0)
        {
            return new HtmlLegacyFontConversion(0, 0, counts[2], 0);
        }

        var fonts = RewriteFonts(document, proven);
        foreach (var meta in document.GetElementsByTagName("meta"))
        {
            if (meta.HasAttribute("charset"))
            {
                meta.SetAttribute("charset", "utf-8");
            }
            else if (string.Equals(meta.GetAttribute("http-equiv"), "content-type", StringComparison.OrdinalIgnoreCase))
            {
                meta.SetAttribute("content", "text/html; charset=utf-8");
            }
        }

        converted = document.ToHtml();
        return new HtmlLegacyFontConversion(counts[0], counts[1], counts[2], fonts);
    }

    private enum Kind
    {
        Ascii,
        Unicode,
        Legacy,
        Undecided,
    }

    private static List<(IText Node, LegacyEncoding Encoding, bool Capital, Kind Kind)> LegacyTexts(IDocument document, HtmlStyleResolver resolver)
    {
        var result = new List<(IText, LegacyEncoding, bool, Kind)>();
        if (document.DocumentElement is not { } root)
        {
            return result;
        }

        var stack = new Stack<(INode Node, ElementStyle Parent)>();
        stack.Push((root, new ElementStyle { Display = "block" }));
        while (stack.Count > 0)
        {
            var (node, parent) = stack.Pop();
            if (node is IText text)
            {
                if (parent.FontFamily is { } font && VietnameseEncodings.EncodingOfFont(font) is { } encoding)
                {
                    result.Add((text, encoding, VietnameseEncodings.IsCapitalFont(font), Classify(text.Data, encoding)));
                }

                continue;
            }

            if (node is not IElement element || element.LocalName is "script" or "style" or "template" or "title")
            {
                continue;
            }

            var style = resolver.Compute(element, parent);
            for (var i = element.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push((element.ChildNodes[i], style));
            }
        }

        result.Reverse();
        return result;
    }

    private static Kind Classify(string text, LegacyEncoding encoding)
    {
        if (LegacyEncodingScan.HasUnicodeLetter(text))
        {
            return Kind.Unicode;
        }

        if (!text.Any(c => c >= 0x80 && !char.IsWhiteSpace(c)))
        {
            return Kind.Ascii;
        }

        return LegacyEncodingScan.EvidenceOf(text, encoding).Length > 0 ? Kind.Legacy : Kind.Undecided;
    }

    // font-family declarations (style attributes, style sheets) and face attributes that name a font of a converted
    // encoding name Times New Roman instead.
    private static int RewriteFonts(IDocument document, HashSet<LegacyEncoding> converted)
    {
        var count = 0;
        foreach (var element in document.All)
        {
            if (element.GetAttribute("style") is { } style && RewriteDeclarations(style, converted, ref count) is { } newStyle)
            {
                element.SetAttribute("style", newStyle);
            }

            if (element.LocalName == "font" && element.GetAttribute("face") is { } face && RewriteFamilies(face, converted, css: false) is { } newFace)
            {
                element.SetAttribute("face", newFace);
                count++;
            }

            if (element.LocalName == "style" && RewriteDeclarations(element.TextContent, converted, ref count) is { } sheet)
            {
                element.TextContent = sheet;
            }
        }

        return count;
    }

    private static string? RewriteDeclarations(string css, HashSet<LegacyEncoding> converted, ref int count)
    {
        var changed = 0;
        var result = FontFamilyDeclaration.Replace(css, m =>
        {
            if (RewriteFamilies(m.Groups["value"].Value, converted, css: true) is not { } value)
            {
                return m.Value;
            }

            changed++;
            return m.Groups["name"].Value + m.Groups["colon"].Value + value;
        });
        count += changed;
        return changed > 0 ? result : null;
    }

    private static string? RewriteFamilies(string value, HashSet<LegacyEncoding> converted, bool css)
    {
        var parts = value.Split(',');
        var changed = false;
        var families = new List<string>();
        foreach (var part in parts)
        {
            var name = part.Trim().Trim('"', '\'').Trim();
            // In the font shorthand the family list follows the size: the last token of the first part is the name.
            var lastSpace = families.Count == 0 && !name.StartsWith(".", StringComparison.Ordinal) && !Fonts.IsLegacy(name) ? name.LastIndexOf(' ') : -1;
            var family = lastSpace >= 0 ? name.Substring(lastSpace + 1).Trim('"', '\'') : name;
            if (VietnameseEncodings.EncodingOfFont(family) is { } encoding && converted.Contains(encoding))
            {
                changed = true;
                var times = css ? "'" + Fonts.TimesNewRoman + "'" : Fonts.TimesNewRoman;
                var replacement = lastSpace >= 0 ? part.Substring(0, part.LastIndexOf(family, StringComparison.Ordinal)).TrimStart() + times : times;
                if (!families.Contains(replacement))
                {
                    families.Add(replacement);
                }
            }
            else
            {
                families.Add(part.Trim());
            }
        }

        return changed ? string.Join(", ", families) : null;
    }
}

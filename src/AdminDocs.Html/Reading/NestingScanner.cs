using System;
using System.Collections.Generic;

namespace AdminDocs.Html.Reading;

/// <summary>
/// Measures how deep a page's elements nest before the HTML parser sees it, in one linear pass over the text with a
/// stack of open tag names: void elements and self-closed tags do not nest, elements whose end tag is optional
/// (<c>p</c>, <c>li</c>, <c>td</c> ...) close an open one of the same name as the parser would, raw-text elements
/// (<c>script</c>, <c>style</c>, <c>textarea</c>, <c>title</c>) and comments are skipped. It stops as soon as the
/// depth passes the limit. The HTML parser builds deep trees slowly (it needs minutes for 100,000 nested
/// <c>div</c>s), so a page over the limit is refused before parsing.
/// </summary>
internal static class NestingScanner
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame",
    };

    private static readonly HashSet<string> OptionalEnd = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext" };

    /// <summary>The deepest nesting found, or a value above <paramref name="limit"/> as soon as it is passed.</summary>
    /// <param name="html">The page.</param>
    /// <param name="limit">The limit.</param>
    /// <param name="offset">The offset of the tag that passed the limit, or -1.</param>
    public static int MaxDepth(string html, int limit, out int offset)
    {
        offset = -1;
        var stack = new List<string>();
        var max = 0;
        var i = 0;
        var n = html.Length;
        while (i < n)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= n)
            {
                break;
            }

            var next = html[lt + 1];
            if (next == '!')
            {
                if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
                {
                    var endComment = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                    i = endComment < 0 ? n : endComment + 3;
                }
                else
                {
                    var gt = html.IndexOf('>', lt);
                    i = gt < 0 ? n : gt + 1;
                }

                continue;
            }

            var closing = next == '/';
            var nameStart = closing ? lt + 2 : lt + 1;
            var k = nameStart;
            while (k < n && (char.IsLetterOrDigit(html[k]) || html[k] is '-' or ':' or '_'))
            {
                k++;
            }

            if (k == nameStart || !char.IsLetter(html[nameStart]))
            {
                i = lt + 1;
                continue;
            }

            var name = html.Substring(nameStart, k - nameStart).ToLowerInvariant();
            var tagEnd = TagEnd(html, k);
            var selfClosed = tagEnd > 0 && html[tagEnd - 1] == '/';
            i = tagEnd + 1;
            if (closing)
            {
                var at = stack.LastIndexOf(name);
                if (at >= 0)
                {
                    stack.RemoveRange(at, stack.Count - at);
                }

                continue;
            }

            if (Void.Contains(name) || selfClosed)
            {
                continue;
            }

            if (OptionalEnd.Contains(name))
            {
                // An open element of the same name near the top is closed by this one (<p>a<p>b, <li>a<li>b).
                for (var s = stack.Count - 1; s >= Math.Max(0, stack.Count - 4); s--)
                {
                    if (stack[s] == name)
                    {
                        stack.RemoveRange(s, stack.Count - s);
                        break;
                    }
                }
            }

            stack.Add(name);
            if (stack.Count > max)
            {
                max = stack.Count;
                if (max > limit)
                {
                    offset = lt;
                    return max;
                }
            }

            if (RawText.Contains(name))
            {
                var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? n : close;
            }
        }

        return max;
    }

    private static int TagEnd(string html, int from)
    {
        var quote = '\0';
        for (var i = from; i < html.Length; i++)
        {
            var ch = html[i];
            if (quote != '\0')
            {
                if (ch == quote)
                {
                    quote = '\0';
                }
            }
            else if (ch is '"' or '\'')
            {
                quote = ch;
            }
            else if (ch == '>')
            {
                return i;
            }
        }

        return html.Length - 1;
    }
}

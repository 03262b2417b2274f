using System;
using System.Collections.Generic;
using System.Text;

namespace AdminDocs.Html.Reading;

/// <summary>One CSS declaration: a lower-case property name, its value and whether it is <c>!important</c>.</summary>
internal readonly struct CssDeclaration
{
    public CssDeclaration(string property, string value, bool important)
    {
        Property = property;
        Value = value;
        Important = important;
    }

    public string Property { get; }

    public string Value { get; }

    public bool Important { get; }
}

/// <summary>A style rule of a style sheet: its selector text (one selector of a list) and its declarations.</summary>
internal sealed class CssStyleRule
{
    public CssStyleRule(string selector, IReadOnlyList<CssDeclaration> declarations, int order)
    {
        Selector = selector;
        Declarations = declarations;
        Order = order;
    }

    public string Selector { get; }

    public IReadOnlyList<CssDeclaration> Declarations { get; }

    public int Order { get; }
}

/// <summary>An <c>@page</c> rule: its selector (<c>""</c>, <c>":first"</c>, a page name), declarations and margin boxes.</summary>
internal sealed class CssPageRule
{
    public CssPageRule(string selector, IReadOnlyList<CssDeclaration> declarations, IReadOnlyList<(string Box, IReadOnlyList<CssDeclaration> Declarations)> marginBoxes)
    {
        Selector = selector;
        Declarations = declarations;
        MarginBoxes = marginBoxes;
    }

    public string Selector { get; }

    public IReadOnlyList<CssDeclaration> Declarations { get; }

    public IReadOnlyList<(string Box, IReadOnlyList<CssDeclaration> Declarations)> MarginBoxes { get; }
}

/// <summary>
/// A small, bounded CSS parser for the part of CSS that carries the facts of a printed document: style rules
/// (selector lists and declarations), <c>@page</c> rules with their margin boxes, and <c>@media</c> blocks for print or
/// all media. Everything else (<c>@import</c>, <c>@font-face</c>, Word's <c>@list</c>, other media) is skipped and
/// nothing is ever fetched. Linear in the input; nesting deeper than <see cref="MaxNesting"/> is skipped.
/// </summary>
internal static class CssParser
{
    public const int MaxNesting = 16;

    public static void ParseSheet(string css, List<CssStyleRule> rules, List<CssPageRule> pages, int maxRules)
    {
        var text = StripComments(css);
        ParseRules(text, 0, text.Length, rules, pages, maxRules, 0);
    }

    /// <summary>Parses a declaration block (the inside of <c>{...}</c> or a <c>style</c> attribute).</summary>
    public static List<CssDeclaration> ParseDeclarations(string text)
    {
        var list = new List<CssDeclaration>();
        foreach (var part in SplitTopLevel(text, ';'))
        {
            var colon = part.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var name = part.Substring(0, colon).Trim().ToLowerInvariant();
            var value = part.Substring(colon + 1).Trim();
            var important = false;
            var bang = value.LastIndexOf('!');
            if (bang >= 0 && value.Substring(bang + 1).Trim().Equals("important", StringComparison.OrdinalIgnoreCase))
            {
                important = true;
                value = value.Substring(0, bang).Trim();
            }

            if (name.Length > 0 && value.Length > 0)
            {
                list.Add(new CssDeclaration(name, value, important));
            }
        }

        return list;
    }

    /// <summary>Splits on <paramref name="separator"/> outside quotes, parentheses and brackets.</summary>
    public static List<string> SplitTopLevel(string text, char separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var quote = '\0';
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quote != '\0')
            {
                if (ch == '\\')
                {
                    i++;
                }
                else if (ch == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            switch (ch)
            {
                case '"':
                case '\'':
                    quote = ch;
                    break;
                case '(':
                case '[':
                    depth++;
                    break;
                case ')':
                case ']':
                    depth = Math.Max(0, depth - 1);
                    break;
                default:
                    if (ch == separator && depth == 0)
                    {
                        parts.Add(text.Substring(start, i - start));
                        start = i + 1;
                    }

                    break;
            }
        }

        if (start < text.Length)
        {
            parts.Add(text.Substring(start));
        }

        return parts;
    }

    private static void ParseRules(string text, int start, int end, List<CssStyleRule> rules, List<CssPageRule> pages, int maxRules, int nesting)
    {
        var i = start;
        while (i < end)
        {
            // The prelude runs to '{' or, for statements such as @import and @charset, to ';'.
            var preludeStart = i;
            var open = -1;
            var quote = '\0';
            for (; i < end; i++)
            {
                var ch = text[i];
                if (quote != '\0')
                {
                    if (ch == quote)
                    {
                        quote = '\0';
                    }

                    continue;
                }

                if (ch is '"' or '\'')
                {
                    quote = ch;
                }
                else if (ch == '{')
                {
                    open = i;
                    break;
                }
                else if (ch == ';' || ch == '}')
                {
                    break;
                }
            }

            if (open < 0)
            {
                i++;
                continue;
            }

            var close = MatchingBrace(text, open, end);
            var prelude = text.Substring(preludeStart, open - preludeStart).Trim();
            var bodyStart = open + 1;
            var bodyEnd = close;
            i = close + 1;
            if (prelude.StartsWith("@", StringComparison.Ordinal))
            {
                var name = AtName(prelude);
                if (name == "media" && nesting < MaxNesting && MediaApplies(prelude.Substring(6)))
                {
                    ParseRules(text, bodyStart, bodyEnd, rules, pages, maxRules, nesting + 1);
                }
                else if (name == "page")
                {
                    pages.Add(ParsePage(prelude.Substring(5).Trim(), text.Substring(bodyStart, bodyEnd - bodyStart)));
                }

                continue;
            }

            if (rules.Count >= maxRules)
            {
                continue;
            }

            var declarations = ParseDeclarations(text.Substring(bodyStart, bodyEnd - bodyStart));
            if (declarations.Count == 0)
            {
                continue;
            }

            foreach (var selector in SplitTopLevel(prelude, ','))
            {
                var s = selector.Trim();
                if (s.Length > 0 && rules.Count < maxRules)
                {
                    rules.Add(new CssStyleRule(s, declarations, rules.Count));
                }
            }
        }
    }

    private static CssPageRule ParsePage(string selector, string body)
    {
        // Declarations and nested margin boxes (@top-center { ... }).
        var boxes = new List<(string, IReadOnlyList<CssDeclaration>)>();
        var own = new StringBuilder();
        var i = 0;
        while (i < body.Length)
        {
            var at = body.IndexOf('@', i);
            if (at < 0)
            {
                own.Append(body, i, body.Length - i);
                break;
            }

            own.Append(body, i, at - i);
            var open = body.IndexOf('{', at);
            if (open < 0)
            {
                break;
            }

            var close = MatchingBrace(body, open, body.Length);
            boxes.Add((body.Substring(at + 1, open - at - 1).Trim().ToLowerInvariant(), ParseDeclarations(body.Substring(open + 1, close - open - 1))));
            i = close + 1;
        }

        return new CssPageRule(selector, ParseDeclarations(own.ToString()), boxes);
    }

    private static bool MediaApplies(string query)
    {
        var q = query.ToLowerInvariant();
        return q.Contains("print") || q.Contains("all") || q.Trim().Length == 0;
    }

    private static string AtName(string prelude)
    {
        var k = 1;
        while (k < prelude.Length && (char.IsLetterOrDigit(prelude[k]) || prelude[k] == '-'))
        {
            k++;
        }

        return prelude.Substring(1, k - 1).ToLowerInvariant();
    }

    private static int MatchingBrace(string text, int open, int end)
    {
        var depth = 0;
        var quote = '\0';
        for (var i = open; i < end; i++)
        {
            var ch = text[i];
            if (quote != '\0')
            {
                if (ch == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            if (ch is '"' or '\'')
            {
                quote = ch;
            }
            else if (ch == '{')
            {
                depth++;
            }
            else if (ch == '}' && --depth == 0)
            {
                return i;
            }
        }

        return end;
    }

    private static string StripComments(string css)
    {
        var sb = new StringBuilder(css.Length);
        var i = 0;
        while (i < css.Length)
        {
            if (css[i] == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                var endComment = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = endComment < 0 ? css.Length : endComment + 2;
                sb.Append(' ');
                continue;
            }

            // Old pages hide their style sheets from ancient browsers in <!-- -->; the markers are not CSS.
            if (string.CompareOrdinal(css, i, "<!--", 0, 4) == 0)
            {
                i += 4;
                continue;
            }

            if (string.CompareOrdinal(css, i, "-->", 0, 3) == 0)
            {
                i += 3;
                continue;
            }

            sb.Append(css[i]);
            i++;
        }

        return sb.ToString();
    }
}

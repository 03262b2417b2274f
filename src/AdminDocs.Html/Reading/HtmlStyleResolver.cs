using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AdminDocs.Sources;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;

namespace AdminDocs.Html.Reading;

/// <summary>
/// Computes each element's style the way a browser cascades it, for the properties a printed document needs: the
/// user-agent defaults of the tags (<c>b</c>, <c>strong</c>, <c>i</c>, <c>em</c>, <c>h1</c>–<c>h6</c>, <c>th</c>,
/// <c>center</c> ...), presentational attributes (<c>align</c>, <c>&lt;font&gt;</c>, <c>width</c>), the rules of the
/// page's <c>&lt;style&gt;</c> sheets by specificity and order, then the <c>style</c> attribute, with
/// <c>!important</c>. Rules are indexed by the id, class or tag of their last compound selector so that an element
/// is matched only against the rules that can apply to it.
/// </summary>
internal sealed class HtmlStyleResolver
{
    /// <summary>The most style rules read from a page's style sheets; later rules are ignored.</summary>
    public const int MaxRules = 10_000;

    private static readonly string[] PseudoElements = { "::", ":before", ":after", ":first-line", ":first-letter", ":hover", ":focus", ":active", ":visited", ":marker", ":selection" };

    private readonly List<Rule> _universal = new();
    private readonly Dictionary<string, List<Rule>> _byTag = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Rule>> _byClass = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Rule>> _byId = new(StringComparer.Ordinal);
    private readonly List<Rule> _candidates = new();
    private readonly List<(ISelector Selector, double? WidthMm)> _lineAfter = new();

    /// <summary>The most <c>::after</c> rules that draw a line (a rule under a heading) that are looked at.</summary>
    private const int MaxLineAfterRules = 100;

    /// <summary>
    /// A <c>::after</c> rule that draws a line under its element (<c>content</c> with a top or bottom border), as the
    /// writer's stylesheet draws the rules under the issuer and the trích yếu: the base selector and the line's width.
    /// </summary>
    private static (ISelector, double?)? DrawnAfter(CssStyleRule rule, ICssSelectorParser parser)
    {
        var text = rule.Selector.Trim();
        var suffix = text.EndsWith("::after", StringComparison.OrdinalIgnoreCase) ? 7 : text.EndsWith(":after", StringComparison.OrdinalIgnoreCase) ? 6 : 0;
        if (suffix == 0)
        {
            return null;
        }

        var content = false;
        var border = false;
        double? width = null;
        foreach (var d in rule.Declarations)
        {
            switch (d.Property)
            {
                case "content":
                    content = !d.Value.Trim().Equals("none", StringComparison.OrdinalIgnoreCase);
                    break;
                case "border-top":
                case "border-bottom":
                case "border":
                    border = CssValues.Border(d.Value);
                    break;
                case "width":
                    width = d.Value.Trim().EndsWith("%", StringComparison.Ordinal) ? null : CssValues.LengthMm(d.Value, 12);
                    break;
            }
        }

        if (!content || !border)
        {
            return null;
        }

        try
        {
            return parser.ParseSelector(text.Substring(0, text.Length - suffix)) is { } selector ? (selector, width) : null;
        }
#pragma warning disable CA1031 // A selector AngleSharp cannot parse is ignored, as a browser ignores it.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    public HtmlStyleResolver(IReadOnlyList<CssStyleRule> rules, ICssSelectorParser selectorParser)
    {
        foreach (var rule in rules)
        {
            if (DrawnAfter(rule, selectorParser) is { } after)
            {
                if (_lineAfter.Count < MaxLineAfterRules)
                {
                    _lineAfter.Add(after);
                }

                continue;
            }

            if (Array.Exists(PseudoElements, p => rule.Selector.IndexOf(p, StringComparison.OrdinalIgnoreCase) >= 0))
            {
                continue;
            }

            ISelector? selector;
            try
            {
                selector = selectorParser.ParseSelector(rule.Selector);
            }
#pragma warning disable CA1031 // A selector AngleSharp cannot parse is ignored, as a browser ignores it.
            catch (Exception)
#pragma warning restore CA1031
            {
                selector = null;
            }

            if (selector is null)
            {
                continue;
            }

            var spec = selector.Specificity;
            var r = new Rule(selector, (spec.Ids * 65536) + (spec.Classes * 256) + spec.Tags, rule.Order, rule.Declarations);
            Index(rule.Selector, r);
        }
    }

    private sealed class Rule
    {
        public Rule(ISelector selector, int specificity, int order, IReadOnlyList<CssDeclaration> declarations)
        {
            Selector = selector;
            Specificity = specificity;
            Order = order;
            Declarations = declarations;
        }

        public ISelector Selector { get; }

        public int Specificity { get; }

        public int Order { get; }

        public IReadOnlyList<CssDeclaration> Declarations { get; }
    }

    private void Index(string selectorText, Rule rule)
    {
        // The last compound selector: after the last combinator outside brackets.
        var s = selectorText.Trim();
        var start = 0;
        var depth = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var ch = s[i];
            if (ch is '[' or '(')
            {
                depth++;
            }
            else if (ch is ']' or ')')
            {
                depth--;
            }
            else if (depth == 0 && (ch is ' ' or '>' or '+' or '~'))
            {
                start = i + 1;
            }
        }

        var last = s.Substring(start);
        var hash = last.IndexOf('#');
        if (hash >= 0 && Name(last, hash + 1) is { Length: > 0 } id)
        {
            Add(_byId, id, rule);
            return;
        }

        var dot = last.IndexOf('.');
        if (dot >= 0 && Name(last, dot + 1) is { Length: > 0 } cls)
        {
            Add(_byClass, cls, rule);
            return;
        }

        var tag = Name(last, 0);
        if (tag.Length > 0)
        {
            Add(_byTag, tag, rule);
            return;
        }

        _universal.Add(rule);
    }

    private static string Name(string s, int from)
    {
        var k = from;
        while (k < s.Length && (char.IsLetterOrDigit(s[k]) || s[k] is '-' or '_' || s[k] > 127))
        {
            k++;
        }

        return s.Substring(from, k - from);
    }

    private static void Add(Dictionary<string, List<Rule>> map, string key, Rule rule)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = new List<Rule>();
            map[key] = list;
        }

        list.Add(rule);
    }

    public ElementStyle Compute(IElement element, ElementStyle parent)
    {
        var style = parent.Inherit();
        var tag = element.LocalName;
        ApplyTagDefaults(tag, style, parent);
        ApplyAttributes(element, tag, style, parent);

        _candidates.Clear();
        _candidates.AddRange(_universal);
        if (_byTag.TryGetValue(tag, out var byTag))
        {
            _candidates.AddRange(byTag);
        }

        if (_byClass.Count > 0)
        {
            foreach (var cls in element.ClassList)
            {
                if (_byClass.TryGetValue(cls, out var byClass))
                {
                    _candidates.AddRange(byClass);
                }
            }
        }

        if (_byId.Count > 0 && element.Id is { Length: > 0 } id && _byId.TryGetValue(id, out var byId))
        {
            _candidates.AddRange(byId);
        }

        if (_candidates.Count > 1)
        {
            _candidates.Sort((a, b) => a.Specificity != b.Specificity ? a.Specificity.CompareTo(b.Specificity) : a.Order.CompareTo(b.Order));
        }

        List<CssDeclaration>? important = null;
        foreach (var rule in _candidates)
        {
            bool matches;
            try
            {
                matches = rule.Selector.Match(element, null);
            }
#pragma warning disable CA1031 // A selector that cannot be evaluated does not apply.
            catch (Exception)
#pragma warning restore CA1031
            {
                matches = false;
            }

            if (!matches)
            {
                continue;
            }

            foreach (var d in rule.Declarations)
            {
                if (d.Important)
                {
                    (important ??= new List<CssDeclaration>()).Add(d);
                }
                else
                {
                    Apply(style, parent, d.Property, d.Value);
                }
            }
        }

        var inline = element.GetAttribute("style");
        List<CssDeclaration>? inlineDeclarations = null;
        if (!string.IsNullOrWhiteSpace(inline))
        {
            inlineDeclarations = CssParser.ParseDeclarations(inline!);
            foreach (var d in inlineDeclarations)
            {
                if (!d.Important)
                {
                    Apply(style, parent, d.Property, d.Value);
                }
            }
        }

        if (important is not null)
        {
            foreach (var d in important)
            {
                Apply(style, parent, d.Property, d.Value);
            }
        }

        if (inlineDeclarations is not null)
        {
            foreach (var d in inlineDeclarations)
            {
                if (d.Important)
                {
                    Apply(style, parent, d.Property, d.Value);
                }
            }
        }

        foreach (var (selector, width) in _lineAfter)
        {
            bool matches;
            try
            {
                matches = selector.Match(element, null);
            }
#pragma warning disable CA1031 // A selector that cannot be evaluated does not apply.
            catch (Exception)
#pragma warning restore CA1031
            {
                matches = false;
            }

            if (matches)
            {
                style.LineAfter = true;
                style.LineAfterWidthMm = width;
            }
        }

        return style;
    }

    private static void ApplyTagDefaults(string tag, ElementStyle style, ElementStyle parent)
    {
        switch (tag)
        {
            case "b":
            case "strong":
                style.Bold = true;
                break;
            case "i":
            case "em":
            case "cite":
            case "var":
            case "dfn":
                style.Italic = true;
                break;
            case "u":
            case "ins":
                style.Underline = true;
                break;
            case "center":
                style.Display = "block";
                style.Align = TextAlignment.Center;
                break;
            case "h1":
            case "h2":
            case "h3":
            case "h4":
            case "h5":
            case "h6":
                style.Display = "block";
                style.Bold = true;
                var factor = tag[1] switch { '1' => 2.0, '2' => 1.5, '3' => 1.17, '4' => 1.0, '5' => 0.83, _ => 0.67 };
                style.FontSize = Math.Round((parent.FontSize ?? 12) * factor, 2);
                break;
            case "th":
                style.Display = "table-cell";
                style.Bold = true;
                style.Align = TextAlignment.Center;
                break;
            case "td":
                style.Display = "table-cell";
                break;
            case "tr":
                style.Display = "table-row";
                break;
            case "table":
                style.Display = "table";
                break;
            case "address":
                style.Display = "block";
                style.Italic = true;
                break;
            case "pre":
            case "listing":
            case "xmp":
                style.Display = "block";
                style.PreserveSpace = true;
                break;
            case "li":
                style.Display = "list-item";
                break;
            case "html":
            case "body":
            case "p":
            case "div":
            case "article":
            case "aside":
            case "blockquote":
            case "dd":
            case "dl":
            case "dt":
            case "figcaption":
            case "figure":
            case "footer":
            case "form":
            case "header":
            case "hgroup":
            case "main":
            case "nav":
            case "ol":
            case "ul":
            case "menu":
            case "section":
            case "details":
            case "summary":
            case "fieldset":
            case "legend":
            case "caption":
            case "thead":
            case "tbody":
            case "tfoot":
            case "hr":
            case "dialog":
            case "option":
                style.Display = "block";
                break;
        }
    }

    private static void ApplyAttributes(IElement element, string tag, ElementStyle style, ElementStyle parent)
    {
        if (element.HasAttribute("hidden"))
        {
            style.Display = "none";
        }

        var align = element.GetAttribute("align");
        if (align is not null && tag != "table" && tag != "img" && Alignment(align) is { } a)
        {
            style.Align = a;
        }

        if (tag == "font")
        {
            if (element.GetAttribute("face") is { } face && CssValues.FontFamily(face) is { } family)
            {
                style.FontFamily = family;
            }

            if (element.GetAttribute("size") is { } size && int.TryParse(size.Trim().TrimStart('+'), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            {
                if (size.Trim().StartsWith("+", StringComparison.Ordinal) || size.Trim().StartsWith("-", StringComparison.Ordinal))
                {
                    n += 3;
                }

                style.FontSize = Math.Max(1, Math.Min(7, n)) switch { 1 => 7.5, 2 => 10, 3 => 12, 4 => 13.5, 5 => 18, 6 => 24, _ => 36 };
            }

            if (element.GetAttribute("color") is { } color && CssValues.Color(color) is { } c)
            {
                style.Color = c;
            }
        }

        if (element.GetAttribute("width") is { } width && tag is "td" or "th" or "table" or "img" or "hr" or "col")
        {
            style.WidthMm = width.Trim().EndsWith("%", StringComparison.Ordinal) ? null
                : CssValues.LengthMm(width.Trim().All(char.IsDigit) ? width.Trim() + "px" : width, parent.FontSize ?? 12);
        }
    }

    private static TextAlignment? Alignment(string value) => value.Trim().ToLowerInvariant() switch
    {
        "left" or "start" => TextAlignment.Left,
        "center" or "middle" or "-webkit-center" => TextAlignment.Center,
        "right" or "end" => TextAlignment.Right,
        "justify" => TextAlignment.Justify,
        _ => null,
    };

    private static void Apply(ElementStyle style, ElementStyle parent, string property, string value)
    {
        var em = style.FontSize ?? parent.FontSize ?? 12;
        var lower = value.Trim().ToLowerInvariant();
        if (lower == "inherit")
        {
            return;
        }

        switch (property)
        {
            case "font-family":
                if (CssValues.FontFamily(value) is { } family)
                {
                    style.FontFamily = family;
                }

                break;
            case "font-size":
                if (CssValues.FontSize(value, parent.FontSize) is { } size)
                {
                    style.FontSize = size;
                }

                break;
            case "font-weight":
                if (CssValues.Bold(value) is { } bold)
                {
                    style.Bold = bold;
                }

                break;
            case "font-style":
                if (CssValues.Italic(value) is { } italic)
                {
                    style.Italic = italic;
                }

                break;
            case "font":
                ApplyFontShorthand(style, parent, value);
                break;
            case "text-decoration":
            case "text-decoration-line":
                style.Underline = lower.Contains("underline");
                break;
            case "text-transform":
                style.AllCaps = lower == "uppercase";
                break;
            case "color":
                if (CssValues.Color(value) is { } color)
                {
                    style.Color = color;
                }

                break;
            case "text-align":
                if (Alignment(lower) is { } a)
                {
                    style.Align = a;
                }

                break;
            case "text-indent":
                if (CssValues.LengthPoints(value, em) is { } indent)
                {
                    style.IndentCm = Math.Round(indent * 2.54 / 72, 3);
                }

                break;
            case "line-height":
                ApplyLineHeight(style, lower, em);
                break;
            case "white-space":
                style.PreserveSpace = lower.StartsWith("pre", StringComparison.Ordinal) || lower == "break-spaces";
                break;
            case "visibility":
                style.Invisible = lower is "hidden" or "collapse";
                break;
            case "display":
                style.Display = lower.Split(' ')[0];
                break;
            case "margin":
                var sides = CssValues.Sides(value, em);
                style.MarginTopPt = Pt(sides[0]);
                style.MarginBottomPt = Pt(sides[2]);
                style.MarginLeftCm = Cm(sides[3]);
                break;
            case "margin-top":
                style.MarginTopPt = CssValues.LengthPoints(value, em) is { } top ? Math.Round(top, 2) : style.MarginTopPt;
                break;
            case "margin-bottom":
                style.MarginBottomPt = CssValues.LengthPoints(value, em) is { } bottom ? Math.Round(bottom, 2) : style.MarginBottomPt;
                break;
            case "margin-left":
                style.MarginLeftCm = Cm(CssValues.LengthMm(value, em)) ?? style.MarginLeftCm;
                break;
            case "border":
                style.BorderTop = style.BorderBottom = CssValues.Border(value);
                break;
            case "border-bottom":
                style.BorderBottom = CssValues.Border(value);
                break;
            case "border-top":
                style.BorderTop = CssValues.Border(value);
                break;
            case "grid-template-columns":
                style.GridColumns = CssValues.GridColumns(value);
                break;
            case "flex-direction":
                style.FlexColumn = lower.StartsWith("column", StringComparison.Ordinal);
                break;
            case "grid-column":
            case "grid-column-start":
                style.GridColumnStart = int.TryParse(lower.Split('/')[0].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var col) && col is > 0 and < 64 ? col : null;
                break;
            case "width":
                style.WidthMm = lower.EndsWith("%", StringComparison.Ordinal) ? null : CssValues.LengthMm(value, em) ?? style.WidthMm;
                break;
        }
    }

    private static double? Pt(double? mm) => mm is { } v ? Math.Round(v * 72 / 25.4, 2) : null;

    private static double? Cm(double? mm) => mm is { } v ? Math.Round(v / 10, 3) : null;

    private static void ApplyLineHeight(ElementStyle style, string lower, double em)
    {
        if (lower == "normal")
        {
            style.LineMultiple = null;
            style.LinePoints = null;
            return;
        }

        if (double.TryParse(lower, NumberStyles.Float, CultureInfo.InvariantCulture, out var multiple))
        {
            style.LineMultiple = multiple;
            style.LinePoints = null;
        }
        else if (lower.EndsWith("%", StringComparison.Ordinal) && double.TryParse(lower.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var percent))
        {
            style.LineMultiple = percent / 100;
            style.LinePoints = null;
        }
        else if (CssValues.LengthPoints(lower, em) is { } points)
        {
            style.LinePoints = Math.Round(points, 2);
            style.LineMultiple = null;
        }
    }

    private static void ApplyFontShorthand(ElementStyle style, ElementStyle parent, string value)
    {
        // [style] [variant] [weight] size[/line-height] family
        var tokens = CssValues.Tokens(value);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var lower = t.ToLowerInvariant();
            if (CssValues.Italic(lower) is { } italic && lower != "normal")
            {
                style.Italic = italic;
                continue;
            }

            if (CssValues.Bold(lower) is { } bold && lower != "normal")
            {
                style.Bold = bold;
                continue;
            }

            var slash = t.IndexOf('/');
            var sizePart = slash > 0 ? t.Substring(0, slash) : t;
            if (CssValues.FontSize(sizePart, parent.FontSize) is { } size && (char.IsDigit(sizePart[0]) || sizePart[0] == '.'))
            {
                style.FontSize = size;
                if (slash > 0)
                {
                    ApplyLineHeight(style, t.Substring(slash + 1).ToLowerInvariant(), size);
                }

                if (CssValues.FontFamily(string.Join(" ", tokens.GetRange(i + 1, tokens.Count - i - 1))) is { } family)
                {
                    style.FontFamily = family;
                }

                return;
            }
        }
    }
}

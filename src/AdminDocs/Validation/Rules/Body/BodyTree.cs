using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AdminDocs.Decree;

namespace AdminDocs.Validation.Rules;

/// <summary>A node of the body tree with its model path and its parent section (null at the top).</summary>
internal readonly struct BodyEntry
{
    public BodyEntry(BodyNode node, string path, BodySection? parent)
    {
        Node = node;
        Path = path;
        Parent = parent;
    }

    public BodyNode Node { get; }

    public string Path { get; }

    public BodySection? Parent { get; }
}

/// <summary>Walks the body tree (and appendix bodies) with model paths like "body.nodes[3].children[1]", and holds
/// the numeral, letter and label helpers of the body rules.</summary>
internal static class BodyTree
{
    private const int MaxDepth = 64;

    /// <summary>The Vietnamese alphabet used for điểm (Phụ lục I, II.6.đ).</summary>
    private static readonly Regex RomanPattern = new("^[IVXLC]+$", RegexOptions.CultureInvariant);

    /// <summary>The main body and the body of each appendix, with the model path prefix of their nodes.</summary>
    public static IEnumerable<(Body Body, string Prefix)> Bodies(AdminDocument document)
    {
        yield return (document.Body ?? Body.Empty, "body.nodes");
        var appendices = document.Appendices;
        for (var i = 0; i < appendices.Length; i++)
        {
            if (appendices[i]?.Body is { } b)
            {
                yield return (b, "appendices[" + Index(i) + "].body.nodes");
            }
        }
    }

    /// <summary>Every node of a body, depth first, in document order.</summary>
    public static List<BodyEntry> Walk(Body body, string prefix)
    {
        var list = new List<BodyEntry>();
        Walk(body.Nodes, prefix, null, list, 0);
        return list;
    }

    /// <summary>Every section of every body (main and appendices).</summary>
    public static IEnumerable<BodyEntry> AllSections(AdminDocument document)
    {
        foreach (var (body, prefix) in Bodies(document))
        {
            foreach (var e in Walk(body, prefix))
            {
                if (e.Node is BodySection)
                {
                    yield return e;
                }
            }
        }
    }

    public static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);

    /// <summary>The text a node shows (paragraph, legal basis, or label and heading of a section).</summary>
    public static string TextOf(BodyNode node) => node switch
    {
        Paragraph p => p.Text ?? string.Empty,
        LegalBasis l => l.Text ?? string.Empty,
        IssuingAuthority a => a.Text ?? string.Empty,
        Proposal pr => pr.Text ?? string.Empty,
        EnactingFormula f => f.Text ?? string.Empty,
        BodySection s => ((s.Label ?? string.Empty) + " " + (s.Heading ?? string.Empty)).Trim(),
        _ => string.Empty,
    };

    /// <summary>All the text of a body, one node a line.</summary>
    public static string AllText(Body body)
    {
        var sb = new StringBuilder();
        foreach (var e in Walk(body, "body.nodes"))
        {
            sb.Append(TextOf(e.Node)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Whether a "Mục ..." / "Tiểu mục ..." label (as opposed to a report's "I.").</summary>
    public static bool IsNamedSection(BodySection s) =>
        (s.Label ?? string.Empty).StartsWith("Mục", StringComparison.OrdinalIgnoreCase)
        || (s.Label ?? string.Empty).StartsWith("MỤC", StringComparison.Ordinal)
        || s.Level == SectionLevel.Subsection;

    /// <summary>Whether a valid Roman numeral in canonical form (I–CCCXCIX).</summary>
    public static bool IsRoman(string? s) => s is not null && RomanPattern.IsMatch(s) && RomanValue(s) is { } v && Numbering.ToRoman(v) == s;

    /// <summary>The value of a Roman numeral, or null.</summary>
    public static int? RomanValue(string? s)
    {
        if (s is null || s.Length == 0 || !RomanPattern.IsMatch(s))
        {
            return null;
        }

        var total = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var v = Numbering.RomanDigit(s[i]);
            var next = i + 1 < s.Length ? Numbering.RomanDigit(s[i + 1]) : 0;
            total += v < next ? -v : v;
        }

        return total > 0 ? total : null;
    }

    /// <summary>A number as written, Arabic or Roman, or null.</summary>
    public static int? NumberValue(string? s)
    {
        if (s is null)
        {
            return null;
        }

        if (s.Length > 0 && s.Length <= 4 && IsDigits(s))
        {
            return int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        return RomanValue(s);
    }

    /// <summary>Whether the text is all ASCII digits.</summary>
    public static bool IsDigits(string s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return s.Length > 0;
    }

    /// <summary>Whether a title has letters and none of them lower case.</summary>
    public static bool IsCapitals(string text)
    {
        var letters = false;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters = true;
                if (char.IsLower(c))
                {
                    return false;
                }
            }
        }

        return letters;
    }

    /// <summary>The last node of a body in reading order (the deepest last child), with its path, or null.</summary>
    public static BodyEntry? Last(Body body, string prefix)
    {
        var list = Walk(body, prefix);
        return list.Count == 0 ? null : list[list.Count - 1];
    }

    private static void Walk(ImmutableArray<BodyNode> nodes, string prefix, BodySection? parent, List<BodyEntry> list, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        for (var i = 0; i < nodes.Length; i++)
        {
            var node = nodes[i];
            if (node is null)
            {
                continue;
            }

            var path = prefix + "[" + Index(i) + "]";
            list.Add(new BodyEntry(node, path, parent));
            if (node is BodySection s)
            {
                Walk(s.Children, path + ".children", s, list, depth + 1);
            }
        }
    }
}

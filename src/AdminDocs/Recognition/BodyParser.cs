using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using AdminDocs.Decree;
using AdminDocs.Text;

namespace AdminDocs.Recognition;

/// <summary>
/// Builds the body tree from lines: legal bases ("Căn cứ ..." lines that open the body), typed labels ("Phần I",
/// "Chương II", "Mục 1", "Điều 3.", "I.", "1.", "1.1.", "a)", "-", "+") and paragraphs. Nesting follows the order in
/// which label styles first appear, as a reader would read it; the rules judge whether that order is right.
/// </summary>
internal static class BodyParser
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private static readonly (Regex Pattern, SectionLevel Level, string Style)[] Labels =
    {
        (new Regex(@"^(?<label>(?:Phần|PHẦN)\s+(?<n>thứ\s+\p{L}+|THỨ\s+\p{L}+|[IVXLCDM]+|\d+)\.?)(?:\s+|$)", Options), SectionLevel.Part, "phan"),
        (new Regex(@"^(?<label>(?:Chương|CHƯƠNG)\s+(?<n>[IVXLCDM]+|\d+)\.?)(?:\s+|$)", Options), SectionLevel.Chapter, "chuong"),
        (new Regex(@"^(?<label>(?:Tiểu mục|TIỂU MỤC)\s+(?<n>\d+|[IVXLCDM]+)\.?)(?:\s+|$)", Options), SectionLevel.Subsection, "tieumuc"),
        (new Regex(@"^(?<label>(?:Mục|MỤC)\s+(?<n>\d+|[IVXLCDM]+)\.?)(?:\s+|$)", Options), SectionLevel.Section, "muc"),
        (new Regex(@"^(?<label>(?:Điều|ĐIỀU)\s+(?<n>\d+)\s*[.:]?)(?:\s+|$)", Options), SectionLevel.Article, "dieu"),
        (new Regex(@"^(?<label>(?<n>(?:X{0,3})(?:IX|IV|V?I{0,3}))\s*[.)/])(?=\s*\S|$)", Options), SectionLevel.Section, "roman"),
        (new Regex(@"^(?<label>(?<n>\d{1,3}(?:\.\d{1,3})+)\.?)(?=\s*\p{L}|\s|$)", Options), SectionLevel.Subclause, "multi"),
        (new Regex(@"^(?<label>(?<n>\d{1,3})\s*[.)])(?=\s*\S|$)", Options), SectionLevel.Clause, "arabic"),
        (new Regex(@"^(?<label>(?<n>[a-zđ])\s*\))(?=\s*\S|$)", Options), SectionLevel.Point, "letter"),
        (new Regex(@"^(?<label>[" + Dashes.Common + @"])(?=\s*\S)", Options), SectionLevel.ListItem, "dash"),
        (new Regex(@"^(?<label>[+])(?=\s*\S)", Options), SectionLevel.ListItem, "plus"),
        (new Regex(@"^(?<label>[•*·])(?=\s*\S)", Options), SectionLevel.ListItem, "bullet"),
    };

    private static readonly Regex ProposalLine = new(@"^(?:Theo|Xét)\s+(?:đề\s+nghị|đề\s+xuất|tờ\s+trình)\b", Options);

    private static readonly Regex EnactingLine = new(
        @"^(?:QUYẾT\s+ĐỊNH|QUYẾT\s+NGHỊ|NGHỊ\s+QUYẾT|CHỈ\s+THỊ|BAN\s+HÀNH|KẾT\s+LUẬN)\s*:\s*$", Options);

    public static bool HasLabel(string text) => Match(text) is not null;

    private static bool IsAuthorityLine(string text) =>
        VietnameseText.IsAllCaps(text, 4) && !text.EndsWith(":", StringComparison.Ordinal) && Match(text) is null;

    // An authority line is one only when the căn cứ follow it (possibly after the rest of a wrapped name).
    private static bool NextStartsLegalBasis(List<Segment> lines, int from)
    {
        for (var k = from; k < lines.Count && k < from + 3; k++)
        {
            if (Patterns.LegalBasis.IsMatch(lines[k].Text))
            {
                return true;
            }

            if (!VietnameseText.IsAllCaps(lines[k].Text, 2))
            {
                return false;
            }
        }

        return false;
    }

    public static Body Parse(List<Segment> lines, CancellationToken ct)
    {
        var root = new Node(null, "root", SectionLevel.Part, SourceSpan.None);
        var stack = new List<Node> { root };
        var opening = true;

        for (var index = 0; index < lines.Count; index++)
        {
            ct.ThrowIfCancellationRequested();
            var seg = lines[index];
            var t = seg.Text;
            if (opening)
            {
                // The opening of a quyết định or nghị quyết: the authority line, the căn cứ, "Theo đề nghị của ...",
                // then "QUYẾT ĐỊNH:" on its own line.
                if (Patterns.LegalBasis.IsMatch(t))
                {
                    root.Children.Add(new LegalBasis(t) { Origin = seg.Span });
                    continue;
                }

                if (root.Children.All(c => c is IssuingAuthority) && IsAuthorityLine(t) && NextStartsLegalBasis(lines, index + 1))
                {
                    root.Children.Add(new IssuingAuthority(t) { Origin = seg.Span });
                    continue;
                }

                if (root.Children.Count > 0 && ProposalLine.IsMatch(t))
                {
                    root.Children.Add(new Proposal(t) { Origin = seg.Span });
                    continue;
                }

                if (EnactingLine.IsMatch(t))
                {
                    root.Children.Add(new EnactingFormula(t) { Origin = seg.Span });
                    opening = false;
                    continue;
                }
            }

            opening = false;
            var label = Match(t);
            if (label is null || (label.Value.Style == "roman" && label.Value.Number.Length == 0))
            {
                // A closing formula ("Trên đây là báo cáo ...", "Trân trọng./.") closes every open part.
                if (IsClosing(t))
                {
                    stack.RemoveRange(1, stack.Count - 1);
                }

                // Plain paragraph: belongs to the nearest enclosing numbered part, not to a bullet.
                while (stack.Count > 1 && stack[stack.Count - 1].Level == SectionLevel.ListItem)
                {
                    stack.RemoveAt(stack.Count - 1);
                }

                // A heading line right under "Phần I" / "Chương II" / "Mục 1" on its own line is its title.
                var top = stack[stack.Count - 1];
                if (top.Section is not null && top.Children.Count == 0 && top.Heading.Length == 0
                    && top.Level is SectionLevel.Part or SectionLevel.Chapter or SectionLevel.Section or SectionLevel.Subsection
                    && top.Style is "phan" or "chuong" or "muc" or "tieumuc")
                {
                    top.Heading = t;
                    top.HeadingBlocks.Add(seg);
                    continue;
                }

                top.Children.Add(new Paragraph(t) { Origin = seg.Span });
                continue;
            }

            var (style, level, labelText, number, headingStart) = label.Value;
            var existing = stack.FindLastIndex(n => n.Style == style);
            if (existing > 0)
            {
                stack.RemoveRange(existing, stack.Count - existing);
            }
            else if (level != SectionLevel.ListItem)
            {
                // A numbered label closes any bullets still open.
                while (stack.Count > 1 && stack[stack.Count - 1].Level == SectionLevel.ListItem)
                {
                    stack.RemoveAt(stack.Count - 1);
                }
            }

            var heading = t.Substring(headingStart).Trim();
            var node = new Node(style, labelText, level, seg.Span) { Number = number, Heading = heading };
            stack[stack.Count - 1].Children.Add(node);
            stack.Add(node);
        }

        return new Body { Nodes = root.Build() };
    }

    private static bool IsClosing(string t) =>
        t.StartsWith("Trên đây", StringComparison.Ordinal) || t.StartsWith("Trân trọng", StringComparison.Ordinal);

    private static (string Style, SectionLevel Level, string Label, string Number, int HeadingStart)? Match(string text)
    {
        foreach (var (pattern, level, style) in Labels)
        {
            var m = pattern.Match(text);
            if (!m.Success)
            {
                continue;
            }

            var labelGroup = m.Groups["label"];
            var start = labelGroup.Index + labelGroup.Length;
            return (style, level, labelGroup.Value, m.Groups["n"].Success ? m.Groups["n"].Value : string.Empty, start);
        }

        return null;
    }

    private sealed class Node
    {
        public Node(string? style, string label, SectionLevel level, SourceSpan origin)
        {
            Style = style;
            Label = label;
            Level = level;
            Origin = origin;
        }

        public string? Style { get; }

        public string Label { get; }

        public SectionLevel Level { get; }

        public SourceSpan Origin { get; }

        public string Number { get; set; } = string.Empty;

        public string Heading { get; set; } = string.Empty;

        public List<Segment> HeadingBlocks { get; } = new();

        public List<object> Children { get; } = new();

        public BodySection? Section => Style is null ? null : new BodySection(Level, Label);

        public ImmutableArray<BodyNode> Build() => Children.Select(c => c switch
        {
            Node n => (BodyNode)new BodySection(n.Level, n.Label)
            {
                Number = n.Number.Length == 0 ? null : n.Number,
                Heading = n.Heading,
                Children = n.Build(),
                Origin = n.HeadingBlocks.Count == 0 ? n.Origin : n.Origin with { Blocks = n.Origin.Blocks.AddRange(n.HeadingBlocks.Select(h => h.Block)) },
            },
            BodyNode b => b,
            _ => throw new InvalidOperationException(),
        }).ToImmutableArray();
    }
}

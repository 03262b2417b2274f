using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using AdminDocs.Decree;
using AdminDocs.Sources;
using AdminDocs.Text;

namespace AdminDocs.Validation.Rules;

/// <summary>A body paragraph for the typography rules: its model path and its source block.</summary>
/// <param name="Path">The model path, e.g. "body.nodes[3].children[0]".</param>
/// <param name="Block">The source block.</param>
internal readonly record struct BodyBlock(string Path, SourceBlock Block);

/// <summary>
/// Picks the body paragraphs (ND30 PL I, II.6.e: "nội dung") that the body typography rules AD1009–AD1013 judge.
/// <list type="bullet">
/// <item>Taken: the blocks of the main body's <see cref="Paragraph"/> and <see cref="LegalBasis"/> nodes and the
/// label lines of Điều, khoản, điểm, multi-level and bullet items ("Điều 1. ...", "1. ...", "a) ...", "- ...").</item>
/// <item>Left out: the headings — Phần, Chương, Mục and Tiểu mục (and the report's "I. KẾT QUẢ ..." sections) with
/// their title lines, and any line written or formatted in capitals ("QUYẾT ĐỊNH:") — because Phụ lục I, Mục V
/// lays them out as headings, often centered and without indent; the appendices (their own layout, often
/// tables); blocks that are not plain paragraphs (table cells — a body paragraph in a table is a table, not running
/// text —, text boxes, page headers and footers).</item>
/// <item>Rules may narrow further: AD1010 skips paragraphs numbered by the format (their indent comes from the
/// list definition, usually a hanging indent).</item>
/// </list>
/// Each block is taken once, in reading order.
/// </summary>
internal static class BodyBlocks
{
    private const int MaxDepth = 64;

    /// <summary>The body paragraphs of the document, in reading order.</summary>
    public static List<BodyBlock> Of(AdminDocument document)
    {
        var result = new List<BodyBlock>();
        if (document?.Body is { } body)
        {
            var seen = new HashSet<int>();
            Walk(body.Nodes, "body.nodes", 0, result, seen);
        }

        result.Sort((a, b) => a.Block.Index.CompareTo(b.Block.Index));
        return result;
    }

    /// <summary>The body paragraphs of the layout rules of a paragraph's shape (AD1009 alignment, AD1010 first-line
    /// indent): a "Kính gửi: …" line left in the body names the addressees and is not a body paragraph there.</summary>
    public static List<BodyBlock> Paragraphs(AdminDocument document) => Of(document).FindAll(b => !IsAddressee(b.Block));

    /// <summary>Whether a block reads as a heading in capitals (typed or formatted).</summary>
    public static bool IsCapsHeading(SourceBlock block)
    {
        if (VietnameseText.IsAllCaps(block.Text, 4))
        {
            return true;
        }

        var any = false;
        foreach (var run in block.Runs)
        {
            if (run is null || !TypographyValues.HasText(run.Text))
            {
                continue;
            }

            if (run.Format?.AllCaps != true)
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    private static void Walk(ImmutableArray<BodyNode> nodes, string path, int depth, List<BodyBlock> result, HashSet<int> seen)
    {
        if (nodes.IsDefault || depth > MaxDepth)
        {
            return;
        }

        for (var i = 0; i < nodes.Length; i++)
        {
            var nodePath = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            switch (nodes[i])
            {
                case Paragraph or LegalBasis:
                    AddAll(nodes[i].Origin, nodePath, result, seen);
                    break;
                case BodySection section:
                    if (!IsHeadingLevel(section.Level) && section.Origin is { Blocks.IsEmpty: false } origin)
                    {
                        Add(origin.Blocks[0], nodePath, result, seen);
                    }

                    Walk(section.Children, nodePath + ".children", depth + 1, result, seen);
                    break;
                default:
                    break;
            }
        }
    }

    // A "Kính gửi: …" line left in the body (centered, or not recognized as the addressee block) names the addressees.
    private static bool IsAddressee(SourceBlock block)
    {
        var text = (block.Text ?? string.Empty).TrimStart().Normalize(System.Text.NormalizationForm.FormC);
        return text.StartsWith(FixedTexts.AddresseesWords, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsHeadingLevel(SectionLevel level) =>
        level is SectionLevel.Part or SectionLevel.Chapter or SectionLevel.Section or SectionLevel.Subsection;

    private static void AddAll(SourceSpan? origin, string path, List<BodyBlock> result, HashSet<int> seen)
    {
        if (origin is null)
        {
            return;
        }

        foreach (var block in origin.Blocks)
        {
            Add(block, path, result, seen);
        }
    }

    private static void Add(SourceBlock? block, string path, List<BodyBlock> result, HashSet<int> seen)
    {
        if (block is null || block.Kind != BlockKind.Paragraph || IsCapsHeading(block) || !seen.Add(block.Index))
        {
            return;
        }

        result.Add(new BodyBlock(path, block));
    }
}

using System;
using System.Collections.Generic;
using AdminDocs.Decree;

namespace AdminDocs.Validation.Rules;

/// <summary>AD4009: numbers and letters at each level run without gaps, repeats or level jumps (NĐ 30/2020
/// Phụ lục I, II.6). Phần, chương and điều run through the whole body; mục, tiểu mục, a report's "I., II.", khoản and
/// điểm start again under each parent; "2.1." belongs under khoản "2.".</summary>
internal sealed class NumberingSequenceRule : CatalogRule
{
    public NumberingSequenceRule()
        : base("AD4009")
    {
    }

    public override void Analyze(RuleContext context)
    {
        foreach (var (body, prefix) in BodyTree.Bodies(context.Document))
        {
            var documentWide = new Dictionary<string, BodySection>(StringComparer.Ordinal);
            var perParent = new Dictionary<(string, string), BodySection>();
            var subclauses = new Dictionary<(string, string), int>();
            BodyNode? previousNode = null;
            foreach (var entry in BodyTree.Walk(body, prefix))
            {
                var parentPath = ParentPath(entry.Path);
                var sibling = previousNode;
                previousNode = entry.Node;
                if (entry.Node is not BodySection s || s.Level == SectionLevel.ListItem || s.Number is null)
                {
                    continue;
                }

                if (s.Level == SectionLevel.Subclause)
                {
                    Subclause(context, entry, s, subclauses);
                    continue;
                }

                var kind = Kind(s);
                if (s.Level is SectionLevel.Part or SectionLevel.Chapter or SectionLevel.Article)
                {
                    documentWide.TryGetValue(kind, out var before);
                    Check(context, entry, s, before);
                    documentWide[kind] = s;
                }
                else
                {
                    perParent.TryGetValue((parentPath, kind), out var before);
                    var misread = false;

                    // "b." read as a paragraph (under "a)") between "a)" and "c)" is AD4008's, not a gap.
                    if (s.Level == SectionLevel.Point && sibling is Paragraph p && before is not null
                        && PointLettersRule.Form(p.Text ?? string.Empty) is { } written && Value(before) is { } v
                        && written.Expected == Show(s, v + 1))
                    {
                        before = null;
                        misread = true;
                    }

                    Check(context, entry, s, before, misread);
                    perParent[(parentPath, kind)] = s;
                }
            }
        }
    }

    private static string ParentPath(string path)
    {
        var at = path.LastIndexOf(".children[", StringComparison.Ordinal);
        return at < 0 ? string.Empty : path.Substring(0, at);
    }

    private static string Kind(BodySection s) => s.Level switch
    {
        SectionLevel.Section => BodyTree.IsNamedSection(s) ? "muc" : "roman",
        _ => s.Level.ToString(),
    };

    private static int? Value(BodySection s)
    {
        if (s.Level == SectionLevel.Point)
        {
            var n = s.Number ?? string.Empty;
            var i = n.Length == 1 ? Numbering.PointLetters.IndexOf(n[0]) : -1;
            return i < 0 ? null : i + 1;
        }

        // "Phần thứ nhất" and other words are not numbers this rule can follow.
        return BodyTree.NumberValue(s.Number);
    }

    private static string Show(BodySection like, int value)
    {
        if (like.Level == SectionLevel.Point)
        {
            return value >= 1 && value <= Numbering.PointLetters.Length ? Numbering.PointLetters[value - 1] + ")" : "?";
        }

        var roman = BodyTree.IsRoman(like.Number) && !BodyTree.IsDigits(like.Number ?? string.Empty);
        var number = roman ? Numbering.ToRoman(value) : BodyTree.Index(value);
        var label = (like.Label ?? string.Empty).Trim();
        var n = like.Number ?? string.Empty;
        var at = label.LastIndexOf(n, StringComparison.Ordinal);
        return at < 0 ? number : label.Remove(at, n.Length).Insert(at, number);
    }

    private static void Check(RuleContext context, BodyEntry entry, BodySection s, BodySection? before, bool skipStart = false)
    {
        var value = Value(s);
        if (value is null)
        {
            return;
        }

        var label = (s.Label ?? string.Empty).Trim();
        if (before is null || Value(before) is not { } previous)
        {
            if (value != 1 && before is null && !skipStart)
            {
                context.ReportVariant("start", entry.Path, s.Origin.Location, label, Show(s, 1));
            }

            return;
        }

        if (s.Level == SectionLevel.Point && s.Number == "e" && before.Number == "d")
        {
            return; // "đ" skipped: AD4008.
        }

        if (value == previous)
        {
            context.ReportVariant("repeat", entry.Path, s.Origin.Location, label);
        }
        else if (value != previous + 1)
        {
            context.Report(entry.Path, s.Origin.Location, label, (before.Label ?? string.Empty).Trim(), Show(s, previous + 1));
        }
    }

    private static void Subclause(RuleContext context, BodyEntry entry, BodySection s, Dictionary<(string, string), int> seen)
    {
        var number = s.Number ?? string.Empty;
        var dot = number.LastIndexOf('.');
        var tail = dot <= 0 ? string.Empty : number.Remove(0, dot + 1);
        if (!BodyTree.IsDigits(tail) || BodyTree.NumberValue(tail) is not { } last)
        {
            return;
        }

        var head = number.Substring(0, dot);
        var label = (s.Label ?? string.Empty).Trim();
        var parent = entry.Parent;
        var key = ParentPath(entry.Path);
        var parentNumber = parent is { Level: SectionLevel.Clause or SectionLevel.Subclause } ? parent.Number : null;
        var known = head == parentNumber || seen.ContainsKey((key, head + ".*")) || seen.ContainsKey((key, "=" + head));
        if (!known)
        {
            // "2.1." under khoản "1." (or with no khoản "2." at all): a level jump.
            var expectedHead = parentNumber ?? "?";
            context.ReportVariant("level", entry.Path, s.Origin.Location, label, expectedHead + "." + BodyTree.Index(1) + ".");
            seen[(key, "=" + number)] = 1;
            seen[(key, head + ".*")] = last;
            return;
        }

        seen.TryGetValue((key, head + ".*"), out var previous);
        if (last == previous)
        {
            context.ReportVariant("repeat", entry.Path, s.Origin.Location, label);
        }
        else if (last != previous + 1)
        {
            var expected = head + "." + BodyTree.Index(previous + 1) + ".";
            if (previous == 0)
            {
                context.ReportVariant("start", entry.Path, s.Origin.Location, label, expected);
            }
            else
            {
                context.Report(entry.Path, s.Origin.Location, label, head + "." + BodyTree.Index(previous) + ".", expected);
            }
        }

        seen[(key, head + ".*")] = last;
        seen[(key, "=" + number)] = 1;
    }
}

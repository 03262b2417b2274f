using System;
using System.Collections.Generic;
using AdminDocs.Decree;

namespace AdminDocs.Validation.Rules;

/// <summary>AD4009: numbers and letters at each level run without gaps, repeats or level jumps (NĐ 30/2020
/// Phụ lục I, II.6). Phần, chương and điều run through the whole body; mục, tiểu mục, a report's "I., II.", khoản and
/// điểm start again under each parent; "2.1." belongs under khoản "2.".
/// What is not a broken run: a restart at 1 (a new list, an appendix, a regulation issued with a decision, a quoted
/// text), an amount with thousands dots read as a number ("2.476.270", "38.124"), a cited article at the start of a
/// line ("Điều 76 …" first at its level), the "V/v" of a trích yếu split after "V/". A broken run is one finding:
/// after the first finding at a level under a parent, that level is not reported again there.</summary>
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
            var broken = new HashSet<string>(StringComparer.Ordinal);
            BodyNode? previousNode = null;
            foreach (var entry in BodyTree.Walk(body, prefix))
            {
                var parentPath = ParentPath(entry.Path);
                var sibling = previousNode;
                previousNode = entry.Node;
                if (entry.Node is not BodySection s || s.Level == SectionLevel.ListItem || s.Number is null || IsVv(s) || IsCitedArticle(s))
                {
                    continue;
                }

                if (s.Level == SectionLevel.Subclause)
                {
                    if (!IsAmount(s.Number))
                    {
                        Subclause(context, entry, s, subclauses, broken);
                    }

                    continue;
                }

                var kind = Kind(s);
                if (s.Level is SectionLevel.Part or SectionLevel.Chapter or SectionLevel.Article)
                {
                    documentWide.TryGetValue(kind, out var before);
                    Check(context, entry, s, before, broken, "*" + kind);
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

                    Check(context, entry, s, before, broken, parentPath + "|" + kind, misread);
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

    private static void Check(RuleContext context, BodyEntry entry, BodySection s, BodySection? before, HashSet<string> broken, string run, bool skipStart = false)
    {
        var value = Value(s);
        if (value is null || broken.Contains(run))
        {
            return;
        }

        var label = (s.Label ?? string.Empty).Trim();
        if (before is null || Value(before) is not { } previous)
        {
            // "Điều 76 …" first at its level is a citation wrapped to the start of a line, not the document's
            // articles, which start at Điều 1 by construction.
            var cited = s.Level is SectionLevel.Part or SectionLevel.Chapter or SectionLevel.Article && value > 3;
            if (value != 1 && before is null && !skipStart && !cited)
            {
                context.ReportVariant("start", entry.Path, s.Origin.Location, label, Show(s, 1));
                broken.Add(run);
            }

            return;
        }

        if (s.Level == SectionLevel.Point && s.Number == "e" && before.Number == "d")
        {
            return; // "đ" skipped: AD4008.
        }

        if (value == 1 && previous > 1)
        {
            return; // A new run: another list, an appendix, a regulation issued with the decision, a quotation.
        }

        if (value == previous)
        {
            context.ReportVariant("repeat", entry.Path, s.Origin.Location, label);
            broken.Add(run);
        }
        else if (value != previous + 1)
        {
            context.Report(entry.Path, s.Origin.Location, label, (before.Label ?? string.Empty).Trim(), Show(s, previous + 1));
            broken.Add(run);
        }
    }

    // "2.476.270", "38.124", "15.738": an amount with thousands dots that starts a line, not a section number
    // (a group of three digits after a dot; section numbers do not reach 100).
    private static bool IsAmount(string? number)
    {
        var groups = (number ?? string.Empty).TrimEnd('.').Split('.');
        for (var i = 1; i < groups.Length; i++)
        {
            if (groups[i].Length >= 3)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"V/" followed by "v …": the "V/v" of a trích yếu split by a web page or a PDF text layer, not
    /// section V (AD4009, AD4010).</summary>
    internal static bool IsVv(BodySection s) =>
        s.Number == "V" && (s.Label ?? string.Empty).Trim().EndsWith("/", StringComparison.Ordinal)
        && (s.Heading ?? string.Empty).TrimStart().StartsWith("v ", StringComparison.Ordinal);

    private static readonly string[] CitedDocuments =
    {
        "Luật", "Bộ luật", "Nghị định", "Nghị quyết", "Thông tư", "Quyết định", "Chỉ thị", "Pháp lệnh", "Hiến pháp",
        "Hiệp định", "của ", "và ", "khoản", "điểm", ",",
    };

    /// <summary>
    /// "Điều 76 Luật Địa chất và khoáng sản …" at the start of a line: a citation wrapped there, not an article of the
    /// document (no period after the number, and the words after it name the cited text). AD4007, AD4009.
    /// </summary>
    internal static bool IsCitedArticle(BodySection s)
    {
        if (s.Level != SectionLevel.Article || (s.Label ?? string.Empty).Trim().EndsWith(".", StringComparison.Ordinal))
        {
            return false;
        }

        var heading = (s.Heading ?? string.Empty).TrimStart();
        foreach (var word in CitedDocuments)
        {
            // "Điều 3 Quyết định này có hiệu lực …" is the document's own article without its period (AD4007).
            if (heading.StartsWith(word, StringComparison.Ordinal)
                && !heading.Substring(word.Length).TrimStart().StartsWith("này", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void Subclause(RuleContext context, BodyEntry entry, BodySection s, Dictionary<(string, string), int> seen, HashSet<string> broken)
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
        var run = key + "|sub";
        if (broken.Contains(run))
        {
            return;
        }

        var parentNumber = parent is { Level: SectionLevel.Clause or SectionLevel.Subclause } ? parent.Number : null;
        var known = head == parentNumber || seen.ContainsKey((key, head + ".*")) || seen.ContainsKey((key, "=" + head));
        if (!known)
        {
            // "2.1." under khoản "1." (or with no khoản "2." at all): a level jump.
            var expectedHead = parentNumber ?? "?";
            context.ReportVariant("level", entry.Path, s.Origin.Location, label, expectedHead + "." + BodyTree.Index(1) + ".");
            broken.Add(run);
            seen[(key, "=" + number)] = 1;
            seen[(key, head + ".*")] = last;
            return;
        }

        seen.TryGetValue((key, head + ".*"), out var previous);
        if (last == 1 && previous > 1)
        {
            // A new run of "2.1., 2.2." under the same khoản: another list (see Check).
        }
        else if (last == previous)
        {
            context.ReportVariant("repeat", entry.Path, s.Origin.Location, label);
            broken.Add(run);
        }
        else if (last != previous + 1)
        {
            broken.Add(run);
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

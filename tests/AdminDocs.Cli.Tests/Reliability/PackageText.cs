using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace AdminDocs.Cli.Tests.Reliability;

/// <summary>
/// The text a .docx shows, taken straight from the package's XML without the reader or the Open XML SDK: every
/// <c>w:t</c> of the main document and of the headers and footers its sections use, in document order, one
/// paragraph at a time, with the text of equations (<c>m:t</c>); <c>w:tab</c>, <c>w:br</c> and <c>w:cr</c> separate
/// words. Left out, as Word does not show them: text in the <c>mc:Fallback</c> of an
/// <c>mc:AlternateContent</c> (the Choice is shown), moved-away text (<c>w:moveFrom</c>; deleted text is
/// <c>w:delText</c>, never <c>w:t</c>); and the cached results of page-number fields, which are not text but a
/// number Word computes (the reader reports them as page facts). Runs hidden by a direct <c>w:vanish</c> are counted
/// apart, in <see cref="Hidden"/>.
/// </summary>
public sealed class PackageText
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace M = "http://schemas.openxmlformats.org/officeDocument/2006/math";
    private static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRels = "http://schemas.openxmlformats.org/package/2006/relationships";

    private PackageText(List<string> visible, List<string> hidden)
    {
        Visible = visible;
        Hidden = hidden;
    }

    /// <summary>The visible paragraphs' texts.</summary>
    public IReadOnlyList<string> Visible { get; }

    /// <summary>The texts of runs hidden by a direct <c>w:vanish</c>.</summary>
    public IReadOnlyList<string> Hidden { get; }

    public static PackageText Read(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var mainPath = MainPart(zip);
        var main = Load(zip, mainPath)!;
        var visible = new List<string>();
        var hidden = new List<string>();
        Collect(main, visible, hidden);

        // Headers and footers that a section refers to.
        var rels = Load(zip, RelsPath(mainPath));
        var targets = rels?.Root?.Elements(PackageRels + "Relationship")
            .ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!, StringComparer.Ordinal)
            ?? new Dictionary<string, string>(StringComparer.Ordinal);
        var used = main.Descendants().Where(e => e.Name == W + "headerReference" || e.Name == W + "footerReference")
            .Select(e => (string?)e.Attribute(R + "id")).OfType<string>().Distinct(StringComparer.Ordinal);
        foreach (var id in used)
        {
            if (targets.TryGetValue(id, out var target) && Load(zip, Resolve(mainPath, target)) is { } part)
            {
                Collect(part, visible, hidden);
            }
        }

        return new PackageText(visible, hidden);
    }

    /// <summary>
    /// The words of texts: NFC, runs of letters, digits and combining marks. Punctuation separates words and is
    /// compared on its own (<see cref="Punctuation"/>), so that a recognizer splitting "1.311,4" into a section label
    /// "1.311," and a heading "4", or a "-" marker from "-Thuốc", loses nothing.
    /// </summary>
    public static IEnumerable<string> Words(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            var word = new StringBuilder();
            foreach (var c in text.Normalize(NormalizationForm.FormC))
            {
                if (IsWordChar(c))
                {
                    word.Append(c);
                }
                else if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }
            }

            if (word.Length > 0)
            {
                yield return word.ToString();
            }
        }
    }

    /// <summary>The punctuation and symbols of texts, one string per character: everything but letters, digits, marks,
    /// white space, invisible format characters (soft hyphen, zero-width space) and "|" (a cell separator readers
    /// type).</summary>
    public static IEnumerable<string> Punctuation(IEnumerable<string> texts) =>
        texts.SelectMany(t => t.Normalize(NormalizationForm.FormC))
            .Where(c => !IsWordChar(c) && !char.IsWhiteSpace(c) && c != '|' && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)
            .Select(c => c.ToString());

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>What <paramref name="expected"/> holds more often than <paramref name="actual"/> (multiset difference).</summary>
    public static List<string> Missing(IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var counts = actual.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var w in expected)
        {
            if (counts.TryGetValue(w, out var n) && n > 0)
            {
                counts[w] = n - 1;
            }
            else
            {
                missing.Add(w);
            }
        }

        return missing;
    }

    private static void Collect(XDocument part, List<string> visible, List<string> hidden)
    {
        foreach (var p in part.Descendants(W + "p"))
        {
            if (p.Ancestors().Any(a => a.Name == Mc + "Fallback"))
            {
                continue;
            }

            var shown = new StringBuilder();
            var vanished = new StringBuilder();
            var fields = new Stack<(StringBuilder Instruction, bool InResult)>();
            foreach (var e in p.Descendants())
            {
                if (NearestParagraph(e) != p || Excluded(e, p))
                {
                    continue;
                }

                // Complex fields: begin, instruction, separate, cached result, end.
                if (e.Name == W + "fldChar")
                {
                    switch ((string?)e.Attribute(W + "fldCharType"))
                    {
                        case "begin":
                            fields.Push((new StringBuilder(), false));
                            break;
                        case "separate" when fields.Count > 0:
                            var top = fields.Pop();
                            fields.Push((top.Instruction, true));
                            break;
                        case "end" when fields.Count > 0:
                            fields.Pop();
                            break;
                    }

                    continue;
                }

                if (e.Name == W + "instrText" && fields.Count > 0)
                {
                    fields.Peek().Instruction.Append(e.Value);
                    continue;
                }

                var target = IsHidden(e) ? vanished : shown;
                if (e.Name == W + "t" || e.Name == M + "t")
                {
                    if (!InPageNumberField(e, fields))
                    {
                        target.Append(e.Value);
                    }
                }
                else if (e.Name == W + "tab" || e.Name == W + "br" || e.Name == W + "cr")
                {
                    if (e.Parent?.Name == W + "r" || e.Parent?.Name == M + "r")
                    {
                        target.Append(' ');
                    }
                }
            }

            if (shown.Length > 0)
            {
                visible.Add(shown.ToString());
            }

            if (vanished.Length > 0)
            {
                hidden.Add(vanished.ToString());
            }
        }
    }

    /// <summary>The cached result of a PAGE, NUMPAGES or SECTIONPAGES field is a number Word computes when it lays the
    /// page out: the reader reports such fields as page facts (<c>SourceFacts.Page</c>), not as text.</summary>
    private static bool InPageNumberField(XElement e, Stack<(StringBuilder Instruction, bool InResult)> fields)
    {
        static bool IsPageField(string instruction)
        {
            var name = instruction.TrimStart().Split(' ', '\\')[0].ToUpperInvariant();
            return name is "PAGE" or "NUMPAGES" or "SECTIONPAGES";
        }

        if (fields.Any(f => f.InResult && IsPageField(f.Instruction.ToString())))
        {
            return true;
        }

        return e.Ancestors(W + "fldSimple").Any(f => IsPageField((string?)f.Attribute(W + "instr") ?? string.Empty));
    }

    private static XElement? NearestParagraph(XElement e) => e.Ancestors(W + "p").FirstOrDefault();

    private static bool Excluded(XElement e, XElement paragraph)
    {
        for (var a = e.Parent; a is not null && a != paragraph; a = a.Parent)
        {
            if (a.Name == Mc + "Fallback" || a.Name == W + "moveFrom")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHidden(XElement e)
    {
        var run = e.Ancestors(W + "r").FirstOrDefault();
        var vanish = run?.Element(W + "rPr")?.Element(W + "vanish");
        if (vanish is null)
        {
            return false;
        }

        var val = (string?)vanish.Attribute(W + "val");
        return val is null || !(val is "0" or "false" or "off");
    }

    private static string MainPart(ZipArchive zip)
    {
        var rels = Load(zip, "_rels/.rels");
        var target = rels?.Root?.Elements(PackageRels + "Relationship")
            .FirstOrDefault(r => ((string?)r.Attribute("Type"))?.EndsWith("/officeDocument", StringComparison.Ordinal) == true)?.Attribute("Target")?.Value;
        return (target ?? "word/document.xml").TrimStart('/');
    }

    private static string RelsPath(string partPath)
    {
        var slash = partPath.LastIndexOf('/');
        return slash < 0 ? "_rels/" + partPath + ".rels" : partPath[..slash] + "/_rels/" + partPath[(slash + 1)..] + ".rels";
    }

    private static string Resolve(string fromPart, string target)
    {
        if (target.StartsWith('/'))
        {
            return target.TrimStart('/');
        }

        var slash = fromPart.LastIndexOf('/');
        var parts = (slash < 0 ? target : fromPart[..slash] + "/" + target).Split('/').ToList();
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i] == "..")
            {
                parts.RemoveRange(i - 1, 2);
                i -= 2;
            }
        }

        return string.Join("/", parts);
    }

    private static XDocument? Load(ZipArchive zip, string path)
    {
        var entry = zip.Entries.FirstOrDefault(e => string.Equals(e.FullName.TrimStart('/'), path, StringComparison.OrdinalIgnoreCase));
        if (entry is null)
        {
            return null;
        }

        using var s = entry.Open();
        using var reader = XmlReader.Create(s, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }
}

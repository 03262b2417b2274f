using System;
using System.Collections.Generic;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using AdminDocs.Sources;

namespace AdminDocs.Docx.Tests.RealCorpus;

/// <summary>
/// A cheap check that no visible text of a Word file is lost: the words of word/document.xml as Word shows them
/// (runs not hidden with <c>w:vanish</c>, tracked deletions and <c>mc:Fallback</c> copies left out, smart tags,
/// hyperlinks, fields and content controls included, <c>w:noBreakHyphen</c> as "-") that are missing from the
/// blocks the reader produced. Page headers and footers are not checked.
/// </summary>
internal static class VisibleText
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    public static List<string> LostWords(string docxPath, SourceDocument? source)
    {
        XDocument xml;
        using (var zip = ZipFile.OpenRead(docxPath))
        {
            var entry = zip.GetEntry("word/document.xml");
            if (entry is null)
            {
                return new List<string>();
            }

            using var stream = entry.Open();
            xml = XDocument.Load(stream);
        }

        var expected = new List<string>();
        foreach (var paragraph in xml.Descendants(W + "p").Where(p => !p.Ancestors(Mc + "Fallback").Any()))
        {
            var text = new StringBuilder();
            foreach (var run in paragraph.Descendants(W + "r").Where(r => r.Ancestors(W + "p").First() == paragraph))
            {
                if (run.Ancestors(W + "del").Any() || run.Ancestors(Mc + "Fallback").Any() || IsHidden(run))
                {
                    continue;
                }

                foreach (var part in run.Elements())
                {
                    if (part.Name == W + "t")
                    {
                        text.Append(part.Value);
                    }
                    else if (part.Name == W + "noBreakHyphen")
                    {
                        text.Append('-');
                    }
                    else if (part.Name == W + "tab" || part.Name == W + "br" || part.Name == W + "cr")
                    {
                        text.Append(' ');
                    }
                }
            }

            expected.AddRange(Words(text.ToString()));
        }

        var kept = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in (source?.Blocks ?? default).SelectMany(b => Words(b.Text)))
        {
            kept[word] = kept.GetValueOrDefault(word) + 1;
        }

        var lost = new List<string>();
        foreach (var word in expected)
        {
            if (kept.GetValueOrDefault(word) > 0)
            {
                kept[word]--;
            }
            else
            {
                lost.Add(word);
            }
        }

        return lost;
    }

    private static bool IsHidden(XElement run)
    {
        var vanish = run.Element(W + "rPr")?.Element(W + "vanish");
        return vanish is not null && (string?)vanish.Attribute(W + "val") is not ("0" or "false");
    }

    private static string[] Words(string text) =>
        text.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AdminDocs.Docx.Reading;
using AdminDocs.Text.Encodings;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace AdminDocs.Docx;

/// <summary>What <see cref="DocxLegacyFonts.Convert(Stream, Stream)"/> did.</summary>
public sealed class DocxLegacyFontConversion
{
    /// <summary>Creates the result.</summary>
    /// <param name="tcvn3Runs">Runs converted from TCVN3 (<c>.Vn…</c> fonts).</param>
    /// <param name="vniRuns">Runs converted from VNI (<c>VNI-…</c> fonts).</param>
    /// <param name="unicodeRunsLeft">Runs in a legacy font whose text is already Unicode, left as they are.</param>
    public DocxLegacyFontConversion(int tcvn3Runs, int vniRuns, int unicodeRunsLeft)
    {
        Tcvn3Runs = tcvn3Runs;
        VniRuns = vniRuns;
        UnicodeRunsLeft = unicodeRunsLeft;
    }

    /// <summary>Runs converted from TCVN3 (<c>.VnTime</c>, <c>.VnTimeH</c>, ...).</summary>
    public int Tcvn3Runs { get; }

    /// <summary>Runs converted from VNI (<c>VNI-Times</c>, ...).</summary>
    public int VniRuns { get; }

    /// <summary>Runs in a legacy font whose text already holds Unicode Vietnamese letters, or only letters that read
    /// the same either way (undecidable): left as they are.</summary>
    public int UnicodeRunsLeft { get; }

    /// <summary>Whether any run was converted.</summary>
    public bool Changed => Tcvn3Runs + VniRuns > 0;
}

/// <summary>
/// Converts the runs of a .docx typed in a legacy Vietnamese font (<c>.VnTime</c>/<c>.VnTimeH</c>: TCVN3;
/// <c>VNI-Times</c>: VNI; the font also inherited through styles) to Unicode, and sets their font to Times New Roman.
/// Everything else in the file is left as it is. The characters decide as well as the font: in each paragraph, the
/// runs of a legacy font are converted only when their text holds no Unicode Vietnamese letter and either holds a
/// character of the legacy encoding that Vietnamese never uses (¸ µ ¶ ... for TCVN3, ø ï ä ... for VNI) or is plain
/// ASCII (which in an <c>H</c> font shows as capitals).
/// </summary>
public static class DocxLegacyFonts
{
    private const string UnicodeFont = "Times New Roman";

    private static readonly HashSet<string> Letters = new(VietnameseEncodings.AllLetters, StringComparer.Ordinal);

    /// <summary>Converts the legacy-font runs of the .docx in <paramref name="input"/> and writes the result to
    /// <paramref name="output"/> (the whole package, converted or not).</summary>
    /// <param name="input">The .docx (read to its end).</param>
    /// <param name="output">Where the .docx is written.</param>
    /// <returns>What was converted.</returns>
    public static DocxLegacyFontConversion Convert(Stream input, Stream output)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        buffer.Position = 0;
        var counts = new int[3];
        using (var doc = WordprocessingDocument.Open(buffer, true))
        {
            var main = doc.MainDocumentPart;
            if (main is not null)
            {
                var resolver = StyleResolver.For(main);
                var roots = new List<OpenXmlElement?> { main.Document?.Body };
                roots.AddRange(main.HeaderParts.Select(h => (OpenXmlElement?)h.Header));
                roots.AddRange(main.FooterParts.Select(f => (OpenXmlElement?)f.Footer));
                foreach (var root in roots.Where(r => r is not null))
                {
                    foreach (var paragraph in root!.Descendants<W.Paragraph>().ToList())
                    {
                        ConvertParagraph(paragraph, resolver, counts);
                    }
                }
            }
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
        return new DocxLegacyFontConversion(counts[0], counts[1], counts[2]);
    }

    private static void ConvertParagraph(W.Paragraph paragraph, StyleResolver resolver, int[] counts)
    {
        var paragraphBase = resolver.ParagraphBase(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        var groups = new Dictionary<LegacyEncoding, List<(W.Run Run, string Font)>>();
        foreach (var run in paragraph.Descendants<W.Run>())
        {
            if (run.Ancestors<W.Paragraph>().FirstOrDefault() != paragraph || !run.Elements<W.Text>().Any(t => t.Text.Length > 0))
            {
                continue;
            }

            var font = resolver.FontName(resolver.Resolve(paragraphBase, run.RunProperties));
            if (VietnameseEncodings.EncodingOfFont(font) is { } encoding)
            {
                if (!groups.TryGetValue(encoding, out var list))
                {
                    groups[encoding] = list = [];
                }

                list.Add((run, font));
            }
        }

        foreach (var pair in groups)
        {
            var text = string.Concat(pair.Value.SelectMany(r => r.Run.Elements<W.Text>()).Select(t => t.Text));
            var verdict = Classify(text, pair.Key);
            if (verdict == Verdict.Unicode)
            {
                counts[2] += pair.Value.Count;
                continue;
            }

            foreach (var (run, font) in pair.Value)
            {
                var capital = VietnameseEncodings.IsCapitalFont(font);
                if (verdict == Verdict.Ascii && !capital)
                {
                    // ASCII in a lower-case legacy font reads the same in Unicode: nothing to change.
                    continue;
                }

                foreach (var t in run.Elements<W.Text>())
                {
                    t.Text = VietnameseEncodings.ToUnicode(t.Text, pair.Key, capital);
                    t.Space = SpaceProcessingModeValues.Preserve;
                }

                var properties = run.RunProperties ??= new W.RunProperties();
                var fonts = properties.RunFonts ??= new W.RunFonts();
                fonts.Ascii = UnicodeFont;
                fonts.HighAnsi = UnicodeFont;
                fonts.ComplexScript = UnicodeFont;
                fonts.AsciiTheme = null;
                fonts.HighAnsiTheme = null;
                fonts.ComplexScriptTheme = null;
                counts[pair.Key == LegacyEncoding.Tcvn3 ? 0 : 1]++;
            }
        }
    }

    private enum Verdict
    {
        Legacy,
        Ascii,
        Unicode,
    }

    // Unicode: a Vietnamese letter no legacy byte gives (ộ, ư, đ ...), or only characters that are Vietnamese letters
    // in Unicode too (à, á, ô ...: undecidable, left alone). Legacy: a character the encoding uses that is no
    // Vietnamese letter (¸ µ ¶ for TCVN3; ø ï ä after a vowel for VNI). Ascii: nothing else.
    private static Verdict Classify(string text, LegacyEncoding encoding)
    {
        var ascii = true;
        var evidence = false;
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                continue;
            }

            ascii = false;
            var s = c.ToString();
            if (c > 0xFF)
            {
                if (Letters.Contains(s))
                {
                    return Verdict.Unicode;
                }

                continue;
            }

            if (!Letters.Contains(s) && (VietnameseEncodings.ToUnicode(s, encoding) != s || VietnameseEncodings.ToUnicode("a" + s, encoding) != "a" + s || VietnameseEncodings.ToUnicode("o" + s, encoding) != "o" + s))
            {
                evidence = true;
            }
        }

        return evidence ? Verdict.Legacy : ascii ? Verdict.Ascii : Verdict.Unicode;
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AdminDocs.Decree;
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
    private const string UnicodeFont = Fonts.TimesNewRoman;

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
        var asciiRuns = new List<(W.Run Run, LegacyEncoding Encoding)>();
        var undecided = new List<(List<(W.Run Run, string Font)> Runs, LegacyEncoding Encoding)>();
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
                        ConvertParagraph(paragraph, resolver, counts, asciiRuns, undecided);
                    }
                }

                // ASCII in a lower-case legacy font ("-------", "12") reads the same in Unicode: it joins the
                // conversion (font only) when the document had legacy text, and is left alone otherwise (a page
                // number in .VnTime in a Unicode document).
                // Text whose letters are Vietnamese either way ("Sè" is "Số" in TCVN3) is converted when other
                // paragraphs of the same encoding proved the document legacy, and left alone otherwise.
                foreach (var (runs, encoding) in undecided)
                {
                    if (counts[encoding == LegacyEncoding.Tcvn3 ? 0 : 1] > 0)
                    {
                        ConvertRuns(runs, encoding, Verdict.Legacy, counts, asciiRuns);
                    }
                    else
                    {
                        counts[2] += runs.Count;
                    }
                }

                if (counts[0] + counts[1] > 0)
                {
                    foreach (var (run, encoding) in asciiRuns)
                    {
                        SetUnicodeFont(run);
                        counts[encoding == LegacyEncoding.Tcvn3 ? 0 : 1]++;
                    }
                }
            }
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
        return new DocxLegacyFontConversion(counts[0], counts[1], counts[2]);
    }

    private static void ConvertParagraph(W.Paragraph paragraph, StyleResolver resolver, int[] counts, List<(W.Run Run, LegacyEncoding Encoding)> asciiRuns, List<(List<(W.Run Run, string Font)> Runs, LegacyEncoding Encoding)> undecided)
    {
        var paragraphBase = resolver.ParagraphBase(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        var groups = new Dictionary<LegacyEncoding, List<(W.Run Run, string Font)>>();
        foreach (var run in paragraph.Descendants<W.Run>())
        {
            if (run.Ancestors<W.Paragraph>().FirstOrDefault() != paragraph || !(run.Elements<W.Text>().Any(t => t.Text.Length > 0) || run.Elements<W.SoftHyphen>().Any()))
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
            // TCVN3 "ư" is byte 0xAD, the soft hyphen: LibreOffice writes it as <w:softHyphen/>.
            var text = string.Concat(pair.Value.SelectMany(r => r.Run.ChildElements).Select(e => e is W.Text t ? t.Text : e is W.SoftHyphen ? "\u00AD" : string.Empty));
            var verdict = Classify(text, pair.Key);
            if (verdict == Verdict.Unicode)
            {
                counts[2] += pair.Value.Count;
                continue;
            }

            if (verdict == Verdict.Undecided)
            {
                undecided.Add((pair.Value, pair.Key));
                continue;
            }

            ConvertRuns(pair.Value, pair.Key, verdict, counts, asciiRuns);
        }
    }

    private static void ConvertRuns(List<(W.Run Run, string Font)> runs, LegacyEncoding encoding, Verdict verdict, int[] counts, List<(W.Run Run, LegacyEncoding Encoding)> asciiRuns)
    {
        foreach (var (run, font) in runs)
        {
            var capital = VietnameseEncodings.IsCapitalFont(font);
            // ASCII reads the same in Unicode, unless a capital font shows its lower-case letters as capitals.
            if (verdict == Verdict.Ascii && (!capital || !HasLowerCase(run)))
            {
                asciiRuns.Add((run, encoding));
                continue;
            }

            if (encoding == LegacyEncoding.Tcvn3)
            {
                foreach (var hyphen in run.Elements<W.SoftHyphen>().ToList())
                {
                    hyphen.InsertAfterSelf(new W.Text("\u00AD"));
                    hyphen.Remove();
                }
            }

            foreach (var t in run.Elements<W.Text>())
            {
                t.Text = VietnameseEncodings.ToUnicode(t.Text, encoding, capital);
                t.Space = SpaceProcessingModeValues.Preserve;
            }

            SetUnicodeFont(run);
            counts[encoding == LegacyEncoding.Tcvn3 ? 0 : 1]++;
        }
    }

    private static bool HasLowerCase(W.Run run) => run.Elements<W.Text>().Any(t => t.Text.Any(char.IsLower));

    private static void SetUnicodeFont(W.Run run)
    {
        var properties = run.RunProperties ??= new W.RunProperties();
        var fonts = properties.RunFonts ??= new W.RunFonts();
        fonts.Ascii = UnicodeFont;
        fonts.HighAnsi = UnicodeFont;
        fonts.ComplexScript = UnicodeFont;
        fonts.AsciiTheme = null;
        fonts.HighAnsiTheme = null;
        fonts.ComplexScriptTheme = null;
    }

    private enum Verdict
    {
        Legacy,
        Ascii,
        Undecided,
        Unicode,
    }

    // Unicode: a Vietnamese letter no legacy byte gives (ộ, ư, đ ...). Legacy: a character the encoding uses that is
    // no Vietnamese letter (¸ µ ¶ for TCVN3; ø ï ä after a vowel for VNI). Undecided: only characters that are
    // Vietnamese letters in Unicode too (è, á, ô ...). Ascii: nothing else.
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

        return evidence ? Verdict.Legacy : ascii ? Verdict.Ascii : Verdict.Undecided;
    }
}

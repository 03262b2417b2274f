using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AdminDocs.Sources;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace AdminDocs.Docx.Reading;

internal sealed partial class DocxFlattener
{
    private static readonly (bool Header, string Type)[] ReferenceOrder =
    {
        (true, "default"), (true, "first"), (true, "even"), (false, "default"), (false, "first"), (false, "even"),
    };

    private readonly Dictionary<OpenXmlPart, List<PageFieldHit>> _headerFooterFields = new();

    /// <summary>A section while it is being read.</summary>
    private sealed class SectionInfo
    {
        public SectionInfo(int index, int firstBlockIndex)
        {
            Index = index;
            FirstBlockIndex = firstBlockIndex;
            LastBlockIndex = firstBlockIndex - 1;
        }

        public int Index { get; }

        public int FirstBlockIndex { get; }

        public int LastBlockIndex { get; set; }

        public W.SectionProperties? Properties { get; set; }

        public List<PageNumberField> PageNumbers { get; } = new();

        public PageSection ToPageSection()
        {
            var s = new PageSection { Index = Index, FirstBlockIndex = FirstBlockIndex, LastBlockIndex = LastBlockIndex, PageNumbers = PageNumbers.ToImmutableArray() };
            var p = Properties;
            if (p is null)
            {
                return s;
            }

            if (p.GetFirstChild<W.PageSize>() is { } size)
            {
                s = s with
                {
                    PaperWidthMm = Twips(size.Width?.Value),
                    PaperHeightMm = Twips(size.Height?.Value),
                    Orientation = size.Orient is null ? null : size.Orient.InnerText == "landscape" ? PageOrientation.Landscape : PageOrientation.Portrait,
                };
            }

            if (p.GetFirstChild<W.PageMargin>() is { } m)
            {
                s = s with
                {
                    MarginTopMm = Twips(m.Top?.Value is { } t ? (uint)Math.Abs(t) : null),
                    MarginBottomMm = Twips(m.Bottom?.Value is { } b ? (uint)Math.Abs(b) : null),
                    MarginLeftMm = Twips(m.Left?.Value),
                    MarginRightMm = Twips(m.Right?.Value),
                };
            }

            if (p.GetFirstChild<W.TitlePage>() is { } title)
            {
                s = s with { DifferentFirstPage = StyleResolver.OnOff(title) };
            }

            if (p.GetFirstChild<W.PageNumberType>() is { } numbers)
            {
                s = s with { PageNumberStart = numbers.Start?.Value, PageNumberFormat = numbers.Format?.InnerText };
            }

            return s;
        }

        private static double? Twips(uint? value) => value is { } v ? Math.Round(v / 56.6929, 1) : null;
    }

    /// <summary>Reads the header and footer parts the sections reference (inherited from the previous section when
    /// a section names none of a type), each part once, and attaches their PAGE fields to the sections. Parts are
    /// read as Word shows them: the even-page header and footer only when the settings turn on "different odd and
    /// even pages" (<c>w:evenAndOddHeaders</c>); otherwise Word prints the default ones on every page and an even
    /// part left in the file is never seen.</summary>
    private void ReadHeadersAndFooters(List<SectionInfo> sections)
    {
        var evenAndOdd = _main.DocumentSettingsPart?.Settings?.GetFirstChild<W.EvenAndOddHeaders>() is { } eo && StyleResolver.OnOff(eo);
        var current = new Dictionary<(bool, string), string>();
        foreach (var section in sections)
        {
            if (section.Properties is { } sp)
            {
                foreach (var c in sp.ChildElements)
                {
                    if (c is W.HeaderReference h && h.Id?.Value is { } hid)
                    {
                        current[(true, h.Type?.InnerText ?? "default")] = hid;
                    }
                    else if (c is W.FooterReference f && f.Id?.Value is { } fid)
                    {
                        current[(false, f.Type?.InnerText ?? "default")] = fid;
                    }
                }
            }

            foreach (var (header, type) in ReferenceOrder)
            {
                if ((type == "even" && !evenAndOdd) || !current.TryGetValue((header, type), out var rid) || Part(rid) is not { } part)
                {
                    continue;
                }

                if (!_headerFooterFields.TryGetValue(part, out var hits))
                {
                    hits = ReadHeaderFooterPart(part, header, section.Index);
                    _headerFooterFields[part] = hits;
                }

                var page = type switch
                {
                    "first" => HeaderFooterPage.First,
                    "even" => HeaderFooterPage.Even,
                    _ => HeaderFooterPage.Default,
                };
                foreach (var hit in hits)
                {
                    section.PageNumbers.Add(new PageNumberField { InHeader = header, Page = page, Alignment = hit.Alignment, Format = hit.Format, BlockIndex = hit.BlockIndex });
                }
            }
        }
    }

    private OpenXmlPart? Part(string relationshipId)
    {
        try
        {
            var part = _main.GetPartById(relationshipId);
            return part is HeaderPart or FooterPart ? part : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (KeyNotFoundException)
        {
            return null;
        }
    }

    private List<PageFieldHit> ReadHeaderFooterPart(OpenXmlPart part, bool header, int section)
    {
        var hits = new List<PageFieldHit>();
        var root = part is HeaderPart h ? (DocumentFormat.OpenXml.OpenXmlElement?)h.Header : ((FooterPart)part).Footer;
        if (root is null)
        {
            return hits;
        }

        _part = part;
        _partName = part.Uri.OriginalString.TrimStart('/');
        _paragraphIndex = 0;
        _fields.Clear();
        _pageFieldHits = hits;
        _section = section;
        _blankLines = 0;
        var where = new Container(header ? BlockKind.PageHeader : BlockKind.PageFooter, null, 0);
        ReadBlockContent(root, where, null);
        FlushCarry(where);
        _pageFieldHits = null;
        return hits;
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using AdminDocs.Sources;

namespace AdminDocs.Recognition;

/// <summary>
/// Builds the <see cref="AdminDocument"/> from a <see cref="SourceDocument"/> — one recognizer for every format.
/// It copes with what extraction does to real documents: header cells flattened into one line, interleaved
/// line by line or separated by "|", Nơi nhận before or after the signature, titles and trích yếu over several
/// lines, blank lines anywhere and stray spaces. Nothing is dropped: text it cannot place is kept in
/// <see cref="AdminDocument.Unrecognized"/>.
/// </summary>
public static class DocumentRecognizer
{
    /// <summary>Recognizes the components of a document.</summary>
    /// <param name="source">The source.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The document; its <see cref="AdminDocument.Source"/> is <paramref name="source"/>.</returns>
    public static AdminDocument Recognize(SourceDocument source, CancellationToken cancellationToken = default)
    {
        if (source is null)
        {
            throw new ArgumentNullException(nameof(source));
        }

        var segments = new List<Segment>();
        // Page headers and footers (page numbers, running titles) are page furniture, not the document's text.
        foreach (var block in source.Blocks.Where(b => (b.Text.Length > 0 || b.ListLabel is { Length: > 0 })
            && b.Kind is not (BlockKind.PageHeader or BlockKind.PageFooter)))
        {
            var whole = Segment.Of(block);
            if (whole.PrefixLength == 0 && RunOnSplitter.IsRunOn(whole.Text))
            {
                // A whole document on one line: cut it back into lines at its components' anchors.
                var start = 0;
                foreach (var cut in RunOnSplitter.Cuts(whole.Text).Concat(new[] { whole.Text.Length }))
                {
                    if (whole.Slice(start, cut - start) is { } part)
                    {
                        segments.Add(part);
                    }

                    start = cut;
                }
            }
            else if (whole.Text.Length > 2 && whole.Text[0] == '|' && FooterRow.IsMatch(whole.Text))
            {
                // A web page's footer table as a Markdown row: "| Nơi nhận: - Như trên; … | KT. BỘ TRƯỞNG … |".
                segments.AddRange(HeaderPhase.SplitOn(whole, '|'));
            }
            else
            {
                segments.Add(whole);
            }
        }

        var run = new Run(segments, cancellationToken);
        return run.Recognize() with { Source = source };
    }

    private static readonly System.Text.RegularExpressions.Regex FooterRow = new(
        @"^\|\s*\**\s*N[ơo]i\s*nh[ậa]n\s*:", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    // One recognition: the phases in reading order over one cursor.
    private sealed class Run
    {
        private readonly RecognitionCursor _c;

        public Run(List<Segment> segments, CancellationToken ct)
        {
            _c = new RecognitionCursor(segments, ct);
        }

        public AdminDocument Recognize()
        {
            var headerEnd = new HeaderPhase(_c).Header();
            _c.Index = headerEnd;
            new TitlePhase(_c).TitleAndSubject();
            new AddresseesPhase(_c).Addressees();
            var bodyStart = _c.Index;
            var end = new EndZonePhase(_c);
            var appendixStart = end.FindAppendixStart(bodyStart);
            var endStart = end.FindEndZone(bodyStart, appendixStart);
            _c.Document = _c.Document with { Body = BodyParser.Parse(_c.Segments.GetRange(bodyStart, endStart - bodyStart), _c.CancellationToken) };
            end.EndZone(endStart, appendixStart);
            new AppendicesPhase(_c).Appendices(appendixStart);
            var assembly = new AssemblyPhase(_c);
            assembly.AssignAgencies();
            assembly.AssignSeparators();
            var doc = _c.Document;
            var kind = doc.Kind;
            if (doc.Title is null && doc.Subject?.Prefix is not null)
            {
                kind = DocumentKind.OfficialLetter;
            }

            return doc with
            {
                Kind = kind,
                Unrecognized = _c.UnrecognizedBlocks.OrderBy(u => u.Origin.Blocks.IsEmpty ? 0 : u.Origin.Blocks[0].Index).ThenBy(u => u.Origin.Offset).ToImmutableArray(),
            };
        }
    }
}

using System.Collections.Generic;
using System.Threading;

namespace AdminDocs.Recognition;

/// <summary>
/// What the phases of one recognition share: the segments in reading order, the cursor into them, the document
/// built so far, the text no phase could place, and what the header phase leaves for the last phase (agency lines,
/// typed rules). One instance per call of <see cref="DocumentRecognizer.Recognize"/>; not thread-safe.
/// </summary>
internal sealed class RecognitionCursor
{
    public RecognitionCursor(List<Segment> segments, CancellationToken cancellationToken)
    {
        Segments = segments;
        CancellationToken = cancellationToken;
    }

    /// <summary>The segments: blocks, or parts of blocks, in reading order.</summary>
    public List<Segment> Segments { get; }

    /// <summary>Cancels the work.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The index of the next segment a phase reads.</summary>
    public int Index { get; set; }

    /// <summary>The document built so far.</summary>
    public AdminDocument Document { get; set; } = new();

    /// <summary>The text no phase could place (AD0004).</summary>
    public List<UnrecognizedBlock> UnrecognizedBlocks { get; } = new();

    /// <summary>The header's agency lines, split into parent and issuer by the last phase.</summary>
    public List<Segment> AgencyLines { get; } = new();

    /// <summary>The typed rules ("-----") with where they stood, attached by the last phase.</summary>
    public List<(Segment Separator, int AfterIndex)> Separators { get; } = new();

    /// <summary>Keeps a segment no phase could place.</summary>
    public void Unrecognized(Segment seg) => UnrecognizedBlocks.Add(new UnrecognizedBlock(seg.Text) { Origin = seg.Span });
}

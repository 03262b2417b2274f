using System;
using System.Collections.Immutable;

namespace AdminDocs.Recognition;

/// <summary>The appendix phase: each Phụ lục with its heading, reference line and body.</summary>
internal sealed class AppendicesPhase
{
    private readonly RecognitionCursor _c;

    public AppendicesPhase(RecognitionCursor cursor)
    {
        _c = cursor;
    }

    internal void Appendices(int from)
    {
        var list = ImmutableArray.CreateBuilder<Appendix>();
        var k = from;
        while (k < _c.Segments.Count)
        {
            var labelSeg = _c.Segments[k];
            var m = Patterns.Appendix.Match(labelSeg.Text);
            var appendix = new Appendix(labelSeg.Element()) { Number = m.Groups["n"].Success ? m.Groups["n"].Value : null };
            k++;
            // The title is the line under the label whatever its case (AD4015 judges the case), unless it is the
            // "(Kèm theo ...)" line, a numbered line or a long paragraph.
            if (k < _c.Segments.Count && !Patterns.Appendix.IsMatch(_c.Segments[k].Text) && !Patterns.AppendixReference.IsMatch(_c.Segments[k].Text)
                && !BodyParser.HasLabel(_c.Segments[k].Text) && _c.Segments[k].Text.Length <= 200 && !_c.Segments[k].Text.EndsWith(".", StringComparison.Ordinal))
            {
                appendix = appendix with { Title = _c.Segments[k].Element() };
                k++;
            }

            if (k < _c.Segments.Count && Patterns.AppendixReference.IsMatch(_c.Segments[k].Text))
            {
                appendix = appendix with { Reference = _c.Segments[k].Element() };
                k++;
            }

            var start = k;
            while (k < _c.Segments.Count && !Patterns.Appendix.IsMatch(_c.Segments[k].Text))
            {
                k++;
            }

            list.Add(appendix with { Body = BodyParser.Parse(_c.Segments.GetRange(start, k - start), _c.CancellationToken) });
        }

        _c.Document = _c.Document with { Appendices = list.ToImmutable() };
    }
}

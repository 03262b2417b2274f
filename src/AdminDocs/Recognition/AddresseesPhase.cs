using System;
using System.Collections.Immutable;

namespace AdminDocs.Recognition;

/// <summary>The Kính gửi phase (ô 9a): the label and its list.</summary>
internal sealed class AddresseesPhase
{
    private readonly RecognitionCursor _c;

    public AddresseesPhase(RecognitionCursor cursor)
    {
        _c = cursor;
    }

    // ---------------------------------------------------------------- Kính gửi (ô 9a)
    internal void Addressees()
    {
        if (_c.Index >= _c.Segments.Count || !Patterns.KinhGui.IsMatch(_c.Segments[_c.Index].Text))
        {
            return;
        }

        var seg = _c.Segments[_c.Index];
        var colon = seg.Text.IndexOf(':');
        var labelLength = colon >= 0 && colon < 14 ? colon + 1 : Patterns.KinhGui.Match(seg.Text).Length;
        var label = seg.Slice(0, labelLength)!;
        var items = ImmutableArray.CreateBuilder<ListItem>();
        var onLabelLine = false;
        if (seg.Slice(labelLength, seg.Text.Length - labelLength) is { } rest)
        {
            items.Add(Item(rest));
            onLabelLine = true;
        }

        _c.Index++;
        while (_c.Index < _c.Segments.Count)
        {
            var t = _c.Segments[_c.Index].Text;
            if (Patterns.ListMarker.IsMatch(t) && t.Length < 200)
            {
                items.Add(Item(_c.Segments[_c.Index]));
                _c.Index++;
                if (t.EndsWith(".", StringComparison.Ordinal))
                {
                    break;
                }

                continue;
            }

            if (items.Count == 0 && t.Length < 120 && !TitlePhase.LooksLikeBody(t) && !BodyParser.HasLabel(t))
            {
                items.Add(Item(_c.Segments[_c.Index]));
                _c.Index++;
            }

            break;
        }

        _c.Document = _c.Document with { Addressees = new Addressees(label.Element()) { Items = items.ToImmutable(), OnLabelLine = onLabelLine } };
    }

    internal static ListItem Item(Segment seg)
    {
        var m = Patterns.ListMarker.Match(seg.Text);
        var marker = m.Success ? m.Groups["m"].Value : string.Empty;
        var start = m.Success ? m.Length : 0;
        return new ListItem(seg.Text.Substring(start))
        {
            Marker = marker,
            RawText = seg.Text,
            Origin = seg.SpanAt(start),
        };
    }
}

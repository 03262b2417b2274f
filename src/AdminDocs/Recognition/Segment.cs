using AdminDocs.Sources;

namespace AdminDocs.Recognition;

/// <summary>A piece of one block's text that the recognizer treats as a line: a whole block, or a part of a block
/// whose header cells were flattened into one line. A paragraph numbered by its format reads with its rendered
/// label in front ("I. KẾT QUẢ"), as a reader sees it; <see cref="PrefixLength"/> says how many characters of
/// <see cref="Text"/> that label takes, so that offsets still point into the block's own text.</summary>
internal sealed class Segment
{
    public Segment(SourceBlock block, int offset, string text, int prefixLength = 0)
    {
        Block = block;
        Offset = offset;
        Text = text;
        PrefixLength = prefixLength;
    }

    /// <summary>The segment for a whole block, with its list label in front when it has one.</summary>
    public static Segment Of(SourceBlock block) =>
        block.ListLabel is { Length: > 0 } label
            ? new Segment(block, 0, label + " " + block.Text, label.Length + 1)
            : new Segment(block, 0, block.Text);

    public int PrefixLength { get; }

    public SourceBlock Block { get; }

    public int Offset { get; }

    public string Text { get; }

    public bool BlankBefore => Offset == 0 && Block.BlankLinesBefore > 0;

    public SourceSpan Span => SourceSpan.Of(Block, Offset);

    /// <summary>The span of the text from <paramref name="position"/> in <see cref="Text"/>.</summary>
    public SourceSpan SpanAt(int position) => SourceSpan.Of(Block, Offset + System.Math.Max(0, position - PrefixLength));

    public TextElement Element() => new(Text) { Origin = Span };

    /// <summary>The sub-segment <paramref name="start"/>..<paramref name="start"/>+<paramref name="length"/>, trimmed.</summary>
    public Segment? Slice(int start, int length)
    {
        while (length > 0 && char.IsWhiteSpace(Text[start]))
        {
            start++;
            length--;
        }

        while (length > 0 && char.IsWhiteSpace(Text[start + length - 1]))
        {
            length--;
        }

        return length <= 0
            ? null
            : new Segment(Block, Offset + System.Math.Max(0, start - PrefixLength), Text.Substring(start, length), System.Math.Max(0, PrefixLength - start));
    }

    /// <summary>
    /// Whether the segment's own text is bold: <see langword="true"/> when every run holding its letters is bold,
    /// <see langword="false"/> when one is not, <see langword="null"/> when the source does not say. Only the runs
    /// under this segment count, so a bold Quốc hiệu on the same tab-aligned line does not make the agency bold.
    /// </summary>
    public bool? IsBold()
    {
        var runs = Block.Runs;
        if (runs.IsEmpty)
        {
            return null;
        }

        // The block's text is its runs' text trimmed: find where the trimmed text starts in the runs.
        var lead = 0;
        var found = false;
        foreach (var run in runs)
        {
            foreach (var ch in run.Text)
            {
                if (!char.IsWhiteSpace(ch))
                {
                    found = true;
                    break;
                }

                lead++;
            }

            if (found)
            {
                break;
            }
        }

        var from = lead + Offset;
        var to = from + Text.Length - PrefixLength;
        var position = 0;
        bool? result = null;
        foreach (var run in runs)
        {
            var start = position;
            position += run.Text.Length;
            if (position <= from || start >= to || !HasLetter(run.Text, System.Math.Max(from, start) - start, System.Math.Min(to, position) - start))
            {
                continue;
            }

            if (run.Format.Bold is not { } bold)
            {
                return null;
            }

            result = (result ?? true) && bold;
        }

        return result;
    }

    private static bool HasLetter(string text, int from, int to)
    {
        for (var i = from; i < to && i < text.Length; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => Text;
}

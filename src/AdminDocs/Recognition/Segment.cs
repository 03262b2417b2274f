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

    public override string ToString() => Text;
}

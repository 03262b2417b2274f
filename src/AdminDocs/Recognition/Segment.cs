using AdminDocs.Sources;

namespace AdminDocs.Recognition;

/// <summary>A piece of one block's text that the recognizer treats as a line: a whole block, or a part of a block
/// whose header cells were flattened into one line.</summary>
internal sealed class Segment
{
    public Segment(SourceBlock block, int offset, string text)
    {
        Block = block;
        Offset = offset;
        Text = text;
    }

    public SourceBlock Block { get; }

    public int Offset { get; }

    public string Text { get; }

    public bool BlankBefore => Offset == 0 && Block.BlankLinesBefore > 0;

    public SourceSpan Span => SourceSpan.Of(Block, Offset);

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

        return length <= 0 ? null : new Segment(Block, Offset + start, Text.Substring(start, length));
    }

    public override string ToString() => Text;
}

using System.Collections.Immutable;
using AdminDocs.Sources;

namespace AdminDocs;

/// <summary>
/// The source blocks a model element came from, and where the element's text starts in the first of them.
/// Writers ignore it; rules use it for locations and layout facts.
/// </summary>
public sealed record SourceSpan
{
    /// <summary>Creates a span.</summary>
    /// <param name="blocks">The blocks, in order.</param>
    /// <param name="offset">The offset of the element's text in the first block's text.</param>
    public SourceSpan(ValueArray<SourceBlock> blocks, int offset = 0)
    {
        Blocks = blocks;
        Offset = offset;
    }

    /// <summary>A span for an element built in code (no source).</summary>
    public static SourceSpan None { get; } = new(ValueArray<SourceBlock>.Empty);

    /// <summary>The source blocks.</summary>
    public ValueArray<SourceBlock> Blocks { get; init; }

    /// <summary>The offset of the element's text in the first block's text.</summary>
    public int Offset { get; init; }

    /// <summary>Where the element starts, or <see langword="null"/> for an element built in code.</summary>
    public SourceLocation? Location => Blocks.IsEmpty ? null : Blocks[0].LocationAt(Offset);

    /// <summary>The location of a character of the element's first line.</summary>
    /// <param name="offset">The 0-based offset into the element's text (first line).</param>
    /// <returns>The location, or <see langword="null"/> for an element built in code.</returns>
    public SourceLocation? LocationAt(int offset) => Blocks.IsEmpty ? null : Blocks[0].LocationAt(Offset + offset);

    /// <summary>A span for one block, starting at <paramref name="offset"/>.</summary>
    /// <param name="block">The block.</param>
    /// <param name="offset">The offset of the element's text in the block's text.</param>
    /// <returns>The span.</returns>
    public static SourceSpan Of(SourceBlock block, int offset = 0) => new(ImmutableArray.Create(block), offset);
}

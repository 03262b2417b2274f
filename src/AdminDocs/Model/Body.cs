
namespace AdminDocs;

/// <summary>The body (nội dung, ô 6) as a tree: legal bases, paragraphs and numbered parts.</summary>
public sealed record Body
{
    /// <summary>An empty body.</summary>
    public static Body Empty { get; } = new();

    /// <summary>The top-level nodes in order.</summary>
    public ValueArray<BodyNode> Nodes { get; init; }

    /// <summary>Whether the body has no node.</summary>
    public bool IsEmpty => Nodes.IsEmpty;
}

/// <summary>A node of the body tree.</summary>
public abstract record BodyNode
{
    /// <summary>Where the node came from.</summary>
    public SourceSpan Origin { get; init; } = SourceSpan.None;
}

/// <summary>A paragraph of running text.</summary>
/// <param name="Text">The text as written.</param>
public sealed record Paragraph(string Text) : BodyNode;

/// <summary>A legal basis (căn cứ ban hành) line, e.g. "Căn cứ Luật Tổ chức chính quyền địa phương ...;".</summary>
/// <param name="Text">The line as written.</param>
public sealed record LegalBasis(string Text) : BodyNode;

/// <summary>The levels of the body structure (Phụ lục I, II.6).</summary>
public enum SectionLevel
{
    /// <summary>Phần (Roman numeral).</summary>
    Part,

    /// <summary>Chương (Roman numeral).</summary>
    Chapter,

    /// <summary>Mục: "Mục 1" in regulations, "I." in reports (Phụ lục I, Mục V row 6b).</summary>
    Section,

    /// <summary>Tiểu mục.</summary>
    Subsection,

    /// <summary>Điều ("Điều 1. Title").</summary>
    Article,

    /// <summary>Khoản ("1.").</summary>
    Clause,

    /// <summary>A multi-level number used in practice ("1.1.", "2.3.1.").</summary>
    Subclause,

    /// <summary>Điểm ("a)").</summary>
    Point,

    /// <summary>A bullet item ("-", "+", "•").</summary>
    ListItem,
}

/// <summary>A numbered or bulleted part of the body, with the nodes under it.</summary>
/// <param name="Level">The level.</param>
/// <param name="Label">The label as written ("Phần I", "Điều 3.", "I.", "1.1.", "a)", "-").</param>
public sealed record BodySection(SectionLevel Level, string Label) : BodyNode
{
    /// <summary>The number or letter as written ("I", "3", "1.1", "a"), or <see langword="null"/> for bullets.</summary>
    public string? Number { get; init; }

    /// <summary>The text on the label's line after the label, or on the line below for Phần/Chương/Mục; may be empty.</summary>
    public string Heading { get; init; } = string.Empty;

    /// <summary>The nodes under this one.</summary>
    public ValueArray<BodyNode> Children { get; init; }
}

/// <summary>
/// The line that names the authority issuing a quyết định or nghị quyết, after the title block and before the căn
/// cứ (e.g. "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH").
/// </summary>
/// <param name="Text">The line as written.</param>
public sealed record IssuingAuthority(string Text) : BodyNode;

/// <summary>A "Theo đề nghị của ..." or "Xét đề nghị của ..." line that follows the căn cứ.</summary>
/// <param name="Text">The line as written.</param>
public sealed record Proposal(string Text) : BodyNode;

/// <summary>The enacting formula on its own line: "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:", "CHỈ THỊ:", "BAN HÀNH:".</summary>
/// <param name="Text">The line as written.</param>
public sealed record EnactingFormula(string Text) : BodyNode;

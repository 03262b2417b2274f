using AdminDocs.Sources;

namespace AdminDocs;

/// <summary>
/// A Vietnamese administrative document (văn bản hành chính): the components of Nghị định 30/2020 Điều 8 and
/// Phụ lục I. Immutable; change it with <c>with</c>. A missing component is <see langword="null"/> (or empty);
/// whatever the recognizer could not place is kept in <see cref="Unrecognized"/>.
/// </summary>
public sealed record AdminDocument
{
    /// <summary>The kind (tên loại); <see cref="DocumentKind.Other"/> keeps its title text in <see cref="Title"/>.</summary>
    public DocumentKind Kind { get; init; } = DocumentKind.Other;

    /// <summary>Secrecy, urgency and circulation marks.</summary>
    public DocumentMarks Marks { get; init; } = DocumentMarks.None;

    /// <summary>The Party heading "ĐẢNG CỘNG SẢN VIỆT NAM" of a Party document, or <see langword="null"/>.</summary>
    public TextElement? PartyHeading { get; init; }

    /// <summary>The Quốc hiệu ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), or <see langword="null"/>.</summary>
    public TextElement? NationalTitle { get; init; }

    /// <summary>The Tiêu ngữ ("Độc lập - Tự do - Hạnh phúc") with the rule under it, or <see langword="null"/>.</summary>
    public TextElement? Motto { get; init; }

    /// <summary>The direct parent body (cơ quan chủ quản), or <see langword="null"/>.</summary>
    public AgencyName? ParentAgency { get; init; }

    /// <summary>The issuing body (cơ quan, tổ chức ban hành), or <see langword="null"/>.</summary>
    public AgencyName? IssuingAgency { get; init; }

    /// <summary>The số, ký hiệu, or <see langword="null"/>.</summary>
    public DocumentNumber? Number { get; init; }

    /// <summary>The địa danh and date, or <see langword="null"/>.</summary>
    public PlaceDate? PlaceDate { get; init; }

    /// <summary>The tên loại line as written (e.g. "BÁO CÁO"), or <see langword="null"/> (a công văn has none).</summary>
    public TextElement? Title { get; init; }

    /// <summary>The trích yếu, or <see langword="null"/>.</summary>
    public Subject? Subject { get; init; }

    /// <summary>The Kính gửi block, or <see langword="null"/>.</summary>
    public Addressees? Addressees { get; init; }

    /// <summary>The body.</summary>
    public Body Body { get; init; } = Body.Empty;

    /// <summary>The signature blocks in reading order (a biên bản has two: THƯ KÝ, then CHỦ TỌA).</summary>
    public ValueArray<SignatureBlock> Signatures { get; init; }

    /// <summary>The main signature: the last block (the right-hand one), or <see langword="null"/>.</summary>
    public SignatureBlock? Signature => Signatures.IsDefaultOrEmpty ? null : Signatures[Signatures.Length - 1];

    /// <summary>The Nơi nhận block, or <see langword="null"/>.</summary>
    public Recipients? Recipients { get; init; }

    /// <summary>The drafter code and number of copies (e.g. "PL.(300)"), or <see langword="null"/>.</summary>
    public TextElement? DrafterCode { get; init; }

    /// <summary>The contact lines (địa chỉ, điện thoại, Fax, thư điện tử, trang thông tin điện tử; ô 13), in order.</summary>
    public ValueArray<TextElement> ContactLines { get; init; }

    /// <summary>The appendices in order.</summary>
    public ValueArray<Appendix> Appendices { get; init; }

    /// <summary>Text that could not be placed in any component, in reading order.</summary>
    public ValueArray<UnrecognizedBlock> Unrecognized { get; init; }

    /// <summary>The source the document was recognized from, or <see langword="null"/> for one built in code.</summary>
    public SourceDocument? Source { get; init; }
}

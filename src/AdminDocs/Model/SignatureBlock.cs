
namespace AdminDocs;

/// <summary>
/// A signature block (ô 7a–7c): the quyền hạn prefix, the title lines, placeholders such as "(đã ký)" and the
/// signer's name. <c>TM. ỦY BAN NHÂN DÂN</c> / <c>KT. CHỦ TỊCH</c> / <c>PHÓ CHỦ TỊCH</c> gives authority "TM." and titles
/// ["ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"].
/// </summary>
public sealed record SignatureBlock
{
    /// <summary>The first line's authority prefix as written ("KT.", "TM.", "K/T", "KT"), or <see langword="null"/>.</summary>
    public string? Authority { get; init; }

    /// <summary>The title lines as written: the first line without its prefix, then the following lines.</summary>
    public ValueArray<string> Titles { get; init; }

    /// <summary>Placeholders for the signature and seal as written ("(đã ký)", "(Ký, đóng dấu)").</summary>
    public ValueArray<string> Placeholders { get; init; }

    /// <summary>The signer's name as written (họ tên), or <see langword="null"/> when missing.</summary>
    public TextElement? SignerName { get; init; }

    /// <summary>Every line of the block as written, in order, with the origin of each.</summary>
    public ValueArray<TextElement> Lines { get; init; }

    /// <summary>Where the block came from.</summary>
    public SourceSpan Origin { get; init; } = SourceSpan.None;
}

using System.Collections.Generic;

namespace AdminDocs.Decree;

/// <summary>The printed components whose type the decree fixes (Phụ lục I, Mục IV and V).</summary>
internal enum Component
{
    /// <summary>Quốc hiệu (ô 1).</summary>
    NationalTitle,

    /// <summary>Tiêu ngữ (ô 1).</summary>
    Motto,

    /// <summary>The Party heading of Hướng dẫn 36.</summary>
    PartyHeading,

    /// <summary>Cơ quan chủ quản (ô 2, first lines).</summary>
    ParentAgency,

    /// <summary>Cơ quan ban hành (ô 2).</summary>
    IssuingAgency,

    /// <summary>Số, ký hiệu (ô 3).</summary>
    Number,

    /// <summary>Trích yếu of a công văn, under the number (ô 5b).</summary>
    LetterSubject,

    /// <summary>Địa danh và ngày tháng (ô 4).</summary>
    PlaceDate,

    /// <summary>Độ khẩn, độ mật marks (ô 10).</summary>
    Marks,

    /// <summary>Tên loại (ô 5a).</summary>
    Title,

    /// <summary>Trích yếu under the tên loại (ô 5a).</summary>
    Subject,

    /// <summary>Kính gửi (ô 9a).</summary>
    Addressees,

    /// <summary>"Nơi nhận:" (ô 9b).</summary>
    RecipientsLabel,

    /// <summary>The Nơi nhận list (ô 9b).</summary>
    RecipientsItems,

    /// <summary>Quyền hạn and chức vụ lines of a signature (ô 7a, 7b).</summary>
    SignatureTitles,

    /// <summary>Chữ ký placeholder such as "(Đã ký)" (ô 7c).</summary>
    Placeholder,

    /// <summary>Họ tên người ký (ô 7b).</summary>
    SignerName,

    /// <summary>Ký hiệu người soạn thảo (ô 13).</summary>
    Drafter,
}

/// <summary>The type of a component: the size the writers set, the sizes the style rules accept, the weight and
/// slant.</summary>
/// <param name="Size">The size in points the writers set.</param>
/// <param name="Min">The least size the rules accept.</param>
/// <param name="Max">The largest size the rules accept.</param>
/// <param name="Bold">Whether the component is bold.</param>
/// <param name="Italic">Whether the component is italic.</param>
internal readonly record struct TypeFace(double Size, double Min, double Max, bool Bold = false, bool Italic = false);

/// <summary>
/// The typography table of Phụ lục I (NĐ 30/2020, also TT 01/2011) and of Hướng dẫn 36 for the Party: one row a
/// component and profile. The style rules (AD2003 ... AD5107) judge by <see cref="TypeFace.Min"/> and
/// <see cref="TypeFace.Max"/>, the DocxWriter and the HtmlWriter set <see cref="TypeFace.Size"/>, so the writers
/// cannot write what the rules report. Every <see cref="TypeFace.Size"/> lies between its bounds.
/// </summary>
internal static class Typography
{
    private static readonly Dictionary<Component, TypeFace> State = new()
    {
        [Component.NationalTitle] = new(12, 12, 13, Bold: true),
        [Component.Motto] = new(13, 13, 14, Bold: true),
        [Component.PartyHeading] = new(15, 15, 15, Bold: true),
        [Component.ParentAgency] = new(12, 12, 13),
        [Component.IssuingAgency] = new(12, 12, 13, Bold: true),
        [Component.Number] = new(13, 13, 13),
        [Component.LetterSubject] = new(12, 12, 13),
        [Component.PlaceDate] = new(14, 13, 14, Italic: true),
        [Component.Marks] = new(13, 13, 13, Bold: true),
        [Component.Title] = new(14, 13, 14, Bold: true),
        [Component.Subject] = new(14, 13, 14, Bold: true),
        [Component.Addressees] = new(14, 13, 14),
        [Component.RecipientsLabel] = new(12, 12, 12, Bold: true, Italic: true),
        [Component.RecipientsItems] = new(11, 11, 11),
        [Component.SignatureTitles] = new(14, 13, 14, Bold: true),
        [Component.Placeholder] = new(14, 13, 14, Italic: true),
        [Component.SignerName] = new(14, 13, 14, Bold: true),
        [Component.Drafter] = new(11, 11, 11),
    };

    // Hướng dẫn 36 where it differs; [S] marks where the sources disagree and both are accepted.
    private static readonly Dictionary<Component, TypeFace> Party = new()
    {
        [Component.ParentAgency] = new(14, 13, 14),
        [Component.IssuingAgency] = new(14, 13, 14, Bold: true),
        [Component.Number] = new(14, 14, 14),
        [Component.Title] = new(15, 14, 16, Bold: true),
        [Component.Subject] = new(14, 14, 15, Bold: true),
        [Component.RecipientsLabel] = new(12, 12, 14, Bold: true, Italic: true), // [S] 12–14 pt, or underlined
        [Component.RecipientsItems] = new(12, 11, 12), // [S] 11–12 pt
    };

    /// <summary>The type of a component for the State profiles (ND30, TT01) or, with <paramref name="party"/>, for
    /// Hướng dẫn 36.</summary>
    public static TypeFace Of(Component component, bool party = false) =>
        party && Party.TryGetValue(component, out var p) ? p : State[component];

    /// <summary>Every component with its type under both.</summary>
    public static IEnumerable<(Component Component, TypeFace State, TypeFace Party)> All()
    {
        foreach (var pair in State)
        {
            yield return (pair.Key, pair.Value, Of(pair.Key, party: true));
        }
    }
}

using System;
using System.Linq;
using AdminDocs.Text;

namespace AdminDocs.Validation.Rules;

/// <summary>AD3103: the tên loại is one of the types of NĐ 30/2020 Điều 7 (TT 01/2011 adds its own; HD 36 the Party
/// types KẾT LUẬN, THÔNG TRI) (NĐ 30/2020 Điều 7).</summary>
internal sealed class TitleKnownTypeRule : CatalogRule
{
    // Điều 7 types without a title line in the catalog.
    private static readonly string[] UntitledTypes = { "CÔNG VĂN", "THƯ CÔNG" };

    // TT 01/2011 (via NĐ 09/2010) [U]: types dropped by NĐ 30.
    private static readonly string[] Tt01Types = { "BẢN CAM KẾT", "GIẤY CHỨNG NHẬN", "GIẤY ĐI ĐƯỜNG", "GIẤY BIÊN NHẬN HỒ SƠ" };

    // HD 36-HD/VPTW [S]: Party types that NĐ 30 does not list.
    private static readonly string[] PartyTypes = { "KẾT LUẬN", "THÔNG TRI" };

    public TitleKnownTypeRule()
        : base("AD3103")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        var title = document.Title;
        if (document.Kind != DocumentKind.Other || title?.Text is not { } text || VietnameseText.CountLetters(text) == 0)
        {
            return;
        }

        if (DocumentKindInfo.FindByTitle(text) is not null || Matches(text, UntitledTypes)
            || (context.Profile == DocumentProfile.Tt01 && Matches(text, Tt01Types))
            || (context.Profile == DocumentProfile.Hd36 && Matches(text, PartyTypes)))
        {
            return;
        }

        context.Report("title", title.Origin.Location, text);
    }

    private static bool Matches(string text, string[] titles)
    {
        var key = VietnameseText.Key(text);
        return titles.Any(t => string.Equals(VietnameseText.Key(t), key, StringComparison.Ordinal));
    }
}

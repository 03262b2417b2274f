using System.Linq;

namespace AdminDocs.Validation.Rules;

/// <summary>AD2104: an issuer that is a subordinate body (SỞ, PHÒNG, CHI CỤC, TRƯỜNG ...) names its direct parent body above
/// it (NĐ 30/2020 Phụ lục I, II.2.a).</summary>
internal sealed class ParentAgencyExpectedRule : CatalogRule
{
    private static readonly string[] SubordinatePrefixes =
    {
        "SỞ", "PHÒNG", "CHI CỤC", "CỤC", "TỔNG CỤC", "VỤ", "TRƯỜNG", "TRUNG TÂM", "BAN QUẢN LÝ", "BỆNH VIỆN",
        "VĂN PHÒNG", "THANH TRA", "VIỆN", "KHO BẠC", "ĐỘI", "HẠT", "TRẠM",
    };

    // Bodies at ministry level whose names start like a subordinate body but have no parent body.
    private static readonly string[] TopLevelNames =
    {
        "VĂN PHÒNG CHÍNH PHỦ", "VĂN PHÒNG QUỐC HỘI", "VĂN PHÒNG CHỦ TỊCH NƯỚC", "VĂN PHÒNG TRUNG ƯƠNG ĐẢNG",
        "THANH TRA CHÍNH PHỦ", "KHO BẠC NHÀ NƯỚC", "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO",
        "VIỆN HÀN LÂM KHOA HỌC VÀ CÔNG NGHỆ VIỆT NAM", "VIỆN HÀN LÂM KHOA HỌC XÃ HỘI VIỆT NAM",
    };

    public ParentAgencyExpectedRule()
        : base("AD2104")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var issuer = context.Document.IssuingAgency;
        if (issuer is null || context.Document.ParentAgency is not null)
        {
            return;
        }

        var text = HeaderText.TextOf(issuer);
        var words = HeaderText.Words(text);
        if (TopLevelNames.Any(n => HeaderText.StartsWithPhrase(words, n) && words.Length == HeaderText.Words(n).Length))
        {
            return;
        }

        var prefix = SubordinatePrefixes.FirstOrDefault(p => HeaderText.StartsWithPhrase(words, p) && words.Length > HeaderText.Words(p).Length);
        if (prefix is not null)
        {
            context.Report("parentAgency", null, text, prefix);
        }
    }
}

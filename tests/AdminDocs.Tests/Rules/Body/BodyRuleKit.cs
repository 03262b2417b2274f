using System;
using System.Linq;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;

namespace AdminDocs.Tests.Rules.BodyStructure;

/// <summary>
/// Shared helpers of the body rule tests (AD4xxx): realistic plain-text documents (a báo cáo, a quyết định with căn cứ,
/// a quy định with chương/mục/điều/khoản/điểm) validated through <see cref="TestDocuments.ValidateText"/>, and the
/// findings of the body rules.
/// </summary>
public static class BodyRuleKit
{
    /// <summary>A fixed "today".</summary>
    public static readonly DateTime Today = new(2025, 6, 1, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>Default options (auto profile).</summary>
    public static ValidationOptions Draft { get; } = new() { Today = Today };

    /// <summary>TT 01/2011 profile.</summary>
    public static ValidationOptions Tt01 { get; } = new() { Today = Today, Profile = DocumentProfile.Tt01 };

    /// <summary>ND 30/2020 profile.</summary>
    public static ValidationOptions Nd30 { get; } = new() { Today = Today, Profile = DocumentProfile.Nd30 };

    private const string ProvincialHeader = """
        ỦY BAN NHÂN DÂN
        TỈNH BÌNH ĐỊNH
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        """;

    private const string Footer = """

        Nơi nhận:
        - Như Điều 3;
        - Lưu: VT.

        CHỦ TỊCH

        Nguyễn Văn An
        """;

    /// <summary>A báo cáo of Sở GTVT with the given body (after "Kính gửi").</summary>
    public static string Report(string body) => $"""
        UBND TỈNH BÌNH ĐỊNH
        SỞ GIAO THÔNG VẬN TẢI
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 215/BC-SGTVT
        Bình Định, ngày 05 tháng 12 năm 2024

        BÁO CÁO
        Kết quả thực hiện nhiệm vụ năm 2024

        Kính gửi: Ủy ban nhân dân tỉnh Bình Định.

        {body}

        Nơi nhận:
        - Như trên;
        - Lưu: VT, VP.

        KT. GIÁM ĐỐC
        PHÓ GIÁM ĐỐC

        Đỗ Nguyên Đức
        """;

    /// <summary>A correct report body: opening, I./II. with khoản and điểm, closing.</summary>
    public const string GoodReportBody = """
        Thực hiện Công văn số 1025/UBND-KT ngày 20/11/2024 của Ủy ban nhân dân tỉnh, Sở Giao thông vận tải báo cáo như sau:

        I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024

        1. Công tác quản lý nhà nước

        a) Ban hành 12 văn bản hướng dẫn về trật tự an toàn giao thông.

        b) Kiểm tra 45 đơn vị kinh doanh vận tải.

        2. Công tác đầu tư xây dựng

        Hoàn thành 3 dự án đường tỉnh đúng tiến độ.

        II. NHIỆM VỤ, GIẢI PHÁP NĂM 2025

        1. Tiếp tục nâng cấp hạ tầng giao thông.

        2. Tăng cường kiểm tra tải trọng xe.

        Trên đây là báo cáo kết quả thực hiện nhiệm vụ năm 2024 của Sở Giao thông vận tải, kính báo cáo Ủy ban nhân dân tỉnh./.
        """;

    /// <summary>A quyết định of the Chủ tịch UBND tỉnh with the given căn cứ lines and articles.</summary>
    public static string Decision(string legalBases, string articles, string date = "ngày 10 tháng 3 năm 2024", string appendices = "") => $"""
        {ProvincialHeader}
        Số: 12/QĐ-UBND
        Bình Định, {date}

        QUYẾT ĐỊNH
        Về việc thành lập Tổ công tác cải cách hành chính

        CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH

        {legalBases}

        QUYẾT ĐỊNH:

        {articles}
        {Footer}
        {appendices}
        """;

    /// <summary>Correct căn cứ lines under ND30 (the last ends ".").</summary>
    public const string GoodBasesNd30 = """
        Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
        Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;
        Theo đề nghị của Giám đốc Sở Nội vụ.
        """;

    /// <summary>Correct articles of a quyết định.</summary>
    public const string GoodArticles = """
        Điều 1. Thành lập Tổ công tác cải cách hành chính tỉnh Bình Định.
        Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
        Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ và Thủ trưởng các cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này./.
        """;

    /// <summary>A quy định (regulation) with the given body.</summary>
    public static string Regulation(string body) => $"""
        {ProvincialHeader}
        Số: 13/QyĐ-UBND
        Bình Định, ngày 10 tháng 3 năm 2024

        QUY ĐỊNH
        Về công tác văn thư trên địa bàn tỉnh

        {body}
        {Footer}
        """;

    /// <summary>A correct regulation body: chương, mục, điều, khoản, điểm.</summary>
    public const string GoodRegulationBody = """
        Chương I
        QUY ĐỊNH CHUNG

        Điều 1. Phạm vi điều chỉnh
        1. Quy định này quy định về công tác văn thư.
        2. Quy định này áp dụng đối với:
        a) Các sở, ban, ngành;
        b) Ủy ban nhân dân cấp huyện;
        c) Ủy ban nhân dân cấp xã;
        d) Các đơn vị sự nghiệp;
        đ) Các doanh nghiệp nhà nước;
        e) Các hội có tính chất đặc thù.

        Chương II
        QUY ĐỊNH CỤ THỂ

        Mục 1
        SOẠN THẢO VĂN BẢN

        Điều 2. Soạn thảo văn bản
        1. Văn bản được soạn thảo theo mẫu.
        1.1. Mẫu chung.
        1.2. Mẫu riêng.
        2. Người soạn thảo chịu trách nhiệm về nội dung.

        Mục 2
        BAN HÀNH VĂN BẢN

        Điều 3. Ban hành văn bản
        Văn bản được ban hành đúng thẩm quyền./.
        """;

    /// <summary>The findings of the body rules.</summary>
    public static Diagnostic[] Own(string text, ValidationOptions? options = null) =>
        TestDocuments.ValidateText(text, options ?? Draft).Diagnostics.Where(d => d.Id.StartsWith("AD40", StringComparison.Ordinal)).ToArray();

    /// <summary>Asserts that no body rule reports anything.</summary>
    public static void ShouldBeSilent(string text, ValidationOptions? options = null) =>
        Own(text, options).Select(d => d.ToString()).Should().BeEmpty();

    /// <summary>Asserts that the body rules report exactly <paramref name="ids"/> (in any order) and returns them.</summary>
    public static Diagnostic[] ShouldReportOnly(string text, ValidationOptions? options, params string[] ids)
    {
        var own = Own(text, options);
        own.Select(d => d.Id).Should().BeEquivalentTo(ids, because: "the findings were {0}", string.Join(" | ", own.Select(d => d.ToString())));
        return own;
    }

    /// <summary>Asserts that the body rules report one finding, of rule <paramref name="id"/>, and returns it.</summary>
    public static Diagnostic ShouldReportSingle(string text, string id, ValidationOptions? options = null) =>
        ShouldReportOnly(text, options, id)[0];
}

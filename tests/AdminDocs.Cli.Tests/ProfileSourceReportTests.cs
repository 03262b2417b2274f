using System.Linq;
using System.Text.Json;
using AdminDocs.Cli.Tests.Support;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests;

/// <summary>Findings on a Party document cite Hướng dẫn 36-HD/VPTW in every report format, never Nghị định 30.</summary>
public class ProfileSourceReportTests
{
    // A Party báo cáo (HD36) whose day lacks its leading zero (AD3003).
    private const string PartyReport = """
        ĐẢNG BỘ TỈNH BÌNH ĐỊNH
        ĐẢNG CỘNG SẢN VIỆT NAM
        TỈNH ỦY
        *
        Số 12-BC/TU
        Bình Định, ngày 5 tháng 12 năm 2024

        BÁO CÁO
        kết quả thực hiện công tác cán bộ năm 2024
        -----

        Thực hiện Quy định số 105-QĐ/TW ngày 19/12/2017 của Bộ Chính trị về phân cấp quản lý cán bộ, Ban Thường vụ Tỉnh ủy báo cáo kết quả thực hiện công tác cán bộ năm 2024 như sau.

        Nơi nhận:
        - Ban Tổ chức Trung ương,
        - Các đồng chí Tỉnh ủy viên,
        - Lưu Văn phòng Tỉnh ủy.

        T/M BAN THƯỜNG VỤ
        PHÓ BÍ THƯ

        Nguyễn Văn An
        """;

    private const string Hd36Clause = "HD 36-HD/VPTW: ngày, tháng, năm (ô 4), thêm số 0 trước ngày dưới 10";

    [Fact]
    public void Text_JSON_and_SARIF_cite_HD36_for_a_Party_document()
    {
        using var temp = new TempFolder();
        temp.Write("dang.txt", PartyReport);

        var text = CliProcess.Run(temp.Path, "validate", "--lang", "en", "dang.txt");
        text.Stdout.Should().Contain("AD3003").And.Contain("[" + Hd36Clause + "]").And.NotContain("ND30 PL I, II.4.b");

        var json = CliProcess.Run(temp.Path, "validate", "--format", "json", "dang.txt");
        using (var doc = JsonDocument.Parse(json.Stdout))
        {
            var d = doc.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().Single(x => x.GetProperty("id").GetString() == "AD3003");
            d.GetProperty("source").GetString().Should().Be(Hd36Clause);
        }

        var sarif = CliProcess.Run(temp.Path, "validate", "--format", "sarif", "dang.txt");
        using (var doc = JsonDocument.Parse(sarif.Stdout))
        {
            var result = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "AD3003");
            result.GetProperty("properties").GetProperty("legalSource").GetString().Should().Be(Hd36Clause);
        }
    }
}

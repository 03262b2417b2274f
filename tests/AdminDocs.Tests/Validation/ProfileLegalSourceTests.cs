using System.Linq;
using AdminDocs.Json;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Validation;

/// <summary>
/// Findings on Party documents cite Hướng dẫn 36-HD/VPTW, never Nghị định 30 (issue 14): the catalog's
/// rule-sources.tsv gives each rule that runs under HD36 its HD36 clause (domain-rules §4), or "—" where §4 gives
/// none, and <see cref="Diagnostic.LegalSource"/> follows the profile of the run.
/// </summary>
public class ProfileLegalSourceTests
{
    // The correct Party report of PartyRulesTests with two defects: a day without its leading zero (AD3003) and a
    // duplicated "của" (AD6006, practice).
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

        Thực hiện Quy định số 105-QĐ/TW ngày 19/12/2017 của của Bộ Chính trị về phân cấp quản lý cán bộ, Ban Thường vụ Tỉnh ủy báo cáo kết quả thực hiện công tác cán bộ năm 2024 như sau.

        Nơi nhận:
        - Ban Tổ chức Trung ương,
        - Các đồng chí Tỉnh ủy viên,
        - Lưu Văn phòng Tỉnh ủy.

        T/M BAN THƯỜNG VỤ
        PHÓ BÍ THƯ

        Nguyễn Văn An
        """;

    [Fact]
    public void Every_rule_that_runs_under_HD36_has_an_HD36_source_and_none_cites_a_state_text()
    {
        foreach (var rule in RuleCatalog.All.Where(r => r.AppliesTo(DocumentProfile.Hd36)))
        {
            rule.ProfileSources.Should().ContainKey(DocumentProfile.Hd36, $"{rule.Id} runs under HD36");
            var source = rule.LegalSourceFor(DocumentProfile.Hd36);
            source.Should().NotBeNullOrWhiteSpace();
            source.Should().NotContain("ND30", $"{rule.Id}: a Party document is not governed by Nghị định 30").And.NotContain("TT01");
        }
    }

    [Fact]
    public void Rules_that_do_not_run_under_HD36_have_no_HD36_source()
    {
        RuleCatalog.All.Where(r => !r.AppliesTo(DocumentProfile.Hd36)).Should().OnlyContain(r => !r.ProfileSources.ContainsKey(DocumentProfile.Hd36));
    }

    [Fact]
    public void Under_ND30_and_TT01_the_catalog_source_is_cited()
    {
        var rule = RuleCatalog.Get("AD3003");
        rule.LegalSourceFor(DocumentProfile.Nd30).Should().Be(rule.LegalSource).And.Be("ND30 PL I, II.4.b");
        rule.LegalSourceFor(DocumentProfile.Tt01).Should().Be(rule.LegalSource);
        rule.LegalSourceFor(DocumentProfile.Hd36).Should().StartWith("HD 36-HD/VPTW");
    }

    [Fact]
    public void A_finding_on_a_Party_document_cites_HD36()
    {
        var result = TestDocuments.ValidateText(PartyReport);
        result.Profile.Should().Be(DocumentProfile.Hd36);
        var day = result.Of("AD3003").Should().ContainSingle().Subject;
        day.Profile.Should().Be(DocumentProfile.Hd36);
        day.LegalSource.Should().Be("HD 36-HD/VPTW: ngày, tháng, năm (ô 4), thêm số 0 trước ngày dưới 10");
        result.Of("AD6006").Should().ContainSingle().Which.LegalSource.Should().Be("practice");
        result.Diagnostics.Should().OnlyContain(d => !d.LegalSource.Contains("ND30"), "no finding on a Party document cites ND30");
    }

    [Fact]
    public void The_same_defect_in_a_state_document_cites_ND30()
    {
        var result = TestDocuments.Validate(TestDocuments.CorrectReport() with { PlaceDate = LineParsers.ParsePlaceDate("Bình Định, ngày 5 tháng 12 năm 2024") });
        result.Profile.Should().Be(DocumentProfile.Nd30);
        result.Of("AD3003").Should().ContainSingle().Which.LegalSource.Should().Be("ND30 PL I, II.4.b");
    }

    [Fact]
    public void The_JSON_report_carries_the_HD36_source()
    {
        var json = ValidationJson.ToJson(new[] { TestDocuments.ValidateText(PartyReport) }, MessageLanguage.English);
        json.Should().Contain("HD 36-HD/VPTW: ngày, tháng, năm (ô 4)").And.NotContain("ND30 PL I, II.4.b");
    }

    [Fact]
    public void A_diagnostic_made_outside_a_run_cites_the_catalog_source()
    {
        var rule = RuleCatalog.Get("AD3003");
        var d = new Diagnostic(rule, DiagnosticSeverity.Warning, "AD3003", default, "placeDate.day", null);
        d.LegalSource.Should().Be("ND30 PL I, II.4.b");
        (d with { Profile = DocumentProfile.Hd36 }).LegalSource.Should().StartWith("HD 36-HD/VPTW");
    }
}

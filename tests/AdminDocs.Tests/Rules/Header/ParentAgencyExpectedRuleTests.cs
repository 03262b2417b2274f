using System.Collections.Immutable;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.Header;

public class ParentAgencyExpectedRuleTests
{
    private static AdminDocument Issuer(string name) =>
        Correct() with { ParentAgency = null, IssuingAgency = new AgencyName(ImmutableArray.Create(name)) };

    [Fact]
    public void Correct_report_is_silent() => ShouldBeSilent(Correct());

    [Theory]
    [InlineData("SỞ GIAO THÔNG VẬN TẢI", "SỞ")]
    [InlineData("CHI CỤC THUẾ KHU VỰC QUY NHƠN", "CHI CỤC")]
    [InlineData("PHÒNG TÀI CHÍNH - KẾ HOẠCH", "PHÒNG")]
    [InlineData("TRƯỜNG TRUNG HỌC PHỔ THÔNG QUỐC HỌC", "TRƯỜNG")]
    [InlineData("BAN QUẢN LÝ DỰ ÁN GIAO THÔNG", "BAN QUẢN LÝ")]
    public void A_subordinate_body_without_its_parent_is_info(string name, string prefix)
    {
        var d = ShouldReportSingle(Issuer(name), "AD2104");
        d.ShouldBe(DiagnosticSeverity.Info, "parentAgency", "AD2104", name, prefix);
        d.Location.Should().BeNull();
    }

    [Theory]
    [InlineData("ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH")]
    [InlineData("BỘ NỘI VỤ")]
    [InlineData("VĂN PHÒNG CHÍNH PHỦ")]
    [InlineData("THANH TRA CHÍNH PHỦ")]
    public void A_body_without_a_parent_is_silent(string name) => ShouldBeSilent(Issuer(name));

    [Fact]
    public void Only_nd30_asks_for_it() => ShouldBeSilent(Issuer("SỞ GIAO THÔNG VẬN TẢI"), Tt01);
}

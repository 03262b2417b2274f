using System.Collections.Immutable;
using System.Linq;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.Header;

public class IssuerUppercaseRuleTests
{
    private static AgencyName Name(string text) => new(ImmutableArray.Create(text));

    [Fact]
    public void Correct_report_is_silent() => ShouldBeSilent(Correct());

    [Fact]
    public void Lower_case_parent_is_a_warning() =>
        ShouldReportSingle(Correct() with { ParentAgency = Name("UBND tỉnh Bình Định") }, "AD2102")
            .ShouldBe(DiagnosticSeverity.Warning, "parentAgency", "AD2102", "UBND tỉnh Bình Định", "UBND TỈNH BÌNH ĐỊNH");

    [Fact]
    public void Lower_case_issuer_is_a_warning() =>
        ShouldReportSingle(Correct() with { IssuingAgency = Name("Sở Giao thông vận tải") }, "AD2102")
            .ShouldBe(DiagnosticSeverity.Warning, "issuingAgency", "AD2102", "Sở Giao thông vận tải", "SỞ GIAO THÔNG VẬN TẢI");

    [Fact]
    public void One_warning_per_name()
    {
        var found = ShouldReportOnly(Correct() with { ParentAgency = Name("Ubnd tỉnh Bình Định"), IssuingAgency = Name("Sở Giao thông vận tải") }, Draft, "AD2102", "AD2102");
        found.Select(d => d.ModelPath).Should().BeEquivalentTo("parentAgency", "issuingAgency");
    }

    [Fact]
    public void A_name_over_two_lines_in_capitals_is_silent() =>
        ShouldBeSilent(Correct() with { IssuingAgency = new AgencyName(ImmutableArray.Create("SỞ GIAO THÔNG", "VẬN TẢI")) });
}

using System;
using System.Linq;
using AdminDocs.Building;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Building;

/// <summary>What the builder refuses, and how it says so.</summary>
public class RefusedCombinationsTests
{
    private static DocumentBuildException Refused(DocumentBuilder builder)
    {
        var act = () => builder.Build();
        return act.Should().Throw<DocumentBuildException>().Which;
    }

    [Fact]
    public void KT_without_a_deputy_title_is_refused()
    {
        var ex = Refused(BuiltDocuments.SampleReport().Signature(s => s.SignFor("Giám đốc").Name("Lê Văn Tám")));

        ex.Problems.Should().ContainSingle();
        ex.Problems[0].Path.Should().Be("signatures[1]");
        ex.Problems[0].RuleId.Should().Be("AD5003");
        ex.Message.Should().Contain("\"KT. GIÁM ĐỐC\" requires the deputy's own title on the next line (e.g. PHÓ GIÁM ĐỐC)");
    }

    [Fact]
    public void KT_followed_by_the_head_title_again_or_an_abbreviated_deputy_is_refused()
    {
        Refused(BuiltDocuments.SampleReport().Signature(s => s.SignFor("GIÁM ĐỐC").Title("GIÁM ĐỐC").Name("Lê Văn Tám")))
            .Message.Should().Contain("is followed by the head's title \"GIÁM ĐỐC\" again");
        Refused(BuiltDocuments.SampleReport().Signature(s => s.SignFor("GIÁM ĐỐC").Title("P. GIÁM ĐỐC").Name("Lê Văn Tám")))
            .Message.Should().Contain("write \"PHÓ GIÁM ĐỐC\"");
    }

    [Fact]
    public void TM_with_a_personal_title_or_without_the_signer_title_is_refused()
    {
        Refused(BuiltDocuments.SampleReport().Signature(s => s.OnBehalfOf("CHỦ TỊCH").Name("Lê Văn Tám")))
            .Problems.Should().Contain(p => p.RuleId == "AD5004" && p.Message.Contains("not by a personal title"));
        Refused(BuiltDocuments.SampleReport().Signature(s => s.OnBehalfOf("ỦY BAN NHÂN DÂN").Name("Lê Văn Tám")))
            .Problems.Should().Contain(p => p.RuleId == "AD5004" && p.Message.Contains("must be followed by the signer's title"));
        Refused(BuiltDocuments.SampleReport().Signature(s => s.Title("CHỦ TỊCH").OnBehalfOf("ỦY BAN NHÂN DÂN").Title("CHỦ TỊCH").Name("Lê Văn Tám")))
            .Problems.Should().Contain(p => p.RuleId == "AD5004" && p.Message.Contains("TM. opens the signature block"));
    }

    [Fact]
    public void TL_and_TUQ_without_the_signer_own_title_are_refused()
    {
        Refused(BuiltDocuments.SampleReport().Signature(s => s.ByOrder("BỘ TRƯỞNG").Name("Lê Văn Tám")))
            .Problems.Should().Contain(p => p.RuleId == "AD5005");
        Refused(BuiltDocuments.SampleReport().Signature(s => s.Delegated("CHỦ TỊCH").Title("CHỦ TỊCH").Name("Lê Văn Tám")))
            .Problems.Should().Contain(p => p.RuleId == "AD5005" && p.Message.Contains("head's title again"));
    }

    [Fact]
    public void A_signer_name_is_required_in_title_case_without_academic_title()
    {
        Refused(BuiltDocuments.SampleReport().Signature(s => s.Title("GIÁM ĐỐC")))
            .Problems.Should().Contain(p => p.RuleId == "AD5006");
        Refused(BuiltDocuments.SampleReport().Signature(s => s.Title("GIÁM ĐỐC").Name("LÊ VĂN TÁM")))
            .Problems.Should().Contain(p => p.RuleId == "AD5007" && p.Message.Contains("\"Lê Văn Tám\""));
        Refused(BuiltDocuments.SampleReport().Signature(s => s.Title("GIÁM ĐỐC").Name("TS. Lê Văn Tám")))
            .Problems.Should().Contain(p => p.RuleId == "AD5008" && p.Message.Contains("TS."));
    }

    [Fact]
    public void A_prefix_typed_into_a_title_is_refused_at_once()
    {
        var act = () => DocumentBuilder.Create(DocumentKind.Report).Signature(s => s.Title("KT. GIÁM ĐỐC"));

        act.Should().Throw<ArgumentException>().WithMessage("*without its prefix \"KT.\": call SignFor instead*");
    }

    [Fact]
    public void A_report_without_issuer_is_refused()
    {
        var builder = DocumentBuilder.Create(DocumentKind.Report)
            .Number(3).PlaceAndDate("Hà Nội", 2025, 3, 5).Subject("Kết quả công tác năm 2024")
            .Body(b => b.Paragraph("Trên đây là báo cáo kết quả công tác năm 2024."))
            .Signature(s => s.Title("GIÁM ĐỐC").Name("Lê Văn Tám")).Archive("VP");

        var ex = Refused(builder);

        ex.Problems.Select(p => p.Path).Should().Equal("issuingAgency");
        ex.Message.Should().Contain("A báo cáo needs its issuing body (tên cơ quan, tổ chức ban hành)");
    }

    [Fact]
    public void An_article_inside_a_clause_is_refused()
    {
        var ex = Refused(BuiltDocuments.SampleReport().Body(b => b.Clause("Khoản", c => c.Article("Điều con"))));

        ex.Problems.Should().ContainSingle().Which.Path.Should().Be("body[4].children[0]");
        ex.Message.Should().Contain("An Điều cannot go inside a khoản: the body goes from large to small");
    }

    [Theory]
    [InlineData("point-in-point")]
    [InlineData("chapter-in-article")]
    [InlineData("subclause-outside-clause")]
    [InlineData("paragraph-in-bullet")]
    [InlineData("third-bullet-level")]
    [InlineData("legal-basis-after-paragraph")]
    [InlineData("legal-basis-in-appendix")]
    [InlineData("subclause-in-subclause")]
    public void Parts_in_the_wrong_place_are_refused(string shape)
    {
        var builder = BuiltDocuments.SampleReport();
        switch (shape)
        {
            case "point-in-point": builder.Body(b => b.Point("a", p => p.Point("b"))); break;
            case "chapter-in-article": builder.Body(b => b.Article("Điều", a => a.Chapter("Chương"))); break;
            case "subclause-outside-clause": builder.Body(b => b.Subclause("1.1")); break;
            case "paragraph-in-bullet": builder.Body(b => b.Bullet("Ý", x => x.Paragraph("Đoạn văn."))); break;
            case "subclause-in-subclause": builder.Body(b => b.Clause("1", c => c.Subclause("1.1", s => s.Subclause("1.1.1")))); break;
            case "third-bullet-level": builder.Body(b => b.Bullet("1", x => x.Bullet("2", y => y.Bullet("3")))); break;
            case "legal-basis-after-paragraph": builder.Body(b => b.LegalBasis("Luật Tổ chức chính quyền địa phương")); break;
            default: builder.Body(b => b.Paragraph("Xem Phụ lục.")).Appendix(null, a => a.LegalBasis("Luật Tổ chức chính quyền địa phương")); break;
        }

        Refused(builder).Problems.Should().ContainSingle().Which.Message.Should().NotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_number_below_1_is_refused_at_once(int number)
    {
        var act = () => DocumentBuilder.Create(DocumentKind.Report).Number(number);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*starts at 01 each year*");
    }

    [Fact]
    public void A_cong_van_without_unit_is_refused()
    {
        var ex = Refused(BuiltDocuments.Representative(DocumentKind.OfficialLetter).Number(12));

        ex.Problems.Should().Contain(p => p.Path == "number" && p.RuleId == "AD2209" && p.Message.Contains("issuer-unit"));
    }

    [Fact]
    public void Missing_components_are_all_listed_at_once()
    {
        var ex = Refused(DocumentBuilder.Create(DocumentKind.Plan));

        ex.Problems.Select(p => p.RuleId).Should().Equal("AD2101", "AD2201", "AD3001", "AD4001", "AD5001", "AD5105");
        ex.Message.Split('\n').Should().HaveCount(7);
    }

    [Fact]
    public void Appendices_the_body_does_not_refer_to_are_refused()
    {
        var ex = Refused(BuiltDocuments.SampleReport().Appendix("Số liệu", a => a.Paragraph("Số liệu chi tiết.")));

        ex.Problems.Should().ContainSingle().Which.RuleId.Should().Be("AD4013");
    }

    [Fact]
    public void What_the_text_rules_still_find_is_refused_with_the_rule_message()
    {
        var ex = Refused(BuiltDocuments.SampleReport().PlaceAndDate("bình Định", 2024, 12, 5).Subject("KẾT QUẢ CÔNG TÁC NĂM 2024"));

        ex.Problems.Select(p => p.RuleId).Should().BeEquivalentTo("AD3009", "AD3106");
        ex.Problems.Single(p => p.RuleId == "AD3106").Path.Should().Be("subject");
    }

    [Theory]
    [InlineData("issuer-lower")]
    [InlineData("abbreviation-hyphen")]
    [InlineData("empty-subject")]
    [InlineData("paragraph-with-label")]
    [InlineData("paragraph-with-line-break")]
    [InlineData("proposal-wrong-start")]
    [InlineData("bad-date")]
    [InlineData("other-kind")]
    [InlineData("ragged-table")]
    [InlineData("drafter-code")]
    public void Bad_arguments_are_refused_at_once_with_an_argument_exception(string shape)
    {
        Action act = shape switch
        {
            "issuer-lower" => () => DocumentBuilder.Create(DocumentKind.Report).IssuingAgency("Sở Nội vụ", "SNV"),
            "abbreviation-hyphen" => () => DocumentBuilder.Create(DocumentKind.Report).IssuingAgency("SỞ NỘI VỤ", "S-NV"),
            "empty-subject" => () => DocumentBuilder.Create(DocumentKind.Report).Subject("  "),
            "paragraph-with-label" => () => DocumentBuilder.Create(DocumentKind.Report).Body(b => b.Paragraph("1. Tình hình")),
            "paragraph-with-line-break" => () => DocumentBuilder.Create(DocumentKind.Report).Body(b => b.Paragraph("Dòng một\nDòng hai")),
            "proposal-wrong-start" => () => DocumentBuilder.Create(DocumentKind.Decision).Body(b => b.Proposal("Giám đốc đề nghị")),
            "bad-date" => () => DocumentBuilder.Create(DocumentKind.Report).PlaceAndDate("Hà Nội", 2025, 2, 30),
            "other-kind" => () => _ = new DocumentBuilder(DocumentKind.Other),
            "ragged-table" => () => DocumentBuilder.Create(DocumentKind.Report).Body(b => b.Table(1, new[] { "a", "b" }, new[] { "c" })),
            _ => () => DocumentBuilder.Create(DocumentKind.Report).DrafterCode("pl", 3),
        };

        act.Should().Throw<ArgumentException>().Which.Message.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void A_date_after_today_is_refused()
    {
        var ex = Refused(BuiltDocuments.SampleReport().PlaceAndDate("Bình Định", DateTime.Today.AddDays(1)));

        ex.Problems.Should().ContainSingle().Which.Should().Match<DocumentBuildProblem>(p => p.Path == "placeDate" && p.RuleId == "AD3007" && p.Message.Contains("after today"));
    }
}

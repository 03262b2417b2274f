using System;
using System.Collections.Immutable;
using System.Linq;
using AdminDocs.Building;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Building;

/// <summary>What the builder refuses, and how it says so: <see cref="DocumentBuilder.Build"/> validates once, an
/// error of the catalog fails it with every error and its builder hint, a warning comes back with the document.</summary>
public class RefusedCombinationsTests
{
    private static DocumentBuildException Refused(DocumentBuilder builder)
    {
        var act = () => builder.Build();
        return act.Should().Throw<DocumentBuildException>().Which;
    }

    private static DocumentBuildResult BuiltWithWarnings(DocumentBuilder builder, params string[] ids)
    {
        var result = builder.Build();
        result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => d.Id).Distinct().Should().BeEquivalentTo(ids);
        return result;
    }

    [Fact]
    public void KT_without_a_deputy_title_is_refused_with_the_rule_message_and_the_builder_hint_in_both_languages()
    {
        var ex = Refused(BuiltDocuments.SampleReport().Signature(s => s.SignFor("Giám đốc").Name("Lê Văn Tám")));

        var d = ex.Diagnostics.Should().ContainSingle().Which;
        d.Id.Should().Be("AD5003");
        d.ModelPath.Should().StartWith("signatures[1]");
        d.Severity.Should().Be(DiagnosticSeverity.Error);
        BuildHints.For(d, MessageLanguage.English).Should().Contain(".SignFor(\"GIÁM ĐỐC\").Title(\"PHÓ GIÁM ĐỐC\")");
        BuildHints.For(d, MessageLanguage.Vietnamese).Should().StartWith("gọi `.Signature(");
        ex.Message.Should().StartWith("The document cannot be built:").And.Contain("AD5003 " + d.GetMessage(MessageLanguage.English));
        ex.GetMessage(MessageLanguage.Vietnamese).Should().StartWith("Không tạo được văn bản:").And.Contain(d.GetMessage(MessageLanguage.Vietnamese))
            .And.Contain("→ gọi `.Signature(");
    }

    [Fact]
    public void KT_followed_by_the_head_title_again_or_an_abbreviated_deputy_is_refused()
    {
        Refused(BuiltDocuments.SampleReport().Signature(s => s.SignFor("GIÁM ĐỐC").Title("GIÁM ĐỐC").Name("Lê Văn Tám")))
            .Diagnostics.Select(d => d.Id).Should().Equal("AD5003");
        Refused(BuiltDocuments.SampleReport().Signature(s => s.SignFor("GIÁM ĐỐC").Title("P. GIÁM ĐỐC").Name("Lê Văn Tám")))
            .Diagnostics.Select(d => d.Id).Should().Equal("AD5003");
    }

    [Fact]
    public void A_TM_or_TL_chain_the_catalog_rates_a_warning_builds_and_returns_the_warning()
    {
        BuiltWithWarnings(BuiltDocuments.SampleReport().Signature(s => s.OnBehalfOf("CHỦ TỊCH").Name("Lê Văn Tám")), "AD5004");
        BuiltWithWarnings(BuiltDocuments.SampleReport().Signature(s => s.ByOrder("BỘ TRƯỞNG").Name("Lê Văn Tám")), "AD5005");
    }

    [Fact]
    public void A_warning_made_an_error_by_the_options_fails_the_build_and_one_turned_off_is_gone()
    {
        var builder = BuiltDocuments.SampleReport().Signature(s => s.ByOrder("BỘ TRƯỞNG").Name("Lê Văn Tám"));

        var act = () => builder.Build(ValidationOptions.Default.WithRuleSeverity("AD5005", DiagnosticSeverity.Error));
        act.Should().Throw<DocumentBuildException>().Which.Diagnostics.Select(d => d.Id).Should().Equal("AD5005");
        builder.Build(ValidationOptions.Default.WithRuleSeverity("AD5005", null)).Diagnostics.Should().NotContain(d => d.Id == "AD5005");
    }

    [Fact]
    public void A_signer_name_is_required_and_its_form_is_a_warning()
    {
        Refused(BuiltDocuments.SampleReport().Signature(s => s.Title("GIÁM ĐỐC")))
            .Diagnostics.Select(d => d.Id).Should().Contain("AD5006");
        BuiltWithWarnings(BuiltDocuments.SampleReport().Signature(s => s.Title("GIÁM ĐỐC").Name("LÊ VĂN TÁM")), "AD5007");
        BuiltWithWarnings(BuiltDocuments.SampleReport().Signature(s => s.Title("GIÁM ĐỐC").Name("TS. Lê Văn Tám")), "AD5008");
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

        ex.Diagnostics.Select(d => d.Id).Should().Contain("AD2101");
        ex.Message.Should().Contain("call `.IssuingAgency(");
    }

    [Fact]
    public void An_article_inside_a_clause_is_refused()
    {
        var ex = Refused(BuiltDocuments.SampleReport().Body(b => b.Clause("Khoản", c => c.Article("Điều con"))));

        var d = ex.Diagnostics.Should().ContainSingle().Which;
        d.ModelPath.Should().Be("body[4].children[0]");
        d.Id.Should().Be("AD4009");
        d.GetMessage(MessageLanguage.English).Should().Be("A Điều cannot go inside a khoản: the body goes from large to small (phần, chương, mục, tiểu mục, Điều, khoản, điểm), Phụ lục I, II.6.");
        d.GetMessage(MessageLanguage.Vietnamese).Should().StartWith("Điều không đặt trong khoản");
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

        var d = Refused(builder).Diagnostics.Should().ContainSingle().Which;
        d.MessageKey.Should().Contain(".build-");
        d.GetMessage(MessageLanguage.Vietnamese).Should().NotBe(d.GetMessage(MessageLanguage.English));
    }

    [Fact]
    public void A_cong_van_without_unit_is_refused()
    {
        var ex = Refused(BuiltDocuments.Representative(DocumentKind.OfficialLetter).Number(12));

        ex.Diagnostics.Should().Contain(d => d.ModelPath.StartsWith("number", StringComparison.Ordinal) && d.Id == "AD2209");
        ex.Message.Should().Contain("unit: \"VP\"");
    }

    [Fact]
    public void Missing_components_are_all_listed_at_once()
    {
        var ex = Refused(DocumentBuilder.Create(DocumentKind.Plan));

        ex.Diagnostics.Select(d => d.Id).Should().Equal("AD2101", "AD2201", "AD3001", "AD4001", "AD5001", "AD5101");
        ex.Message.Split('\n').Should().HaveCount(7);
    }

    [Fact]
    public void Appendices_the_body_does_not_refer_to_come_back_as_a_warning()
    {
        BuiltWithWarnings(BuiltDocuments.SampleReport().Appendix("Số liệu", a => a.Paragraph("Số liệu chi tiết.")), "AD4013");
    }

    [Fact]
    public void What_the_text_rules_find_is_reported_with_the_rule_message()
    {
        var result = BuiltWithWarnings(BuiltDocuments.SampleReport().PlaceAndDate("bình Định", 2024, 12, 5).Subject("KẾT QUẢ CÔNG TÁC NĂM 2024"), "AD3009", "AD3106");

        result.Diagnostics.Single(d => d.Id == "AD3106").ModelPath.Should().Be("subject");
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

        ex.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("AD3007");
    }
}

/// <summary>The builder hints (Catalog/build-hints.tsv) name catalog rules and messages, in both languages.</summary>
public class BuildHintsCatalogTests
{
    [Theory]
    [InlineData("AD2101")]
    [InlineData("AD3101")]
    [InlineData("AD4009.build-inside")]
    [InlineData("AD4009.build-opening-order")]
    [InlineData("AD5003")]
    [InlineData("AD5105")]
    public void A_hint_exists_in_both_languages_and_differs(string key)
    {
        var en = BuildHints.For(key, MessageLanguage.English);
        var vi = BuildHints.For(key, MessageLanguage.Vietnamese);

        en.Should().NotBeNullOrWhiteSpace().And.Contain("`.");
        vi.Should().NotBeNullOrWhiteSpace().And.NotBe(en);
        RuleCatalog.Find(key.Split('.')[0]).Should().NotBeNull();
    }

    [Fact]
    public void Every_builder_message_variant_is_in_both_languages_and_a_rule_without_a_hint_falls_back_to_its_fix()
    {
        var keys = Messages.Keys.Where(k => k.Contains(".build-", StringComparison.Ordinal)).ToList();

        keys.Should().HaveCountGreaterThanOrEqualTo(12);
        keys.Should().OnlyContain(k => Messages.Template(k, MessageLanguage.Vietnamese) != Messages.Template(k, MessageLanguage.English));
        BuildHints.For("AD6001", MessageLanguage.English).Should().BeNull();
        var d = new Diagnostic(RuleCatalog.Get("AD6001"), DiagnosticSeverity.Warning, "AD6001", ImmutableArray.Create("x", ";"), "body[0]", null);
        BuildHints.For(d, MessageLanguage.English).Should().Be(RuleCatalog.Get("AD6001").GetFix(MessageLanguage.English)).And.NotBeNullOrWhiteSpace();
    }
}

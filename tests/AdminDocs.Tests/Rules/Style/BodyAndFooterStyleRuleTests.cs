using System.Linq;
using AdminDocs.Sources;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Style;

/// <summary>AD4004 legal-basis-style, AD5009 signature-style, AD5010 seal-or-digital-signature, AD5107 recipients-style.</summary>
public class BodyAndFooterStyleRuleTests
{
    private static readonly ValidationOptions Tt01 = new() { Profile = DocumentProfile.Tt01 };

    private static StyleReport With(System.Action<StyleReport> change)
    {
        var report = new StyleReport();
        change(report);
        return report;
    }

    private static void SetLegalBases(StyleReport r, bool italic)
    {
        for (var i = 0; i < r.LegalBases.Count; i++)
        {
            r.LegalBases[i] = r.LegalBases[i] with { Italic = italic };
        }
    }

    // ---------------------------------------------------------------- AD4004

    [Fact]
    public void AD4004_under_ND30_wants_italic_legal_bases_once_for_all_lines()
    {
        var d = With(r => SetLegalBases(r, italic: false)).Single("AD4004", "not-italic");
        d.Arguments[1].Should().Be("2");
        d.ModelPath.Should().Be("body.legalBasis");
        d.GetMessage(MessageLanguage.Vietnamese).Should().Contain("Nghị định 30/2020").And.Contain("in nghiêng");
    }

    [Fact]
    public void AD4004_does_not_run_under_TT01_which_did_not_regulate_the_style_of_legal_bases()
    {
        // rules.tsv: AD4004 is ND30 only (TT01 did not regulate the căn cứ's style).
        With(r => SetLegalBases(r, italic: false)).StyleFindings(Tt01).Should().NotContain(d => d.Id == "AD4004");
        new StyleReport().StyleFindings(Tt01).Should().NotContain(d => d.Id == "AD4004");
    }

    [Fact]
    public void AD4004_reports_the_size()
    {
        var d = With(r => r.LegalBases[1] = r.LegalBases[1] with { Size = 12 }).Single("AD4004");
        d.Arguments[0].Should().Be("12");
        d.Arguments[4].Should().Be("1");
        d.Location!.ParagraphIndex.Should().Be(r0(new StyleReport()) + 1);

        static int r0(StyleReport report) => report.Build().Blocks.Single(b => b.Text.StartsWith("Căn cứ Nghị định", System.StringComparison.Ordinal)).Index;
    }

    // ---------------------------------------------------------------- AD5009

    [Fact]
    public void AD5009_reports_the_title_lines_size_weight_caps_and_slant()
    {
        With(r => r.SignatureTitles[1] = r.SignatureTitles[1] with { Size = 12 }).Single("AD5009").Arguments.Should().Equal("12", "13", "14");
        With(r => r.SignatureTitles[1] = r.SignatureTitles[1] with { Bold = false }).Single("AD5009", "not-bold");
        With(r => r.SignatureTitles[0] = r.SignatureTitles[0] with { Italic = true }).Single("AD5009", "italic");
        With(r => r.SignatureTitles[0] = new StyleLine("KT. Giám đốc", 14, true)).Single("AD5009", "not-caps");
    }

    [Fact]
    public void AD5009_accepts_titles_set_in_capitals_by_formatting()
    {
        With(r => r.SignatureTitles[0] = new StyleLine("KT. Giám đốc", 14, true) { AllCaps = true }).ShouldBeClean();
    }

    [Fact]
    public void AD5009_reports_the_name_size_weight_slant_and_alignment()
    {
        With(r => r.SignerName = r.SignerName with { Size = 12 }).Single("AD5009", "name-size").ModelPath.Should().Be("signatures[0].signerName");
        With(r => r.SignerName = r.SignerName with { Bold = false }).Single("AD5009", "name-not-bold");
        With(r => r.SignerName = r.SignerName with { Italic = true }).Single("AD5009", "name-italic");
        With(r => r.SignerName = r.SignerName with { Alignment = TextAlignment.Left }).Single("AD5009", "name-not-centered");
        With(r => r.NameInLeftColumn = true).Single("AD5009", "name-not-under");
    }

    [Fact]
    public void AD5009_reports_a_signature_in_the_left_column()
    {
        var found = With(r => r.SignatureLeft = true).StyleFindings();
        found.Should().ContainSingle(d => d.MessageKey == "AD5009.not-right-column");
    }

    // ---------------------------------------------------------------- AD5010

    [Fact]
    public void AD5010_reports_an_issued_docx_without_a_seal_or_signature_image()
    {
        var d = new StyleReport().Single("AD5010", options: StyleReport.Issued);
        d.Severity.Should().Be(DiagnosticSeverity.Info);
        d.Arguments.Should().Equal("KT. GIÁM ĐỐC");
    }

    [Fact]
    public void AD5010_says_nothing_on_a_draft_or_when_an_image_is_there()
    {
        new StyleReport().ShouldBeClean(StyleReport.Draft);
        With(r => r.SealImage = true).ShouldBeClean(StyleReport.Issued);
        With(r => r.SignatureTitles[0] = r.SignatureTitles[0] with { Image = true }).ShouldBeClean(StyleReport.Issued);
    }

    // ---------------------------------------------------------------- AD5107

    [Fact]
    public void AD5107_reports_the_label_size_weight_and_slant()
    {
        var d = With(r => r.RecipientsLabel = r.RecipientsLabel with { Size = 14 }).Single("AD5107");
        d.Arguments.Should().Equal("14", "12", "12");
        d.GetMessage(MessageLanguage.Vietnamese).Should().Be("\"Nơi nhận:\" cỡ chữ 14; phải là cỡ 12.");
        With(r => r.RecipientsLabel = r.RecipientsLabel with { Bold = false }).Single("AD5107", "label-not-bold");
        With(r => r.RecipientsLabel = r.RecipientsLabel with { Italic = false }).Single("AD5107", "label-not-italic");
    }

    [Fact]
    public void AD5107_reports_the_list_size_and_slant()
    {
        With(r => r.RecipientItems[2] = r.RecipientItems[2] with { Size = 12 }).Single("AD5107", "items-size").ModelPath.Should().Be("recipients.items");
        With(r => r.RecipientItems[0] = r.RecipientItems[0] with { Italic = true }).Single("AD5107", "items-italic");
    }

    [Fact]
    public void AD5107_reports_a_block_that_is_not_flush_left()
    {
        With(r => r.RecipientsLabel = r.RecipientsLabel with { Alignment = TextAlignment.Center }).Single("AD5107", "not-flush-left");
        With(r => r.RecipientItems[1] = r.RecipientItems[1] with { LeftIndentCm = 2 }).Single("AD5107", "not-flush-left");
    }

    [Fact]
    public void AD5107_reports_a_label_not_level_with_the_authority_line()
    {
        With(r => r.SignatureInNextRow = true).Single("AD5107", "not-level");
    }

    [Fact]
    public void AD5107_under_HD36_accepts_an_underlined_14_pt_label_and_a_12_pt_list()
    {
        var report = With(r =>
        {
            r.RecipientsLabel = r.RecipientsLabel with { Size = 14, Bold = false, Italic = false, Underline = true };
            r.RecipientItems[0] = r.RecipientItems[0] with { Size = 12 };
        });
        report.StyleFindings(new ValidationOptions { Profile = DocumentProfile.Hd36 }).Should().NotContain(d => d.Id == "AD5107");
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace AdminDocs.Validation.Rules;

/// <summary>The built-in rules, listed explicitly rather than found by reflection so that a trimmed or Native AOT
/// build keeps every rule (a test checks that the list names every concrete <see cref="CatalogRule"/> of the
/// assembly).</summary>
internal static class BuiltInRules
{
    public static IEnumerable<Rule> Create() =>
        new Rule[]
        {
            new AddresseeExpectedRule(),
            new AddresseeFormatRule(),
            new AddresseeStyleRule(),
            new AppendixHeadingRule(),
            new AppendixNumberingRule(),
            new AppendixReferencedRule(),
            new ArticleFormatRule(),
            new BodyAlignmentRule(),
            new BodyEndMarkRule(),
            new BodyFirstLineIndentRule(),
            new BodyFontSizeRule(),
            new BodyLineSpacingRule(),
            new BodyMissingRule(),
            new BodyParagraphSpacingRule(),
            new CapitalizationAdminUnitsRule(),
            new CapitalizationCitationsRule(),
            new CirculationMarkRule(),
            new CongVanNoTitleRule(),
            new CongVanSubjectStyleRule(),
            new CongVanSubjectVvRule(),
            new CopyFormRule(),
            new DateBlankRule(),
            new DateDayLeadingZeroRule(),
            new DateMonthExtraZeroRule(),
            new DateMonthLeadingZeroRule(),
            new DateValidRule(),
            new DrafterCodeRule(),
            new DuplicatedWordsRule(),
            new FontColorRule(),
            new FontFamilyRule(),
            new HeaderLayoutRule(),
            new HeadingTitlesRule(),
            new IssuerMissingRule(),
            new IssuerStyleRule(),
            new IssuerUppercaseRule(),
            new LegalBasisOnePerLineRule(),
            new LegalBasisPunctuationRule(),
            new LegalBasisStyleRule(),
            new MottoDashRule(),
            new MottoMissingRule(),
            new MottoStyleRule(),
            new MottoTextRule(),
            new NationalTitleMissingRule(),
            new NationalTitleStyleRule(),
            new NationalTitleTextRule(),
            new NotAnAdministrativeDocumentRule(),
            new NumberBlankRule(),
            new NumberDigitsRule(),
            new NumberLeadingZeroRule(),
            new NumberMissingRule(),
            new NumberPrefixRule(),
            new NumberSeparatorsRule(),
            new NumberStyleRule(),
            new NumberingSequenceRule(),
            new PageMarginsRule(),
            new PageNumberFirstPageRule(),
            new PageNumberPositionRule(),
            new PageNumberStyleRule(),
            new PageOrientationRule(),
            new PageSizeA4Rule(),
            new ParentAgencyExpectedRule(),
            new PartChapterRomanRule(),
            new PartyHeaderRule(),
            new PartyNumberFormatRule(),
            new PartyRecipientsRule(),
            new PartySignatureAuthorityRule(),
            new PlaceCapitalizationRule(),
            new PlaceCommaRule(),
            new PlaceDateFormatRule(),
            new PlaceDateMissingRule(),
            new PlaceDateStyleRule(),
            new PointLettersRule(),
            new PunctuationSpacingRule(),
            new RecipientsArchiveLastRule(),
            new RecipientsItemDashRule(),
            new RecipientsItemSemicolonRule(),
            new RecipientsLabelRule(),
            new RecipientsMissingRule(),
            new RecipientsNhuTrenRule(),
            new RecipientsStyleRule(),
            new ReportClosingRule(),
            new ReportSectionStyleRule(),
            new SealOrDigitalSignatureRule(),
            new SecrecyMarkRule(),
            new SectionArabicRule(),
            new SignatureAuthorityFormatRule(),
            new SignatureKtDeputyRule(),
            new SignatureMissingRule(),
            new SignatureStyleRule(),
            new SignatureTlTuqRule(),
            new SignatureTmCollectiveRule(),
            new SignerAcademicTitleRule(),
            new SignerNameCaseRule(),
            new SignerNameMissingRule(),
            new SubjectCaseRule(),
            new SubjectMissingRule(),
            new SymbolCongVanRule(),
            new SymbolKnownOrganizationRule(),
            new SymbolTypeAbbreviationRule(),
            new SymbolUppercaseRule(),
            new TitleKnownTypeRule(),
            new TitleMissingRule(),
            new TitleStyleRule(),
            new TitleUppercaseRule(),
            new UnrecognizedContentRule(),
            new UrgencyMarkRule(),
        }.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal);
}

/// <summary>A rule whose descriptor comes from the catalog by id.</summary>
internal abstract class CatalogRule : Rule
{
    private readonly RuleDescriptor _descriptor;

    protected CatalogRule(string id)
    {
        _descriptor = RuleCatalog.Get(id);
    }

    /// <inheritdoc/>
    public sealed override RuleDescriptor Descriptor => _descriptor;
}

using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Signature;

/// <summary>The reader, signature, recipients and text rules never throw, and every message they use exists.</summary>
public class FooterRulesRobustnessTests
{
    [Fact]
    public void Rules_do_not_fail_on_a_model_full_of_nulls_and_defaults()
    {
        var doc = new AdminDocument
        {
            Subject = new Subject(default) { Prefix = null! },
            Addressees = new Addressees(null!) { Items = ImmutableArray.Create<ListItem>(null!, new ListItem(null!) { Marker = null!, RawText = null! }) },
            Body = new Body
            {
                Nodes = ImmutableArray.Create<BodyNode>(
                    null!,
                    new Paragraph(null!),
                    new LegalBasis(string.Empty),
                    new BodySection(SectionLevel.Part, null!) { Heading = null!, Children = default }),
            },
            Signatures = ImmutableArray.Create(
                null!,
                new SignatureBlock { Authority = string.Empty, Titles = default, Lines = default, SignerName = new TextElement(null!) },
                new SignatureBlock
                {
                    Authority = "KT",
                    Titles = ImmutableArray.Create<string>(null!, " "),
                    Lines = ImmutableArray.Create<TextElement>(null!, new TextElement(null!)),
                }),
            Recipients = new AdminDocs.Recipients(null!)
            {
                Items = ImmutableArray.Create<ListItem>(null!, new ListItem(null!) { Marker = null!, RawText = null! }),
            },
            Appendices = ImmutableArray.Create<Appendix>(null!, new Appendix(null!) { Body = null! }),
            Unrecognized = ImmutableArray.Create<UnrecognizedBlock>(null!, new UnrecognizedBlock(null!)),
        };

        var found = FooterRules.Of(doc);

        found.Should().NotContain(d => d.MessageKey == "rule-failed");
    }

    [Fact]
    public void Every_message_of_these_rules_exists_in_both_languages()
    {
        var keys = Messages.Keys.Where(k => FooterRules.Ids.Contains(k.Split('.')[0])).ToArray();

        keys.Should().Contain(FooterRules.Ids);
        foreach (var key in keys)
        {
            Messages.Template(key, MessageLanguage.English).Should().NotBeNullOrWhiteSpace(key);
            Messages.Template(key, MessageLanguage.Vietnamese).Should().NotBeNullOrWhiteSpace(key);
            Messages.Template(key, MessageLanguage.Vietnamese).Should().NotBe(Messages.Template(key, MessageLanguage.English), key);
        }
    }

    [Fact]
    public void Every_rule_is_registered_with_its_catalog_entry()
    {
        var ids = AdminDocs.Validation.Validator.Default.Rules.Select(r => r.Descriptor.Id).ToArray();

        ids.Should().Contain(FooterRules.Ids);
        FooterRules.Ids.Select(RuleCatalog.Get).Should().OnlyContain(d => d.Needs == AdminDocs.Sources.SourceFacts.Text);
    }

    [Fact]
    public void The_sample_copy_has_its_readme()
    {
        File.Exists(Path.Combine(AppContext.BaseDirectory, "TestAssets", "samples", "README.md")).Should().BeTrue();
    }
}

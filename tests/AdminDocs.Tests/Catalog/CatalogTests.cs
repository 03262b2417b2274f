using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Catalog;

/// <summary>Meta-tests over every rule: the catalog is consistent, every rule has its messages, no rule fires
/// on a correct document or throws on a broken one.</summary>
public class CatalogTests
{
    public static IEnumerable<object[]> BuiltInRules() => Validator.Default.Rules.Select(r => new object[] { r.Descriptor.Id });

    [Fact]
    public void The_catalog_has_unique_well_formed_ids_and_names()
    {
        var all = RuleCatalog.All.ToList();
        all.Should().HaveCountGreaterThan(100);
        all.Select(d => d.Id).Should().OnlyHaveUniqueItems().And.OnlyContain(id => Regex.IsMatch(id, @"^AD\d{4}$"));
        all.Select(d => d.Name).Should().OnlyHaveUniqueItems().And.OnlyContain(n => Regex.IsMatch(n, "^[a-z0-9]+(-[a-z0-9]+)*$"));
        all.Should().OnlyContain(d => d.Profiles.Length > 0 && d.Description.Length > 0 && d.LegalSource.Length > 0);
        RuleCatalog.Find("symbol-type-abbreviation")!.Id.Should().Be("AD2208");
        RuleCatalog.Find("ad2208")!.Name.Should().Be("symbol-type-abbreviation");
    }

    [Fact]
    public void Every_document_kind_is_in_the_type_catalog_once()
    {
        var kinds = Enum.GetValues<DocumentKind>().Where(k => k != DocumentKind.Other).ToList();
        kinds.Should().HaveCount(32);
        DocumentKindInfo.All.Select(i => i.Kind).Should().BeEquivalentTo(kinds);
        DocumentKindInfo.All.Select(i => i.CatalogName).Should().OnlyHaveUniqueItems();
        DocumentKindInfo.Get(DocumentKind.Report).Abbreviation.Should().Be("BC");
        DocumentKindInfo.Get(DocumentKind.Provisions).Abbreviation.Should().Be("QyĐ");
        DocumentKindInfo.Get(DocumentKind.OfficialLetter).Abbreviation.Should().BeNull();
        DocumentKindInfo.FindByTitle("BIÊN BẢN")!.Kind.Should().Be(DocumentKind.Minutes);
        DocumentKindInfo.FindByTitle("Bản thoả thuận")!.Kind.Should().Be(DocumentKind.Agreement, "tone-mark placement and case are ignored");
    }

    [Fact]
    public void Every_built_in_rule_is_in_the_catalog_once_and_runs_on_text()
    {
        var rules = Validator.Default.Rules;
        rules.Should().NotBeEmpty();
        rules.Select(r => r.Descriptor.Id).Should().OnlyHaveUniqueItems();
        rules.Should().OnlyContain(r => RuleCatalog.Get(r.Descriptor.Id) == r.Descriptor);
    }

    [Fact]
    public void The_explicit_built_in_rule_list_names_every_concrete_rule_of_the_assembly()
    {
        // The list is explicit so that trimming and Native AOT keep every rule; this catches a rule class that was
        // written but not added to it.
        var concrete = typeof(Rule).Assembly.GetTypes()
            .Where(t => typeof(Rule).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => t.FullName)
            .OrderBy(n => n, StringComparer.Ordinal);
        Validator.Default.Rules.Select(r => r.GetType().FullName).OrderBy(n => n, StringComparer.Ordinal)
            .Should().Equal(concrete);
    }

    [Theory]
    [MemberData(nameof(BuiltInRules))]
    public void Every_built_in_rule_has_its_message_in_both_languages(string id)
    {
        Messages.Contains(id).Should().BeTrue($"{id} needs a message in Catalog/messages.*.tsv");
        Messages.Template(id, MessageLanguage.English).Should().NotBeNullOrWhiteSpace();
        Messages.Template(id, MessageLanguage.Vietnamese).Should().NotBeNullOrWhiteSpace()
            .And.NotBe(Messages.Template(id, MessageLanguage.English), "the Vietnamese message is a translation");
    }

    [Fact]
    public void Every_message_key_belongs_to_a_catalog_rule_and_has_both_languages()
    {
        foreach (var key in Messages.Keys)
        {
            var id = key.Split('.')[0];
            if (key != "rule-failed")
            {
                RuleCatalog.Find(id).Should().NotBeNull($"message key '{key}' must start with a catalog id");
            }

            Messages.Template(key, MessageLanguage.English).Should().NotBeNullOrWhiteSpace(key);
            Messages.Template(key, MessageLanguage.Vietnamese).Should().NotBeNullOrWhiteSpace(key);
            var placeholders = Regex.Matches(Messages.Template(key, MessageLanguage.English)!, @"\{(\d+)\}").Select(m => m.Value).Distinct().OrderBy(x => x);
            Regex.Matches(Messages.Template(key, MessageLanguage.Vietnamese)!, @"\{(\d+)\}").Select(m => m.Value).Distinct().OrderBy(x => x)
                .Should().Equal(placeholders, $"both languages of '{key}' use the same arguments");
        }
    }

    [Fact]
    public void The_correct_sample_has_no_error_and_no_warning()
    {
        var result = TestDocuments.ValidateText(File.ReadAllText(Dump.Asset("samples/bao-cao-mau-nd30.txt")));
        result.Profile.Should().Be(DocumentProfile.Nd30);
        result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Should().BeEmpty(Dump.Of(result.Document));
    }

    [Fact]
    public void The_correct_model_has_no_error_and_no_warning()
    {
        TestDocuments.Validate(TestDocuments.CorrectReport()).Diagnostics
            .Where(d => d.Severity != DiagnosticSeverity.Info).Should().BeEmpty();
    }

    [Fact]
    public void No_rule_throws_on_an_empty_document()
    {
        foreach (var profile in new[] { DocumentProfile.Nd30, DocumentProfile.Tt01, DocumentProfile.Hd36 })
        {
            var options = new ValidationOptions { Profile = profile };
            TestDocuments.Validate(new AdminDocument(), options).Diagnostics.Should().NotContain(d => d.MessageKey == "rule-failed");
            TestDocuments.ValidateText(string.Empty, options).Diagnostics.Should().NotContain(d => d.MessageKey == "rule-failed");
        }
    }

    [Fact]
    public void No_rule_throws_on_mangled_documents()
    {
        // Seeded mutations of both samples: lines dropped, duplicated, swapped, cut, upper-cased, glued together.
        var random = new Random(20201229);
        var sources = new[] { "samples/bao-cao-sgtvt-binh-dinh-2019.txt", "samples/bao-cao-mau-nd30.txt" }
            .Select(p => File.ReadAllText(Dump.Asset(p)).Split('\n')).ToArray();
        for (var iteration = 0; iteration < 300; iteration++)
        {
            var lines = sources[iteration % 2].ToList();
            for (var m = random.Next(1, 8); m > 0 && lines.Count > 1; m--)
            {
                var i = random.Next(lines.Count);
                switch (random.Next(7))
                {
                    case 0: lines.RemoveAt(i); break;
                    case 1: lines.Insert(i, lines[random.Next(lines.Count)]); break;
                    case 2: (lines[i], lines[^1]) = (lines[^1], lines[i]); break;
                    case 3: lines[i] = lines[i].Substring(0, random.Next(lines[i].Length + 1)); break;
                    case 4: lines[i] = lines[i].ToUpperInvariant(); break;
                    case 5 when i + 1 < lines.Count: lines[i] = lines[i] + " " + lines[i + 1]; lines.RemoveAt(i + 1); break;
                    default: lines[i] = new string(lines[i].Reverse().ToArray()); break;
                }
            }

            var text = string.Join("\n", lines);
            var result = TestDocuments.ValidateText(text);
            result.Diagnostics.Should().NotContain(d => d.MessageKey == "rule-failed", text);
            ModelText.Signature(ModelText.All(result.Document)).Should().Be(
                ModelText.Signature(TestDocuments.Read(text).Blocks.Select(b => b.Text)), "no text is lost:\n" + text);
        }
    }
}

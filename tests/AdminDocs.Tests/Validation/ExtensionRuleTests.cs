using System;
using System.IO;
using System.Linq;
using AdminDocs.Building;
using AdminDocs.Configuration;
using AdminDocs.Json;
using AdminDocs.Tests.Building;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Validation;

/// <summary>An app's own rule, added through the validator builder as an extension: same diagnostics, both languages,
/// severity overrides from admindocs.json, its "how to fix" text, JSON output; the builder validates with it too.</summary>
public class ExtensionRuleTests
{
    private static readonly Validator WithOrgRules = Validator.CreateBuilder().Use<OrgRules>().Build();

    [Fact]
    public void The_rule_reports_like_a_built_in_one_in_both_languages()
    {
        var result = WithOrgRules.Validate(BuiltDocuments.SampleReport().Build().Document);

        var d = result.Diagnostics.Should().ContainSingle(x => x.Id == "ORG0001").Which;
        d.Name.Should().Be("contact-line-required");
        d.Severity.Should().Be(DiagnosticSeverity.Warning);
        d.GetMessage(MessageLanguage.English).Should().Be("The document has no contact line (ô 13): the organisation asks for its address.");
        d.GetMessage(MessageLanguage.Vietnamese).Should().Be("Văn bản chưa có dòng thông tin liên hệ (ô 13): cơ quan yêu cầu ghi địa chỉ.");
        d.LegalSource.Should().Be("Quy chế công tác văn thư, Điều 5");
        d.Descriptor.IsBuiltIn.Should().BeFalse();
        d.Descriptor.GetFix(MessageLanguage.Vietnamese).Should().Be("Thêm dòng \"Địa chỉ: ...\" cuối văn bản.");
        d.Descriptor.GetDescription(MessageLanguage.Vietnamese).Should().Be("Văn bản có dòng thông tin liên hệ.");
        WithOrgRules.FindRule("contact-line-required").Should().BeSameAs(d.Descriptor);
        WithOrgRules.Descriptors.Should().Contain(d.Descriptor);

        var variant = WithOrgRules.Validate(BuiltDocuments.SampleReport().Contact("ĐT: 0256").Build().Document).Diagnostics.Single(x => x.Id == "ORG0001");
        variant.GetMessage(MessageLanguage.English).Should().Be("The contact lines (\"ĐT: 0256\") have no address.");
        variant.GetMessage(MessageLanguage.Vietnamese).Should().Be("Các dòng liên hệ (\"ĐT: 0256\") chưa có địa chỉ.");
        WithOrgRules.Validate(BuiltDocuments.SampleReport().Contact("Địa chỉ: 01 Lê Lợi").Build().Document).Diagnostics.Should().NotContain(x => x.Id == "ORG0001");
    }

    [Fact]
    public void The_JSON_report_carries_the_rule()
    {
        var result = WithOrgRules.Validate(BuiltDocuments.SampleReport().Build().Document);

        var json = ValidationJson.ToJson(new[] { result }, MessageLanguage.English);

        json.Should().Contain("\"id\": \"ORG0001\"").And.Contain("\"name\": \"contact-line-required\"")
            .And.Contain("\"source\": \"Quy chế công tác văn thư, Điều 5\"").And.Contain("the organisation asks for its address");
    }

    [Fact]
    public void Admindocs_json_turns_it_off_or_changes_its_severity_by_id_or_name()
    {
        var folder = Path.Combine(Path.GetTempPath(), "admindocs-ext-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var file = Path.Combine(folder, "bao-cao.txt");
            File.WriteAllText(Path.Combine(folder, "admindocs.json"), "{ \"rules\": { \"ORG0001\": \"off\" } }");
            var off = new ConfigResolver(validator: WithOrgRules).For(file)!.OptionsFor(file);
            var document = BuiltDocuments.SampleReport().Build().Document;
            WithOrgRules.Validate(document, off).Diagnostics.Should().NotContain(x => x.Id == "ORG0001");

            var error = AdminDocsConfig.Parse("{ \"rules\": { \"contact-line-required\": \"error\" } }", Path.Combine(folder, "admindocs.json"), WithOrgRules);
            WithOrgRules.Validate(document, error.OptionsFor(file)).Diagnostics.Single(x => x.Id == "ORG0001").Severity.Should().Be(DiagnosticSeverity.Error);

            // The builder validates once, with the app's rules and the configuration: an error fails it.
            var build = () => BuiltDocuments.SampleReport().Build(error.OptionsFor(file), WithOrgRules);
            var ex = build.Should().Throw<DocumentBuildException>().Which;
            ex.Diagnostics.Select(x => x.Id).Should().Equal("ORG0001");
            ex.GetMessage(MessageLanguage.Vietnamese).Should().Contain("ORG0001").And.Contain("→ Thêm dòng \"Địa chỉ: ...\" cuối văn bản.");

            // A validator without the rule does not know it: the same error the tool gives for a typo.
            var unknown = () => AdminDocsConfig.Parse("{ \"rules\": { \"ORG0001\": \"off\" } }", Path.Combine(folder, "admindocs.json"));
            unknown.Should().Throw<ConfigException>().WithMessage("*$.rules.ORG0001: unknown rule \"ORG0001\"; use a rule id (AD0001 … AD6xxx) or name from the catalog*");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("AD9001")]
    [InlineData("ad9001")]
    [InlineData("ORG-1")]
    [InlineData("0001")]
    public void An_own_rule_id_is_letters_then_digits_and_not_the_catalog_prefix(string id)
    {
        var act = () => RuleDescriptor.Create(id, "x-rule", DiagnosticSeverity.Info, OrgRules.Texts);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_rule_with_a_catalog_id_must_carry_the_catalog_descriptor_and_texts_must_agree()
    {
        var act = () => Validator.CreateBuilder().AddRule(new ImpostorRule());
        act.Should().Throw<ArgumentException>().WithMessage("*AD2208*catalog's descriptor*");

        var mismatch = () => new RuleTexts("{0} is wrong.", "Sai.", "d", "d", "f", "f");
        mismatch.Should().Throw<ArgumentException>().WithMessage("*different arguments*");
    }

    /// <summary>The example extension of docs/configuration.md, in short.</summary>
    private sealed class OrgRules : IValidatorExtension
    {
        public static readonly RuleTexts Texts = new RuleTexts(
                "The document has no contact line (ô 13): the organisation asks for its address.",
                "Văn bản chưa có dòng thông tin liên hệ (ô 13): cơ quan yêu cầu ghi địa chỉ.",
                "The document has a contact line.",
                "Văn bản có dòng thông tin liên hệ.",
                "Add an \"Địa chỉ: ...\" line at the end of the document.",
                "Thêm dòng \"Địa chỉ: ...\" cuối văn bản.")
            .WithVariant("no-address", "The contact lines (\"{0}\") have no address.", "Các dòng liên hệ (\"{0}\") chưa có địa chỉ.");

        public void Setup(ValidatorBuilder builder) => builder.AddRule(new ContactLineRule());

        private sealed class ContactLineRule : Rule
        {
            private static readonly RuleDescriptor Own = RuleDescriptor.Create("ORG0001", "contact-line-required", DiagnosticSeverity.Warning, Texts, "Quy chế công tác văn thư, Điều 5", "footer");

            public override RuleDescriptor Descriptor => Own;

            public override void Analyze(RuleContext context)
            {
                var lines = context.Document.ContactLines;
                if (lines.IsDefaultOrEmpty)
                {
                    context.Report("contactLines", null);
                }
                else if (!lines.Any(l => l.Text.StartsWith("Địa chỉ", StringComparison.Ordinal)))
                {
                    context.ReportVariant("no-address", "contactLines", null, string.Join("; ", lines.Select(l => l.Text)));
                }
            }
        }
    }

    private sealed class ImpostorRule : Rule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.Get("AD2208") with { };

        public override void Analyze(RuleContext context)
        {
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Catalog;

/// <summary>
/// The catalog and the code agree both ways: every catalog id is raised by something (a built-in rule, or the
/// readers and the engine, which raise reader diagnostics and AD2212 by id), and every id the code raises is in the
/// catalog. And the layers: the source model and the readers sit on the diagnostics, never on the rule engine.
/// </summary>
public class CatalogImplementationTests
{
    private static readonly Regex Id = new("^AD[0-9]{4}$", RegexOptions.CultureInvariant);

    // The packages that raise diagnostics by id; the tool only lists and documents them.
    private static readonly string[] Raisers = { "src/AdminDocs/", "src/AdminDocs.Docx/", "src/AdminDocs.Html/" };

    // The types of the rule engine (AdminDocs.Validation and AdminDocs.Validation.Rules), which the bottom layers
    // must not name.
    private static readonly Regex EngineType = new(
        @"\b(?:Rule|CatalogRule|RuleContext|Validator|ValidatorBuilder|ValidationOptions|ValidationResult|BuiltInRules)\b|AdminDocs\.Validation\.Rules",
        RegexOptions.CultureInvariant);

    [Fact]
    public void Every_catalog_id_has_an_implementation()
    {
        var rules = Validator.Default.Rules.Select(r => r.Descriptor.Id).ToHashSet(StringComparer.Ordinal);
        var raised = RaisedIds();

        var missing = RuleCatalog.All.Select(d => d.Id).Where(id => !rules.Contains(id) && !raised.Contains(id)).ToList();

        missing.Should().BeEmpty("every catalog id is a built-in rule or is raised by a reader or the engine");
    }

    [Fact]
    public void Every_id_the_code_raises_is_in_the_catalog()
    {
        var unknown = RaisedIds().Where(id => RuleCatalog.Find(id) is null).ToList();

        unknown.Should().BeEmpty();
    }

    [Fact]
    public void The_ids_raised_outside_the_rules_are_the_reader_and_engine_ones()
    {
        var rules = Validator.Default.Rules.Select(r => r.Descriptor.Id).ToHashSet(StringComparer.Ordinal);

        RuleCatalog.All.Select(d => d.Id).Where(id => !rules.Contains(id)).Should()
            .OnlyContain(id => id.StartsWith("AD0", StringComparison.Ordinal) || id == "AD2212");
    }

    [Theory]
    [InlineData("src/AdminDocs/Sources/")]
    [InlineData("src/AdminDocs/Reading/")]
    [InlineData("src/AdminDocs/Diagnostics/")]
    [InlineData("src/AdminDocs/Decree/")]
    [InlineData("src/AdminDocs/Text/")]
    public void The_bottom_layers_do_not_depend_on_the_rule_engine(string folder)
    {
        var offenders = new List<string>();
        foreach (var (path, text) in CodeScanner.SourceFiles().Where(f => f.Path.StartsWith(folder, StringComparison.Ordinal)))
        {
            foreach (var (line, code) in CodeScanner.CodeLines(text))
            {
                if (EngineType.Match(code) is { Success: true } m)
                {
                    offenders.Add($"{path}:{line}: {m.Value}");
                }
            }
        }

        offenders.Should().BeEmpty();
    }

    private static HashSet<string> RaisedIds()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, text) in CodeScanner.SourceFiles().Where(f => Raisers.Any(r => f.Path.StartsWith(r, StringComparison.Ordinal))))
        {
            foreach (var (_, literal) in CodeScanner.Literals(text))
            {
                if (Id.IsMatch(literal))
                {
                    ids.Add(literal);
                }
            }
        }

        return ids;
    }
}

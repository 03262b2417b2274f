using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using AdminDocs.Reading;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Validation;

/// <summary>
/// The <c>With...</c> methods let C# 7.3 callers (netstandard2.0 and .NET Framework projects at their default language
/// version, which cannot call <c>init</c> setters) configure every option: each returns a changed copy.
/// </summary>
public class OptionsWithMethodsTests
{
    [Theory]
    [InlineData(typeof(ValidationOptions))]
    [InlineData(typeof(ReaderLimits))]
    public void Every_init_property_has_a_With_method(Type type) => OptionsApi.MissingWithMethods(type).Should().BeEmpty();

    [Fact]
    public void ValidationOptions_With_methods_give_the_same_options_as_an_object_initializer()
    {
        var today = new DateTime(2024, 12, 5);
        var limits = ReaderLimits.Default.WithMaxBlocks(10);
        var built = ValidationOptions.Default
            .WithProfile(DocumentProfile.Tt01)
            .WithStage(ValidationStage.Issued)
            .WithRuleSeverity("AD2208", null)
            .WithRuleSeverity("AD6001", DiagnosticSeverity.Error)
            .WithKnownAbbreviations(new[] { "SGTVT", "VP" })
            .WithMixedCaseSymbolGroups(new[] { "GDTrH" })
            .WithAllowAcademicTitles(true)
            .WithToday(today)
            .WithLimits(limits);

        built.Profile.Should().Be(DocumentProfile.Tt01);
        built.Stage.Should().Be(ValidationStage.Issued);
        built.RuleSeverities.Should().BeEquivalentTo(new Dictionary<string, DiagnosticSeverity?> { ["AD2208"] = null, ["AD6001"] = DiagnosticSeverity.Error });
        built.IsDisabled("AD2208").Should().BeTrue();
        built.KnownAbbreviations.Should().Equal("SGTVT", "VP");
        built.MixedCaseSymbolGroups.Should().Equal("GDTrH");
        built.AllowAcademicTitles.Should().BeTrue();
        built.Today.Should().Be(today);
        built.Limits.Should().BeSameAs(limits);
        ValidationOptions.Default.Should().BeEquivalentTo(new ValidationOptions(), "the With methods change a copy, never the defaults");
        ValidationOptions.Default.RuleSeverities.Should().BeEmpty();
    }

    [Fact]
    public void Rule_severities_are_added_removed_and_replaced()
    {
        var options = ValidationOptions.Default.WithRuleSeverity("AD2208", null).WithRuleSeverity("AD2208", DiagnosticSeverity.Info);
        options.RuleSeverities.Should().ContainSingle().Which.Value.Should().Be(DiagnosticSeverity.Info);
        options.WithDefaultRuleSeverity("AD2208").RuleSeverities.Should().BeEmpty();
        options.WithDefaultRuleSeverity("AD9999").RuleSeverities.Should().HaveCount(1);

        var replaced = options.WithRuleSeverities(new[] { new KeyValuePair<string, DiagnosticSeverity?>("AD6001", null) });
        replaced.RuleSeverities.Keys.Should().Equal("AD6001");
        replaced.RuleSeverities.KeyComparer.Should().Be(StringComparer.Ordinal);
        replaced.IsDisabled("ad6001").Should().BeFalse("rule ids compare ordinally, as with the initializer's default dictionary");
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        var options = ValidationOptions.Default;
        FluentActions.Invoking(() => options.WithRuleSeverity(null!, null)).Should().Throw<ArgumentNullException>().WithParameterName("id");
        FluentActions.Invoking(() => options.WithDefaultRuleSeverity(null!)).Should().Throw<ArgumentNullException>().WithParameterName("id");
        FluentActions.Invoking(() => options.WithRuleSeverities(null!)).Should().Throw<ArgumentNullException>().WithParameterName("severities");
        FluentActions.Invoking(() => options.WithKnownAbbreviations(null!)).Should().Throw<ArgumentNullException>().WithParameterName("abbreviations");
        FluentActions.Invoking(() => options.WithMixedCaseSymbolGroups(null!)).Should().Throw<ArgumentNullException>().WithParameterName("groups");
        FluentActions.Invoking(() => options.WithLimits(null!)).Should().Throw<ArgumentNullException>().WithParameterName("limits");
    }

    [Fact]
    public void ReaderLimits_With_methods_set_each_limit()
    {
        var limits = ReaderLimits.Default
            .WithMaxInputBytes(1).WithMaxBlocks(2).WithMaxBlockLength(3).WithMaxUncompressedBytes(4)
            .WithMaxPartBytes(5).WithMaxCompressionRatio(6).WithMaxNestingDepth(7).WithMaxArchiveEntries(8);

        limits.Should().Be(new ReaderLimits
        {
            MaxInputBytes = 1, MaxBlocks = 2, MaxBlockLength = 3, MaxUncompressedBytes = 4,
            MaxPartBytes = 5, MaxCompressionRatio = 6, MaxNestingDepth = 7, MaxArchiveEntries = 8,
        });
        ReaderLimits.Default.Should().Be(new ReaderLimits());
    }

    [Fact]
    public void Options_built_with_the_With_methods_validate_like_an_object_initializer()
    {
        var document = TestDocuments.CorrectReport() with { Number = LineParsers.ParseNumber("Số:   /BC-SGTVT") };
        var initialized = TestDocuments.Validate(document, new ValidationOptions
        {
            Stage = ValidationStage.Issued,
            RuleSeverities = ImmutableDictionary.Create<string, DiagnosticSeverity?>(StringComparer.Ordinal).Add("AD2202", DiagnosticSeverity.Warning),
        });
        var chained = TestDocuments.Validate(document, ValidationOptions.Default.WithStage(ValidationStage.Issued).WithRuleSeverity("AD2202", DiagnosticSeverity.Warning));

        chained.Diagnostics.Select(d => (d.Id, d.Severity)).Should().Equal(initialized.Diagnostics.Select(d => (d.Id, d.Severity)));
        chained.Of("AD2202").Should().ContainSingle().Which.Severity.Should().Be(DiagnosticSeverity.Warning);
    }
}

/// <summary>Checks that an options type offers a <c>With...</c> method for each of its <c>init</c> properties.</summary>
public static class OptionsApi
{
    /// <summary>The <c>init</c> properties of <paramref name="type"/> that have no <c>WithName(T)</c> method returning the type.</summary>
    /// <param name="type">The options type.</param>
    /// <returns>The names of the properties without one.</returns>
    public static IEnumerable<string> MissingWithMethods(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var setter = property.SetMethod;
            if (setter is null || !setter.IsPublic || !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            {
                continue;
            }

            var with = type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Where(m => m.Name == "With" + property.Name && m.ReturnType == type)
                .Where(m => m.GetParameters() is { Length: 1 } p && p[0].ParameterType.IsAssignableFrom(property.PropertyType));
            if (!with.Any())
            {
                yield return property.Name;
            }
        }
    }
}

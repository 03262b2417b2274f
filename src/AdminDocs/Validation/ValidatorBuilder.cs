using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AdminDocs.Reading;
using AdminDocs.Validation.Rules;

namespace AdminDocs.Validation;

/// <summary>Configures a <see cref="Validator"/>: rules, readers and default options. Not thread-safe; call
/// <see cref="Build"/> to get the frozen, thread-safe validator.</summary>
public sealed class ValidatorBuilder
{
    private readonly List<Rule> _rules = new();
    private readonly List<IDocumentReader> _readers = new();
    private ValidationOptions _options = ValidationOptions.Default;

    /// <summary>Adds every built-in rule.</summary>
    /// <returns>This builder.</returns>
    public ValidatorBuilder AddBuiltInRules()
    {
        foreach (var rule in BuiltInRules.Create())
        {
            AddRule(rule);
        }

        return this;
    }

    /// <summary>Adds a rule; a rule with the same id replaces the earlier one. A built-in id (<c>AD</c>) must carry
    /// the catalog's descriptor (<see cref="RuleCatalog.Get"/>); an app's rule describes itself with
    /// <see cref="RuleDescriptor.Create"/>.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The rule has an <c>AD</c> id but not the catalog's descriptor.</exception>
    public ValidatorBuilder AddRule(Rule rule)
    {
        if (rule is null)
        {
            throw new ArgumentNullException(nameof(rule));
        }

        var descriptor = rule.Descriptor ?? throw new ArgumentException("The rule has no descriptor.", nameof(rule));
        if (descriptor.IsBuiltIn && !ReferenceEquals(RuleCatalog.Find(descriptor.Id), descriptor))
        {
            throw new ArgumentException($"{descriptor.Id}: a rule with a catalog id must use the catalog's descriptor (RuleCatalog.Get); give your own rule its own id with RuleDescriptor.Create.", nameof(rule));
        }

        _rules.RemoveAll(r => r.Descriptor.Id == rule.Descriptor.Id);
        _rules.Add(rule);
        return this;
    }

    /// <summary>Applies an extension: it adds its rules, readers or options to this builder.</summary>
    /// <param name="extension">The extension.</param>
    /// <returns>This builder.</returns>
    public ValidatorBuilder Use(IValidatorExtension extension)
    {
        (extension ?? throw new ArgumentNullException(nameof(extension))).Setup(this);
        return this;
    }

    /// <summary>Applies an extension with a parameterless constructor.</summary>
    /// <typeparam name="TExtension">The extension.</typeparam>
    /// <returns>This builder.</returns>
    public ValidatorBuilder Use<TExtension>()
        where TExtension : IValidatorExtension, new() => Use(new TExtension());

    /// <summary>Removes every rule.</summary>
    /// <returns>This builder.</returns>
    public ValidatorBuilder ClearRules()
    {
        _rules.Clear();
        return this;
    }

    /// <summary>Adds a reader; it takes precedence over earlier readers for the same extensions.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>This builder.</returns>
    public ValidatorBuilder AddReader(IDocumentReader reader)
    {
        if (reader is null)
        {
            throw new ArgumentNullException(nameof(reader));
        }

        _readers.Insert(0, reader);
        return this;
    }

    /// <summary>Sets the options used when a call passes none.</summary>
    /// <param name="options">The options.</param>
    /// <returns>This builder.</returns>
    public ValidatorBuilder WithOptions(ValidationOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        return this;
    }

    /// <summary>Freezes the configuration.</summary>
    /// <returns>The validator.</returns>
    public Validator Build() => new(
        _rules.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal).ToImmutableArray(),
        _readers.ToImmutableArray(),
        _options);
}

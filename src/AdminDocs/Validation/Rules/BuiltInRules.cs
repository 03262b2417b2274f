using System;
using System.Collections.Generic;
using System.Linq;

namespace AdminDocs.Validation.Rules;

/// <summary>Finds the built-in rules: every concrete <see cref="Rule"/> of this assembly with a parameterless
/// constructor, in id order.</summary>
internal static class BuiltInRules
{
    private static readonly Type[] RuleTypes = typeof(BuiltInRules).Assembly.GetTypes()
        .Where(t => typeof(Rule).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
        .ToArray();

    public static IEnumerable<Rule> Create() =>
        RuleTypes.Select(t => (Rule)Activator.CreateInstance(t)!).OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal);
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

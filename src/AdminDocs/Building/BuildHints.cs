using System;
using System.Collections.Immutable;
using System.IO;
using AdminDocs.Validation;

namespace AdminDocs.Building;

/// <summary>
/// The builder call that fixes a finding, by rule id, in Vietnamese and English ("call
/// <c>.Signature(s =&gt; s.Title(...))</c>"), from the embedded <c>Catalog/build-hints.tsv</c>. A rule without a
/// builder hint (an app's own rule, or one the builder never trips) falls back to the rule's "how to fix" text
/// (<see cref="RuleDescriptor.GetFix"/>).
/// </summary>
public static class BuildHints
{
    private static readonly Lazy<ImmutableDictionary<string, (string En, string Vi)>> LazyTable = new(Load);

    /// <summary>The builder hint for a message key ("AD4009.build-opening") or a rule id ("AD5003").</summary>
    /// <param name="key">The message key or the rule id; a variant falls back to its rule id.</param>
    /// <param name="language">The language.</param>
    /// <returns>The hint, or <see langword="null"/> when the builder has none for the rule.</returns>
    public static string? For(string key, MessageLanguage language)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        if (!LazyTable.Value.TryGetValue(key, out var hint))
        {
            var dot = key.IndexOf('.');
            if (dot <= 0 || !LazyTable.Value.TryGetValue(key.Substring(0, dot), out hint))
            {
                return null;
            }
        }

        return language == MessageLanguage.English ? hint.En : hint.Vi;
    }

    /// <summary>The hint for a finding: the builder's own, else the rule's "how to fix" text.</summary>
    /// <param name="diagnostic">The finding.</param>
    /// <param name="language">The language.</param>
    /// <returns>The hint, or <see langword="null"/> when there is none.</returns>
    public static string? For(Diagnostic diagnostic, MessageLanguage language)
    {
        if (diagnostic is null)
        {
            throw new ArgumentNullException(nameof(diagnostic));
        }

        return For(diagnostic.MessageKey, language) ?? diagnostic.Descriptor.GetFix(language);
    }

    /// <summary>One line for a finding of the builder: model path, severity, rule id, message and hint
    /// ("signatures[0]: error AD5003 ... → call <c>.Signature(...)</c>").</summary>
    /// <param name="diagnostic">The finding.</param>
    /// <param name="language">The language.</param>
    /// <returns>The line.</returns>
    public static string Describe(Diagnostic diagnostic, MessageLanguage language)
    {
        if (diagnostic is null)
        {
            throw new ArgumentNullException(nameof(diagnostic));
        }

        var path = diagnostic.ModelPath.Length == 0 ? "document" : diagnostic.ModelPath;
        var hint = For(diagnostic, language);
        return path + ": " + diagnostic.Severity.ToName() + " " + diagnostic.Id + " " + diagnostic.GetMessage(language)
            + (hint is null ? string.Empty : " → " + hint);
    }

    private static ImmutableDictionary<string, (string En, string Vi)> Load()
    {
        var b = ImmutableDictionary.CreateBuilder<string, (string, string)>(StringComparer.Ordinal);
        foreach (var c in EmbeddedCatalog.ReadTsv("build-hints.tsv"))
        {
            if (c.Length < 3 || b.ContainsKey(c[0]))
            {
                throw new InvalidDataException($"build-hints.tsv: the row '{c[0]}' is not a new key with en and vi.");
            }

            b[c[0]] = (c[1], c[2]);
        }

        return b.ToImmutable();
    }
}

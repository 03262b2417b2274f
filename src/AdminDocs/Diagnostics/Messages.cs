using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace AdminDocs.Validation;

/// <summary>
/// The diagnostic messages in English and Vietnamese, from the embedded resources <c>Catalog/messages*.tsv</c>
/// (key, English, Vietnamese; one file per component). A key is a rule id ("AD2208") or a rule id and a variant ("AD2206.slash-space").
/// Templates use <c>{0}</c>, <c>{1}</c>... for the arguments a rule reports.
/// </summary>
public static class Messages
{
    private static readonly Lazy<ImmutableDictionary<string, (string En, string Vi)>> LazyTable = new(Load);

    /// <summary>Every message key.</summary>
    public static IEnumerable<string> Keys => LazyTable.Value.Keys;

    /// <summary>Whether a message exists for <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>Whether it exists.</returns>
    public static bool Contains(string key) => LazyTable.Value.ContainsKey(key);

    /// <summary>The message template for a key in a language.</summary>
    /// <param name="key">The key.</param>
    /// <param name="language">The language.</param>
    /// <returns>The template, or <see langword="null"/> when the key is unknown.</returns>
    public static string? Template(string key, MessageLanguage language) =>
        LazyTable.Value.TryGetValue(key, out var m) ? (language == MessageLanguage.English ? m.En : m.Vi) : null;

    /// <summary>Formats the message for a key with its arguments.</summary>
    /// <param name="key">The key; falls back to the part before the first '.' when the variant is unknown.</param>
    /// <param name="language">The language.</param>
    /// <param name="arguments">The arguments.</param>
    /// <returns>The message.</returns>
    public static string Format(string key, MessageLanguage language, ImmutableArray<string> arguments) =>
        Format(null, key, language, arguments);

    /// <summary>Formats a message of a rule: an app's rule carries its own templates, the built-in rules' are here.</summary>
    internal static string Format(RuleDescriptor? descriptor, string key, MessageLanguage language, ImmutableArray<string> arguments)
    {
        var dot = key.IndexOf('.');
        var template = descriptor?.OwnTemplate(key, language)
            ?? (dot > 0 ? descriptor?.OwnTemplate(key.Substring(0, dot), language) : null)
            ?? Template(key, language);
        if (template is null)
        {
            template = dot > 0 ? Template(key.Substring(0, dot), language) : null;
        }

        if (template is null)
        {
            return key + (arguments.IsDefaultOrEmpty ? string.Empty : ": " + string.Join(", ", arguments));
        }

        try
        {
            return string.Format(CultureInfo.InvariantCulture, template, arguments.IsDefault ? Array.Empty<object>() : System.Linq.Enumerable.ToArray<object>(arguments));
        }
        catch (FormatException)
        {
            return template;
        }
    }

    private static ImmutableDictionary<string, (string En, string Vi)> Load()
    {
        var b = ImmutableDictionary.CreateBuilder<string, (string, string)>(StringComparer.Ordinal);
        foreach (var name in EmbeddedCatalog.Names("messages"))
        {
            foreach (var c in EmbeddedCatalog.ReadTsv(name))
            {
                if (c.Length < 3)
                {
                    throw new System.IO.InvalidDataException($"{name}: the row '{c[0]}' needs three columns (key, en, vi).");
                }

                if (b.ContainsKey(c[0]))
                {
                    throw new System.IO.InvalidDataException($"{name}: the message key '{c[0]}' is defined twice.");
                }

                b[c[0]] = (c[1], c[2]);
            }
        }

        return b.ToImmutable();
    }
}

using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace AdminDocs.Validation;

/// <summary>
/// The texts of an app's own rule (<see cref="RuleDescriptor.Create"/>), each in English and Vietnamese: the message
/// its findings print (with <c>{0}</c>, <c>{1}</c> ... for the arguments the rule reports, the same in both
/// languages), what it checks and how to fix it; optionally message variants and a help link. Immutable: the
/// <c>With...</c> methods return a changed copy.
/// </summary>
public sealed class RuleTexts
{
    private static readonly Regex VariantPattern = new("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant);
    private static readonly Regex Placeholder = new(@"\{(\d+)\}", RegexOptions.CultureInvariant);

    private readonly ImmutableDictionary<string, (string En, string Vi)> _variants;

    /// <summary>Creates the texts.</summary>
    /// <param name="messageEn">The message in English.</param>
    /// <param name="messageVi">The message in Vietnamese.</param>
    /// <param name="descriptionEn">What the rule checks, in English.</param>
    /// <param name="descriptionVi">What the rule checks, in Vietnamese.</param>
    /// <param name="fixEn">How to fix a finding, in English.</param>
    /// <param name="fixVi">How to fix a finding, in Vietnamese.</param>
    /// <exception cref="ArgumentException">A text is empty, or the two messages use different arguments.</exception>
    public RuleTexts(string messageEn, string messageVi, string descriptionEn, string descriptionVi, string fixEn, string fixVi)
        : this(Check(messageEn, messageVi, nameof(messageEn)), Required(descriptionEn, nameof(descriptionEn)), Required(descriptionVi, nameof(descriptionVi)), Required(fixEn, nameof(fixEn)), Required(fixVi, nameof(fixVi)), ImmutableDictionary<string, (string, string)>.Empty, null)
    {
    }

    private RuleTexts((string En, string Vi) message, string descriptionEn, string descriptionVi, string fixEn, string fixVi, ImmutableDictionary<string, (string En, string Vi)> variants, string? helpUri)
    {
        MessageEn = message.En;
        MessageVi = message.Vi;
        DescriptionEn = descriptionEn;
        DescriptionVi = descriptionVi;
        FixEn = fixEn;
        FixVi = fixVi;
        _variants = variants;
        HelpUri = helpUri;
    }

    /// <summary>The message in English.</summary>
    public string MessageEn { get; }

    /// <summary>The message in Vietnamese.</summary>
    public string MessageVi { get; }

    /// <summary>What the rule checks, in English.</summary>
    public string DescriptionEn { get; }

    /// <summary>What the rule checks, in Vietnamese.</summary>
    public string DescriptionVi { get; }

    /// <summary>How to fix a finding, in English.</summary>
    public string FixEn { get; }

    /// <summary>How to fix a finding, in Vietnamese.</summary>
    public string FixVi { get; }

    /// <summary>The link to the rule's documentation (SARIF <c>helpUri</c>), or <see langword="null"/>.</summary>
    public string? HelpUri { get; }

    /// <summary>The variant names (reported with <see cref="RuleContext.ReportVariant"/>).</summary>
    public ImmutableArray<string> Variants => _variants.Keys.OrderBy(k => k, StringComparer.Ordinal).ToImmutableArray();

    /// <summary>A copy with one more message variant.</summary>
    /// <param name="variant">The variant, kebab case ("missing-year").</param>
    /// <param name="messageEn">Its message in English.</param>
    /// <param name="messageVi">Its message in Vietnamese.</param>
    /// <returns>The changed copy.</returns>
    public RuleTexts WithVariant(string variant, string messageEn, string messageVi)
    {
        if (variant is null || !VariantPattern.IsMatch(variant))
        {
            throw new ArgumentException($"'{variant}' is not a variant name: kebab case, e.g. missing-year.", nameof(variant));
        }

        return new RuleTexts((MessageEn, MessageVi), DescriptionEn, DescriptionVi, FixEn, FixVi, _variants.SetItem(variant, Check(messageEn, messageVi, nameof(messageEn))), HelpUri);
    }

    /// <summary>A copy with a link to the rule's documentation.</summary>
    /// <param name="helpUri">The link.</param>
    /// <returns>The changed copy.</returns>
    public RuleTexts WithHelpUri(string helpUri) =>
        new((MessageEn, MessageVi), DescriptionEn, DescriptionVi, FixEn, FixVi, _variants, Required(helpUri, nameof(helpUri)));

    /// <summary>The messages by key for a rule id: the id, then id + "." + variant.</summary>
    internal ImmutableDictionary<string, (string En, string Vi)> Messages { get; private set; } = ImmutableDictionary<string, (string, string)>.Empty;

    internal RuleTexts ForRule(string id)
    {
        var copy = new RuleTexts((MessageEn, MessageVi), DescriptionEn, DescriptionVi, FixEn, FixVi, _variants, HelpUri);
        var b = ImmutableDictionary.CreateBuilder<string, (string, string)>(StringComparer.Ordinal);
        b[id] = (MessageEn, MessageVi);
        foreach (var v in _variants)
        {
            b[id + "." + v.Key] = v.Value;
        }

        copy.Messages = b.ToImmutable();
        return copy;
    }

    private static string Required(string text, string parameter) =>
        string.IsNullOrWhiteSpace(text) ? throw new ArgumentException("The text is empty.", parameter) : text;

    private static (string En, string Vi) Check(string en, string vi, string parameter)
    {
        Required(en, parameter);
        Required(vi, parameter);
        string Args(string t) => string.Join(",", Placeholder.Matches(t).Cast<Match>().Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().OrderBy(i => i));
        if (Args(en) != Args(vi))
        {
            throw new ArgumentException($"The English and the Vietnamese message use different arguments: \"{en}\" / \"{vi}\".", parameter);
        }

        return (en, vi);
    }
}

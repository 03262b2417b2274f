using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AdminDocs.Sources;

namespace AdminDocs.Validation;

/// <summary>
/// The fixed facts of a rule, from the rule catalog (<c>rules.tsv</c>): a stable id (<c>AD</c> + four digits), a
/// kebab-case name, the component, the default severity, the facts the rule needs, the profiles it applies to,
/// what it checks and its legal source. An app's own rule describes itself with <see cref="Create"/> (any id
/// prefix but <c>AD</c>) and carries its own messages and "how to fix" text in both languages.
/// </summary>
public sealed record RuleDescriptor
{
    private static readonly Regex OwnIdPattern = new("^[A-Z]{1,10}[0-9]{1,6}$", RegexOptions.CultureInvariant);
    private static readonly Regex NamePattern = new("^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    private readonly RuleTexts? _own;

    internal RuleDescriptor(
        string id,
        string name,
        string component,
        DiagnosticSeverity defaultSeverity,
        SourceFacts needs,
        ImmutableArray<DocumentProfile> profiles,
        string description,
        string legalSource,
        ImmutableDictionary<DocumentProfile, string>? profileSources = null,
        RuleTexts? own = null)
    {
        _own = own;
        Id = id;
        Name = name;
        Component = component;
        DefaultSeverity = defaultSeverity;
        Needs = needs;
        Profiles = profiles;
        Description = description;
        LegalSource = legalSource;
        ProfileSources = profileSources ?? ImmutableDictionary<DocumentProfile, string>.Empty;
    }

    /// <summary>The stable id, e.g. "AD2208".</summary>
    public string Id { get; }

    /// <summary>The kebab-case name, e.g. "symbol-type-abbreviation".</summary>
    public string Name { get; }

    /// <summary>The component the rule checks ("header", "number", "signature", ...).</summary>
    public string Component { get; }

    /// <summary>The severity when neither the stage nor the configuration changes it.</summary>
    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>The facts beyond text the rule needs from the source.</summary>
    public SourceFacts Needs { get; }

    /// <summary>The profiles the rule applies to.</summary>
    public ImmutableArray<DocumentProfile> Profiles { get; }

    /// <summary>What the rule checks (English).</summary>
    public string Description { get; }

    /// <summary>The legal source, e.g. "ND30 PL I, II.3.b; PL III" ("—" when there is none).</summary>
    public string LegalSource { get; }

    /// <summary>
    /// Whether the rule reports a component the document lacks (its catalog name ends in <c>-missing</c>: AD2001
    /// national-title-missing, AD5101 recipients-missing, ...). Such a rule is meaningful only for a document that
    /// was recognized as administrative: when AD0005 not-an-administrative-document fires, the validator does not
    /// run it and lists it in <see cref="ValidationResult.NotChecked"/> instead of reporting every component missing.
    /// </summary>
    internal bool ReportsMissingComponent => Component != "reader" && Name.EndsWith("-missing", StringComparison.Ordinal);

    /// <summary>
    /// The legal source under a profile whose own text governs it, where it differs from <see cref="LegalSource"/>
    /// (from the catalog's <c>rule-sources.tsv</c>): a Party document (HD36) cites Hướng dẫn 36-HD/VPTW's clause, or
    /// "—" where that guidance has none, never Nghị định 30.
    /// </summary>
    public ImmutableDictionary<DocumentProfile, string> ProfileSources { get; }

    /// <summary>The legal source to cite for a finding under <paramref name="profile"/>.</summary>
    /// <param name="profile">The profile the document was validated under.</param>
    /// <returns>The profile's own source when the catalog gives one, otherwise <see cref="LegalSource"/>.</returns>
    public string LegalSourceFor(DocumentProfile profile) =>
        ProfileSources.TryGetValue(profile, out var source) ? source : LegalSource;

    /// <summary>The rule's documentation page within the repository (a built-in rule), or the link an app gave
    /// its own rule (empty when it gave none).</summary>
    public string HelpPath => _own is null ? "docs/rules/" + Id + ".md" : _own.HelpUri ?? string.Empty;

    /// <summary>Whether the rule is one of the catalog's (an <c>AD</c> id), not an app's own.</summary>
    public bool IsBuiltIn => _own is null;

    /// <summary>What the rule checks, in a language (the English is <see cref="Description"/>).</summary>
    /// <param name="language">The language.</param>
    /// <returns>The summary.</returns>
    public string GetDescription(MessageLanguage language) =>
        language == MessageLanguage.English
            ? Description
            : _own?.DescriptionVi ?? RuleDocs.Find(Id)?.SummaryVi ?? Description;

    /// <summary>How to fix a finding of the rule, in a language: the built-in rules' texts are embedded in the
    /// library (the ones <c>admindocs rules ID</c> and docs/rules print); an app's rule gives its own.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text, or <see langword="null"/> when the rule has none.</returns>
    public string? GetFix(MessageLanguage language)
    {
        if (_own is not null)
        {
            return language == MessageLanguage.English ? _own.FixEn : _own.FixVi;
        }

        return RuleDocs.Find(Id) is { } doc ? (language == MessageLanguage.English ? doc.FixEn : doc.FixVi) : null;
    }

    /// <summary>The message template of a key of this rule (the id, or id + "." + variant), or
    /// <see langword="null"/>: an app's rule carries its own messages, a built-in rule's are in <see cref="Messages"/>.</summary>
    /// <param name="key">The message key.</param>
    /// <param name="language">The language.</param>
    /// <returns>The template.</returns>
    internal string? OwnTemplate(string key, MessageLanguage language) =>
        _own is not null && _own.Messages.TryGetValue(key, out var m) ? (language == MessageLanguage.English ? m.En : m.Vi) : null;

    /// <summary>
    /// Describes an app's own rule: its findings then have the same shape as the built-in rules' (message in
    /// Vietnamese and English, severity that <c>admindocs.json</c> and <see cref="ValidationOptions.RuleSeverities"/>
    /// override, legal source, JSON and SARIF output). Register the rule with
    /// <see cref="ValidatorBuilder.AddRule"/>, usually from an <see cref="IValidatorExtension"/>.
    /// </summary>
    /// <param name="id">The id: 1–10 capital letters then 1–6 digits ("ORG0001", "SGTVT12"); any prefix but
    /// <c>AD</c>, which is the catalog's.</param>
    /// <param name="name">The kebab-case name ("internal-code-format"); it may stand for the id in configuration.</param>
    /// <param name="defaultSeverity">The severity when nothing overrides it.</param>
    /// <param name="texts">The messages, description and fix in both languages.</param>
    /// <param name="legalSource">The legal source or internal regulation to cite ("Quy chế công tác văn thư, Điều 5"),
    /// or "—".</param>
    /// <param name="component">The component checked ("number", "signature", ...; "custom" by default).</param>
    /// <param name="profiles">The profiles it applies to; <see langword="null"/> for all three.</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="ArgumentException">The id or the name is not in the required form, the id starts with
    /// <c>AD</c>, or a text is missing.</exception>
    public static RuleDescriptor Create(
        string id,
        string name,
        DiagnosticSeverity defaultSeverity,
        RuleTexts texts,
        string legalSource = "—",
        string component = "custom",
        IEnumerable<DocumentProfile>? profiles = null)
    {
        if (id is null || !OwnIdPattern.IsMatch(id))
        {
            throw new ArgumentException($"'{id}' is not a rule id: 1 to 10 capital letters then 1 to 6 digits (e.g. ORG0001).", nameof(id));
        }

        if (id.StartsWith("AD", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{id}': the AD prefix is the catalog's; give your own rules another prefix (e.g. ORG0001).", nameof(id));
        }

        if (name is null || !NamePattern.IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a rule name: kebab case, e.g. internal-code-format.", nameof(name));
        }

        if (texts is null)
        {
            throw new ArgumentNullException(nameof(texts));
        }

        if (string.IsNullOrWhiteSpace(legalSource) || string.IsNullOrWhiteSpace(component))
        {
            throw new ArgumentException("Give a legal source (or \"—\") and a component.", string.IsNullOrWhiteSpace(component) ? nameof(component) : nameof(legalSource));
        }

        var all = ImmutableArray.Create(DocumentProfile.Nd30, DocumentProfile.Tt01, DocumentProfile.Hd36);
        var own = profiles is null ? all : profiles.Distinct().ToImmutableArray();
        if (own.IsEmpty)
        {
            throw new ArgumentException("Give at least one profile (or null for all).", nameof(profiles));
        }

        return new RuleDescriptor(id, name, component, defaultSeverity, SourceFacts.Text, own, texts.DescriptionEn, legalSource, null, texts.ForRule(id));
    }

    /// <summary>Whether the rule applies to <paramref name="profile"/>.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>Whether it applies.</returns>
    public bool AppliesTo(DocumentProfile profile) => Profiles.Contains(profile);
}

/// <summary>The rule catalog: every rule id, name, severity and legal source the project has fixed.</summary>
public static class RuleCatalog
{
    private static readonly Lazy<ImmutableDictionary<string, RuleDescriptor>> LazyById = new(Load);

    /// <summary>Every descriptor, ordered by id.</summary>
    public static IEnumerable<RuleDescriptor> All => LazyById.Value.Values.OrderBy(d => d.Id, StringComparer.Ordinal);

    /// <summary>The descriptor of a rule.</summary>
    /// <param name="id">The rule id, e.g. "AD2208".</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="KeyNotFoundException">The id is not in the catalog.</exception>
    public static RuleDescriptor Get(string id) =>
        LazyById.Value.TryGetValue(id, out var d) ? d : throw new KeyNotFoundException($"'{id}' is not in the rule catalog.");

    /// <summary>Finds a descriptor by id ("AD2208") or name ("symbol-type-abbreviation").</summary>
    /// <param name="idOrName">The id or the name.</param>
    /// <returns>The descriptor, or <see langword="null"/>.</returns>
    public static RuleDescriptor? Find(string idOrName)
    {
        if (LazyById.Value.TryGetValue(idOrName.Trim().ToUpperInvariant(), out var d))
        {
            return d;
        }

        return LazyById.Value.Values.FirstOrDefault(x => string.Equals(x.Name, idOrName.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    private static ImmutableDictionary<string, RuleDescriptor> Load()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, RuleDescriptor>(StringComparer.Ordinal);
        var profileSources = LoadProfileSources();
        foreach (var c in EmbeddedCatalog.ReadTsv("rules.tsv"))
        {
            if (c.Length < 8)
            {
                throw new InvalidDataException($"rules.tsv: a row has {c.Length} columns, 8 expected.");
            }

            if (!ProfileNames.TryParseSeverity(c[3], out var severity))
            {
                throw new InvalidDataException($"rules.tsv: {c[0]} has an unknown severity '{c[3]}'.");
            }

            var needs = c[4] switch
            {
                "layout" => SourceFacts.Layout,
                "page" => SourceFacts.Page,
                _ => SourceFacts.Text,
            };
            var profiles = c[5] == "all"
                ? ImmutableArray.Create(DocumentProfile.Nd30, DocumentProfile.Tt01, DocumentProfile.Hd36)
                : c[5].Split(',').Select(p => ProfileNames.TryParseProfile(p, out var pr)
                    ? pr
                    : throw new InvalidDataException($"rules.tsv: {c[0]} has an unknown profile '{p}'.")).ToImmutableArray();
            profileSources.TryGetValue(c[0], out var own);
            builder.Add(c[0], new RuleDescriptor(c[0], c[1], c[2], severity, needs, profiles, c[6], c[7], own?.ToImmutable()));
        }

        foreach (var id in profileSources.Keys.Where(id => !builder.ContainsKey(id)))
        {
            throw new InvalidDataException($"rule-sources.tsv: {id} is not in rules.tsv.");
        }

        return builder.ToImmutable();
    }

    // rule-sources.tsv: id, profile, source — the source to cite under a profile other than the rule's default.
    private static Dictionary<string, ImmutableDictionary<DocumentProfile, string>.Builder> LoadProfileSources()
    {
        var sources = new Dictionary<string, ImmutableDictionary<DocumentProfile, string>.Builder>(StringComparer.Ordinal);
        foreach (var c in EmbeddedCatalog.ReadTsv("rule-sources.tsv"))
        {
            if (c.Length < 3 || !ProfileNames.TryParseProfile(c[1], out var profile))
            {
                throw new InvalidDataException($"rule-sources.tsv: the row '{string.Join("\t", c)}' is not id, profile, source.");
            }

            if (!sources.TryGetValue(c[0], out var own))
            {
                own = ImmutableDictionary.CreateBuilder<DocumentProfile, string>();
                sources.Add(c[0], own);
            }

            own[profile] = c[2];
        }

        return sources;
    }
}

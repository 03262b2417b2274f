using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using AdminDocs.Sources;

namespace AdminDocs.Validation;

/// <summary>
/// The fixed facts of a rule, from the rule catalog (<c>rules.tsv</c>): a stable id (<c>AD</c> + four digits), a
/// kebab-case name, the component, the default severity, the facts the rule needs, the profiles it applies to,
/// what it checks and its legal source.
/// </summary>
public sealed record RuleDescriptor
{
    internal RuleDescriptor(
        string id,
        string name,
        string component,
        DiagnosticSeverity defaultSeverity,
        SourceFacts needs,
        ImmutableArray<DocumentProfile> profiles,
        string description,
        string legalSource,
        ImmutableDictionary<DocumentProfile, string>? profileSources = null)
    {
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

    /// <summary>The rule's documentation page within the repository.</summary>
    public string HelpPath => "docs/rules/" + Id + ".md";

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

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AdminDocs.Reading;

namespace AdminDocs.Validation;

/// <summary>
/// How a document is validated: profile, stage, rule switches and rule options. Immutable: set the properties in an
/// object initializer (C# 9 or later) or, from any language version (C# 7.3 in a netstandard2.0 or .NET Framework
/// project), start from <see cref="Default"/> and chain the <c>With...</c> methods, each of which returns a changed
/// copy: <c>ValidationOptions.Default.WithStage(ValidationStage.Issued).WithRuleSeverity("AD2208", null)</c>.
/// </summary>
public sealed record ValidationOptions
{
    /// <summary>The defaults: profile chosen from the document, stage draft, every rule at its default severity.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>The profile to use, or <see langword="null"/> to choose it from the document (Party heading →
    /// HD36; dated before 05/3/2020 → TT01; otherwise ND30).</summary>
    public DocumentProfile? Profile { get; init; }

    /// <summary>The stage; <see cref="ValidationStage.Draft"/> by default.</summary>
    public ValidationStage Stage { get; init; } = ValidationStage.Draft;

    /// <summary>
    /// Per-rule settings by id: a severity replaces the default, <see langword="null"/> turns the rule off.
    /// </summary>
    public ImmutableDictionary<string, DiagnosticSeverity?> RuleSeverities { get; init; } =
        ImmutableDictionary.Create<string, DiagnosticSeverity?>(StringComparer.Ordinal);

    /// <summary>The organisation's known issuer and unit abbreviations for AD2210 (empty: the rule is silent).</summary>
    public ImmutableArray<string> KnownAbbreviations { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Mixed-case ký hiệu groups the organisation uses, accepted by AD2207 besides the decree's own (TTr,
    /// CTr, QyĐ, TrS) and the Government's (TTg, PTTg, GDTrH, CTrTT); compared exactly, case included.</summary>
    public ImmutableArray<string> MixedCaseSymbolGroups { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Whether academic or military titles before the signer's name are allowed (AD5008).</summary>
    public bool AllowAcademicTitles { get; init; }

    /// <summary>The date that counts as today for "not in the future" (AD3007); <see langword="null"/> for the
    /// machine's local date.</summary>
    public DateTime? Today { get; init; }

    /// <summary>The limits readers enforce on hostile input.</summary>
    public ReaderLimits Limits { get; init; } = ReaderLimits.Default;

    /// <summary>Whether to look for text typed in VIQR (Vietnamese in ASCII with the marks as punctuation,
    /// <c>Vie^.t Nam</c>) and report it as AD0003. Off by default: ordinary text can look like VIQR, so it is detected
    /// only when asked. TCVN3 and VNI are always detected.</summary>
    public bool DetectViqr { get; init; }

    /// <summary>Whether a rule is turned off by <see cref="RuleSeverities"/>.</summary>
    /// <param name="id">The rule id.</param>
    /// <returns>Whether it is off.</returns>
    public bool IsDisabled(string id) => RuleSeverities.TryGetValue(id, out var s) && s is null;

    /// <summary>A copy with another <see cref="Profile"/>.</summary>
    /// <param name="profile">The profile, or <see langword="null"/> to choose it from the document.</param>
    /// <returns>The changed copy.</returns>
    public ValidationOptions WithProfile(DocumentProfile? profile) => this with { Profile = profile };

    /// <summary>A copy with another <see cref="Stage"/>.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The changed copy.</returns>
    public ValidationOptions WithStage(ValidationStage stage) => this with { Stage = stage };

    /// <summary>A copy in which one rule has another severity, or is turned off; the other rules keep their settings.</summary>
    /// <param name="id">The rule id, for example <c>AD2208</c>.</param>
    /// <param name="severity">The severity that replaces the default, or <see langword="null"/> to turn the rule off.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public ValidationOptions WithRuleSeverity(string id, DiagnosticSeverity? severity)
    {
        if (id is null)
        {
            throw new ArgumentNullException(nameof(id));
        }

        return this with { RuleSeverities = RuleSeverities.SetItem(id, severity) };
    }

    /// <summary>A copy in which one rule is back at its default severity (its entry in <see cref="RuleSeverities"/> is removed).</summary>
    /// <param name="id">The rule id.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public ValidationOptions WithDefaultRuleSeverity(string id)
    {
        if (id is null)
        {
            throw new ArgumentNullException(nameof(id));
        }

        return this with { RuleSeverities = RuleSeverities.Remove(id) };
    }

    /// <summary>A copy whose <see cref="RuleSeverities"/> are exactly the given ones (rule ids compared ordinally).</summary>
    /// <param name="severities">Severity by rule id; a <see langword="null"/> severity turns the rule off.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="severities"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The same rule id is given twice.</exception>
    public ValidationOptions WithRuleSeverities(IEnumerable<KeyValuePair<string, DiagnosticSeverity?>> severities)
    {
        if (severities is null)
        {
            throw new ArgumentNullException(nameof(severities));
        }

        return this with { RuleSeverities = ImmutableDictionary.CreateRange(StringComparer.Ordinal, severities) };
    }

    /// <summary>A copy with other <see cref="KnownAbbreviations"/> (AD2210).</summary>
    /// <param name="abbreviations">The organisation's known issuer and unit abbreviations.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="abbreviations"/> is <see langword="null"/>.</exception>
    public ValidationOptions WithKnownAbbreviations(IEnumerable<string> abbreviations)
    {
        if (abbreviations is null)
        {
            throw new ArgumentNullException(nameof(abbreviations));
        }

        return this with { KnownAbbreviations = ImmutableArray.CreateRange(abbreviations) };
    }

    /// <summary>A copy with other <see cref="MixedCaseSymbolGroups"/> (AD2207).</summary>
    /// <param name="groups">The mixed-case ký hiệu groups the organisation uses (e.g. "GDTrH").</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="groups"/> is <see langword="null"/>.</exception>
    public ValidationOptions WithMixedCaseSymbolGroups(IEnumerable<string> groups)
    {
        if (groups is null)
        {
            throw new ArgumentNullException(nameof(groups));
        }

        return this with { MixedCaseSymbolGroups = ImmutableArray.CreateRange(groups) };
    }

    /// <summary>A copy with another <see cref="AllowAcademicTitles"/> (AD5008).</summary>
    /// <param name="allow">Whether academic or military titles before the signer's name are allowed.</param>
    /// <returns>The changed copy.</returns>
    public ValidationOptions WithAllowAcademicTitles(bool allow) => this with { AllowAcademicTitles = allow };

    /// <summary>A copy with another <see cref="Today"/> (AD3007).</summary>
    /// <param name="today">The date that counts as today, or <see langword="null"/> for the machine's local date.</param>
    /// <returns>The changed copy.</returns>
    public ValidationOptions WithToday(DateTime? today) => this with { Today = today };

    /// <summary>A copy with other reader <see cref="Limits"/>.</summary>
    /// <param name="limits">The limits readers enforce on hostile input.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is <see langword="null"/>.</exception>
    public ValidationOptions WithLimits(ReaderLimits limits)
    {
        if (limits is null)
        {
            throw new ArgumentNullException(nameof(limits));
        }

        return this with { Limits = limits };
    }

    /// <summary>A copy with another <see cref="DetectViqr"/>.</summary>
    /// <param name="detect">Whether to look for text typed in VIQR (AD0003).</param>
    /// <returns>The changed copy.</returns>
    public ValidationOptions WithDetectViqr(bool detect) => this with { DetectViqr = detect };
}

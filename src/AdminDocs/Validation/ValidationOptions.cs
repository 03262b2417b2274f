using System;
using System.Collections.Immutable;
using AdminDocs.Reading;

namespace AdminDocs.Validation;

/// <summary>How a document is validated: profile, stage, rule switches and rule options. Immutable.</summary>
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

    /// <summary>Whether academic or military titles before the signer's name are allowed (AD5008).</summary>
    public bool AllowAcademicTitles { get; init; }

    /// <summary>The date that counts as today for "not in the future" (AD3007); <see langword="null"/> for the
    /// machine's local date.</summary>
    public DateTime? Today { get; init; }

    /// <summary>The limits readers enforce on hostile input.</summary>
    public ReaderLimits Limits { get; init; } = ReaderLimits.Default;

    /// <summary>Whether a rule is turned off by <see cref="RuleSeverities"/>.</summary>
    /// <param name="id">The rule id.</param>
    /// <returns>Whether it is off.</returns>
    public bool IsDisabled(string id) => RuleSeverities.TryGetValue(id, out var s) && s is null;
}

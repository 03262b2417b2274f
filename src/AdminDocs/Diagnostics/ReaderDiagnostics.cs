using System;
using System.Collections.Immutable;
using AdminDocs.Sources;

namespace AdminDocs.Validation;

/// <summary>Creates the diagnostics that readers report (AD0001–AD0007), outside any rule.</summary>
public static class ReaderDiagnostics
{
    /// <summary>Creates a reader diagnostic with the catalog's default severity.</summary>
    /// <param name="id">The rule id, e.g. "AD0001".</param>
    /// <param name="variant">The message variant, or <see langword="null"/> for the rule's main message.</param>
    /// <param name="location">Where in the file, or <see langword="null"/>.</param>
    /// <param name="arguments">The message arguments.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Create(string id, string? variant, SourceLocation? location, params string[] arguments)
    {
        var d = RuleCatalog.Get(id);
        return new Diagnostic(
            d,
            d.DefaultSeverity,
            variant is null ? id : id + "." + variant,
            (arguments ?? Array.Empty<string>()).ToImmutableArray(),
            "source",
            location);
    }
}

using System.Collections.Immutable;
using System.Linq;
using AdminDocs.Validation;

namespace AdminDocs.Building;

/// <summary>
/// What <see cref="DocumentBuilder.Build"/> returns: the built document and what the validator found in it below
/// error severity (warnings and infos; an error makes the build fail with a <see cref="DocumentBuildException"/>).
/// Immutable.
/// </summary>
public sealed class DocumentBuildResult
{
    internal DocumentBuildResult(AdminDocument document, ValidationResult validation)
    {
        Document = document;
        Profile = validation.Profile;
        Diagnostics = validation.Diagnostics;
        NotChecked = validation.NotChecked;
    }

    /// <summary>The document: immutable, with no source (<see cref="AdminDocument.Source"/> is <see langword="null"/>).</summary>
    public AdminDocument Document { get; }

    /// <summary>The profile the document was validated under (its own, or the one the options set).</summary>
    public DocumentProfile Profile { get; }

    /// <summary>The findings below error severity (warnings and infos), sorted; each has its builder hint in
    /// <see cref="BuildHints"/>.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The rules that could not run on a model (those that need a page or a layout).</summary>
    public ImmutableArray<string> NotChecked { get; }

    /// <summary>The number of warnings.</summary>
    public int WarningCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
}

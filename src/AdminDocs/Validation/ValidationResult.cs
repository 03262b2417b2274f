using System.Collections.Immutable;
using System.Linq;
using AdminDocs.Sources;

namespace AdminDocs.Validation;

/// <summary>The outcome of validating one document: the document, the profile used, the sorted diagnostics and
/// the rules the source could not feed.</summary>
public sealed record ValidationResult
{
    /// <summary>The file, when the document came from one.</summary>
    public string? Path { get; init; }

    /// <summary>The source format ("text", "docx", "html"; "model" for a document built in code).</summary>
    public string Format { get; init; } = "model";

    /// <summary>The recognized document.</summary>
    public AdminDocument Document { get; init; } = new();

    /// <summary>The profile the rules ran with.</summary>
    public DocumentProfile Profile { get; init; }

    /// <summary>The stage.</summary>
    public ValidationStage Stage { get; init; }

    /// <summary>The diagnostics, sorted by line (missing components first), column, then id.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = ImmutableArray<Diagnostic>.Empty;

    /// <summary>The ids of applicable rules that the source could not feed (e.g. layout rules on plain text).</summary>
    public ImmutableArray<string> NotChecked { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>The number of errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The number of warnings.</summary>
    public int WarningCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

    /// <summary>The number of infos.</summary>
    public int InfoCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info);

    /// <summary>The source document, when there is one.</summary>
    public SourceDocument? Source => Document.Source;
}

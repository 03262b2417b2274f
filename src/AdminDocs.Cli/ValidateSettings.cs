using System.Collections.Immutable;
using AdminDocs.Validation;

namespace AdminDocs.Cli;

/// <summary>The report formats of <c>admindocs validate</c>.</summary>
internal enum ReportFormat
{
    /// <summary>One line per diagnostic, for people and grep.</summary>
    Text,

    /// <summary>The JSON report of <see cref="AdminDocs.Json.ValidationJson"/>.</summary>
    Json,

    /// <summary>GitHub Actions workflow commands (annotations).</summary>
    GitHub,

    /// <summary>JUnit XML: one test suite per file, one test case per rule.</summary>
    JUnit,

    /// <summary>One self-contained HTML page: a summary, and each document rendered with its findings in place.</summary>
    Html,
}

/// <summary>What <c>admindocs validate</c> was asked to do, once the command line is parsed.</summary>
internal sealed record ValidateSettings
{
    /// <summary>The files and folders to validate, as given.</summary>
    public ImmutableArray<string> Paths { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>The report format.</summary>
    public ReportFormat Format { get; init; } = ReportFormat.Text;

    /// <summary>The profile, or <see langword="null"/> to choose it from each document ("auto").</summary>
    public DocumentProfile? Profile { get; init; }

    /// <summary>The stage.</summary>
    public ValidationStage Stage { get; init; } = ValidationStage.Draft;

    /// <summary>The language of the diagnostic messages.</summary>
    public MessageLanguage Language { get; init; } = MessageLanguage.Vietnamese;

    /// <summary>The lowest severity that makes the run fail (exit code 1).</summary>
    public DiagnosticSeverity FailOn { get; init; } = DiagnosticSeverity.Error;

    /// <summary>The most warnings allowed before the run fails, or <see langword="null"/> for no limit.</summary>
    public int? MaxWarnings { get; init; }

    /// <summary>The file to write the report to, or <see langword="null"/> for standard output.</summary>
    public string? OutputPath { get; init; }
}

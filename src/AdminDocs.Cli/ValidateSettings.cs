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

    /// <summary>SARIF 2.1.0, with the rule catalog as the driver's rules.</summary>
    Sarif,

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

    /// <summary>Whether <c>--profile</c> was given (it then wins over the configuration files).</summary>
    public bool ProfileGiven { get; init; }

    /// <summary>Whether <c>--stage</c> was given (it then wins over the configuration files).</summary>
    public bool StageGiven { get; init; }

    /// <summary>Whether <c>--lang</c> was given (it then wins over the configuration files).</summary>
    public bool LanguageGiven { get; init; }

    /// <summary>How many files to validate at once; <see langword="null"/> for <see cref="System.Environment.ProcessorCount"/>.</summary>
    public int? Jobs { get; init; }

    /// <summary>The format of standard input (<c>-</c>): the extension of the reader to use, ".txt" or ".docx".</summary>
    public string StdinExtension { get; init; } = ".txt";

    /// <summary>Whether <c>--detect-viqr</c> was given (look for VIQR text too, AD0003).</summary>
    public bool DetectViqr { get; init; }

    /// <summary>Whether <c>--no-color</c> was given.</summary>
    public bool NoColor { get; init; }

    /// <summary>The <c>--config</c> file for every input, or <see langword="null"/> to search for <c>admindocs.json</c>.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>The baseline to subtract (<c>--baseline</c>), or <see langword="null"/>.</summary>
    public string? BaselinePath { get; init; }

    /// <summary>Where to record today's findings (<c>--write-baseline</c>), or <see langword="null"/>.</summary>
    public string? WriteBaselinePath { get; init; }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using AdminDocs.Json;
using AdminDocs.Validation;

namespace AdminDocs.Cli;

/// <summary>
/// <c>admindocs validate</c>: expands the paths, validates each file with the validator and writes the text or
/// JSON report. <see cref="Execute"/> takes its writers, so tests can run it in process.
/// </summary>
internal sealed class ValidateCommand
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Validator _validator;

    private readonly ChoiceOption<ReportFormat> _format = new(
        "--format",
        ["-f"],
        "The report format: one line per diagnostic (text), the JSON report (json), GitHub Actions annotations (github), JUnit XML (junit) or a self-contained HTML page with each document and its findings in place (html).",
        "text",
        ("text", ReportFormat.Text),
        ("json", ReportFormat.Json),
        ("github", ReportFormat.GitHub),
        ("junit", ReportFormat.JUnit),
        ("html", ReportFormat.Html));

    private readonly ChoiceOption<DocumentProfile?> _profile = new(
        "--profile",
        [],
        "The rule set: auto chooses per document (Party heading: HD36; dated before 05/3/2020: TT01; otherwise ND30).",
        "auto",
        ("auto", null),
        ("ND30", DocumentProfile.Nd30),
        ("TT01", DocumentProfile.Tt01),
        ("HD36", DocumentProfile.Hd36));

    private readonly ChoiceOption<ValidationStage> _stage = new(
        "--stage",
        [],
        "draft: a blank number or day is info; issued: it is an error.",
        "draft",
        ("draft", ValidationStage.Draft),
        ("issued", ValidationStage.Issued));

    private readonly ChoiceOption<MessageLanguage> _language = new(
        "--lang",
        [],
        "The language of the messages: Vietnamese (vi) or English (en).",
        "vi",
        ("vi", MessageLanguage.Vietnamese),
        ("en", MessageLanguage.English));

    private readonly ChoiceOption<DiagnosticSeverity> _failOn = new(
        "--fail-on",
        [],
        "Exit with code 1 when a diagnostic of this severity or a higher one is found.",
        "error",
        ("error", DiagnosticSeverity.Error),
        ("warning", DiagnosticSeverity.Warning),
        ("info", DiagnosticSeverity.Info));

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Write the report to FILE (UTF-8) instead of standard output.",
        HelpName = "FILE",
    };

    private readonly Option<int?> _maxWarnings = new("--max-warnings")
    {
        Description = "Exit with code 1 when there are more than N warnings, whatever --fail-on says (for adopting the tool gradually).",
        HelpName = "N",
    };

    private readonly Argument<string[]> _paths = new("file-or-folder")
    {
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>Creates the command.</summary>
    /// <param name="validator">The validator to use (<see cref="CommandLineApp.ToolValidator"/> in the tool: text and .docx).</param>
    public ValidateCommand(Validator validator)
    {
        _validator = validator ?? throw new ArgumentNullException(nameof(validator));
        _paths.Description =
            "Files to validate, and folders to search recursively for files with a supported extension ("
            + string.Join(", ", SupportedExtensions(validator)) + "). A named file is validated whatever its extension.";
    }

    /// <summary>The extensions the validator's readers handle, e.g. ".txt", ".text".</summary>
    /// <param name="validator">The validator.</param>
    /// <returns>The extensions, in reader order.</returns>
    public static IReadOnlyList<string> SupportedExtensions(Validator validator) =>
        validator.Readers.SelectMany(r => r.Extensions).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    /// <summary>Builds the System.CommandLine command, whose action runs <see cref="Execute"/> with the invocation's writers.</summary>
    /// <returns>The command.</returns>
    public Command CreateCommand()
    {
        var command = new Command("validate", "Validate Vietnamese administrative documents (văn bản hành chính) and report what is wrong.")
        {
            _format.Option,
            _profile.Option,
            _stage.Option,
            _language.Option,
            _failOn.Option,
            _maxWarnings,
            _output,
            _paths,
        };
        _maxWarnings.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 0)
            {
                result.AddError("--max-warnings must be 0 or more.");
            }
        });
        command.SetAction(parseResult => Execute(
            Bind(parseResult),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Reads the settings from a successful parse.</summary>
    /// <param name="parseResult">The parse result.</param>
    /// <returns>The settings.</returns>
    public ValidateSettings Bind(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return new ValidateSettings
        {
            Paths = (parseResult.GetValue(_paths) ?? []).ToImmutableArray(),
            Format = _format.GetValue(parseResult),
            Profile = _profile.GetValue(parseResult),
            Stage = _stage.GetValue(parseResult),
            Language = _language.GetValue(parseResult),
            FailOn = _failOn.GetValue(parseResult),
            MaxWarnings = parseResult.GetValue(_maxWarnings),
            OutputPath = parseResult.GetValue(_output),
        };
    }

    /// <summary>Validates the files and writes the report.</summary>
    /// <param name="settings">What to do.</param>
    /// <param name="stdout">Where the report goes when there is no <see cref="ValidateSettings.OutputPath"/>.</param>
    /// <param name="stderr">Where errors go.</param>
    /// <returns>The exit code: 0, 1 (a diagnostic at or above <see cref="ValidateSettings.FailOn"/>), 2 (usage or
    /// I/O error) or 3 (internal error).</returns>
    public int Execute(ValidateSettings settings, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        if (settings.Paths.IsDefaultOrEmpty)
        {
            stderr.WriteLine("admindocs: error: no file or folder given.");
            return ExitCodes.UsageOrIoError;
        }

        IReadOnlyList<string> files;
        try
        {
            files = InputFiles.Collect(settings.Paths, _validator, out var missing);
            if (missing.Count > 0)
            {
                foreach (var path in missing)
                {
                    stderr.WriteLine($"admindocs: error: '{path}': no such file or folder.");
                }

                return ExitCodes.UsageOrIoError;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"admindocs: error: cannot read a folder: {ex.Message}");
            return ExitCodes.UsageOrIoError;
        }

        var options = new ValidationOptions { Profile = settings.Profile, Stage = settings.Stage };
        var results = new List<ValidationResult>(files.Count);
        foreach (var file in files)
        {
            try
            {
                results.Add(_validator.ValidateFile(file, options));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"admindocs: error: '{file}': cannot read the file: {ex.Message}");
                return ExitCodes.UsageOrIoError;
            }
#pragma warning disable CA1031 // A bug in a reader or the recognizer must end in a clear message and exit code 3, not a crash.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                stderr.WriteLine($"admindocs: internal error while validating '{file}' (please report it): {ex}");
                return ExitCodes.InternalError;
            }
        }

        // AD2212: the same number and ký hiệu used twice by one issuer in one year, across the files of this run.
        results = DuplicateNumbers.Check(results, options).ToList();
        var report = settings.Format == ReportFormat.JUnit
            ? JUnitReportWriter.Format(results, _validator.Rules.Select(r => r.Descriptor).Append(DuplicateNumbers.Descriptor), settings.Language, settings.FailOn)
            : FormatReport(results, settings);
        if (settings.OutputPath is { } outputPath)
        {
            try
            {
                File.WriteAllText(outputPath, report, Utf8NoBom);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine($"admindocs: error: '{outputPath}': cannot write the report: {ex.Message}");
                return ExitCodes.UsageOrIoError;
            }
        }
        else
        {
            try
            {
                stdout.Write(report);
                stdout.Flush();
            }
            catch (IOException ex)
            {
                // For example a closed pipe ("admindocs validate docs/ | head -1").
                stderr.WriteLine($"admindocs: error: cannot write the report to standard output: {ex.Message}");
                return ExitCodes.UsageOrIoError;
            }
        }

        var tooManyWarnings = settings.MaxWarnings is { } max && results.Sum(r => r.WarningCount) > max;
        return tooManyWarnings || results.Any(r => r.Diagnostics.Any(d => d.Severity >= settings.FailOn))
            ? ExitCodes.ValidationFailed
            : ExitCodes.Success;
    }

    /// <summary>The report of <paramref name="results"/> in the settings' format and language, ending with a line end.</summary>
    /// <param name="results">The results.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>The report.</returns>
    public static string FormatReport(IReadOnlyList<ValidationResult> results, ValidateSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Format == ReportFormat.Json)
        {
            return ValidationJson.ToJson(results, settings.Language) + "\n";
        }

        if (settings.Format == ReportFormat.GitHub)
        {
            return GitHubReportWriter.Format(results, settings.Language);
        }

        if (settings.Format == ReportFormat.Html)
        {
            return HtmlReportWriter.Format(results, settings.Language);
        }

        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        new TextReportWriter(text, settings.Language).Write(results);
        return text.ToString();
    }
}

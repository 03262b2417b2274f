using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using AdminDocs.Configuration;
using AdminDocs.Json;
using AdminDocs.Validation;

namespace AdminDocs.Cli;

/// <summary>
/// <c>admindocs validate</c>: expands the paths, validates each file with the validator and writes the text or
/// JSON report. <see cref="Execute(ValidateSettings, TextWriter, TextWriter, TerminalInfo, Func{Stream})"/> takes its writers, so tests can run it in process.
/// </summary>
internal sealed class ValidateCommand
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Validator _validator;

    private readonly ChoiceOption<ReportFormat> _format = new(
        "--format",
        ["-f"],
        "The report format: one line per diagnostic (text), the JSON report (json), GitHub Actions annotations (github), JUnit XML (junit), SARIF 2.1.0 (sarif) or a self-contained HTML page with each document and its findings in place (html).",
        "text",
        ("text", ReportFormat.Text),
        ("json", ReportFormat.Json),
        ("github", ReportFormat.GitHub),
        ("junit", ReportFormat.JUnit),
        ("sarif", ReportFormat.Sarif),
        ("html", ReportFormat.Html));

    private readonly ChoiceOption<DocumentProfile?> _profile =
        CommonOptions.Profile("The rule set: auto chooses per document (Party heading: HD36; dated before 05/3/2020: TT01; otherwise ND30).");

    private readonly ChoiceOption<ValidationStage> _stage = new(
        "--stage",
        [],
        "draft: a blank number or day is info; issued: it is an error.",
        "draft",
        ("draft", ValidationStage.Draft),
        ("issued", ValidationStage.Issued));

    private readonly ChoiceOption<MessageLanguage> _language = CommonOptions.Language();

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

    private readonly Option<int?> _jobs = new("--jobs", "-j")
    {
        Description = "How many files to validate at once (default: the number of processors). The report is in the same order whatever N is.",
        HelpName = "N",
    };

    private readonly ChoiceOption<string> _stdinFormat = new(
        "--stdin-format",
        [],
        "The format of standard input when a path is '-' (reported as <stdin>).",
        "text",
        ("text", ".txt"),
        ("docx", ".docx"),
        ("html", ".html"));

    private readonly Option<bool> _detectViqr = new("--detect-viqr")
    {
        Description = "Also look for text typed in VIQR (Vietnamese in ASCII, the marks as punctuation: Vie^.t Nam) and report it as AD0003. Off by default: ordinary text can look like VIQR. TCVN3 and VNI are always detected.",
    };

    private readonly Option<bool> _noColor = new("--no-color")
    {
        Description = "No colour in the report, even on a terminal (NO_COLOR=1 does the same). There is never colour when the output is redirected.",
    };

    private readonly Option<string?> _config = new("--config", "-c")
    {
        Description = "Use this configuration file for every input instead of the nearest admindocs.json (see docs/configuration.md).",
        HelpName = "FILE",
    };

    private readonly Option<string?> _baseline = new("--baseline")
    {
        Description = "Report and fail only on findings that are not in this baseline (written by --write-baseline).",
        HelpName = "FILE",
    };

    private readonly Option<string?> _writeBaseline = new("--write-baseline")
    {
        Description = "Record today's findings in FILE (JSON), so that a later --baseline FILE fails only on new ones.",
        HelpName = "FILE",
    };

    private readonly Argument<string[]> _paths = new("file-or-folder")
    {
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>The terminal the command runs in (colour, progress bar); <see cref="TerminalInfo.Redirected"/> by default.</summary>
    public TerminalInfo Terminal { get; init; } = TerminalInfo.Redirected;

    /// <summary>Opens standard input for the path '-', or <see langword="null"/> when there is none.</summary>
    public Func<Stream>? Stdin { get; init; }

    /// <summary>Creates the command.</summary>
    /// <param name="validator">The validator to use (<see cref="CommandLineApp.ToolValidator"/> in the tool: text and .docx).</param>
    public ValidateCommand(Validator validator)
    {
        _validator = validator ?? throw new ArgumentNullException(nameof(validator));
        _paths.Description =
            "Files to validate, folders to search recursively and quoted glob patterns (\"reports/**/*.docx\") for files with a supported extension ("
            + string.Join(", ", SupportedExtensions(validator)) + "), and '-' for standard input. A named file is validated whatever its extension.";
    }

    /// <summary>The extensions the validator's readers handle, e.g. ".txt", ".text".</summary>
    /// <param name="validator">The validator.</param>
    /// <returns>The extensions, in reader order.</returns>
    public static IReadOnlyList<string> SupportedExtensions(Validator validator) =>
        validator.Readers.SelectMany(r => r.Extensions).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    /// <summary>Builds the System.CommandLine command, whose action runs <see cref="Execute(ValidateSettings, TextWriter, TextWriter, TerminalInfo, Func{Stream})"/> with the invocation's writers.</summary>
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
            _jobs,
            _stdinFormat.Option,
            _detectViqr,
            _noColor,
            _config,
            _baseline,
            _writeBaseline,
            _paths,
        };
        _jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--jobs must be 1 or more.");
            }
        });
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
            parseResult.InvocationConfiguration.Error,
            Terminal,
            Stdin));
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
            ProfileGiven = _profile.IsGiven(parseResult),
            StageGiven = _stage.IsGiven(parseResult),
            LanguageGiven = _language.IsGiven(parseResult),
            Jobs = parseResult.GetValue(_jobs),
            StdinExtension = _stdinFormat.GetValue(parseResult),
            NoColor = parseResult.GetValue(_noColor),
            DetectViqr = parseResult.GetValue(_detectViqr),
            ConfigPath = parseResult.GetValue(_config),
            BaselinePath = parseResult.GetValue(_baseline),
            WriteBaselinePath = parseResult.GetValue(_writeBaseline),
        };
    }

    /// <summary>Validates the files and writes the report.</summary>
    /// <param name="settings">What to do.</param>
    /// <param name="stdout">Where the report goes when there is no <see cref="ValidateSettings.OutputPath"/>.</param>
    /// <param name="stderr">Where errors and the progress bar go.</param>
    /// <returns>The exit code: 0, 1 (a diagnostic at or above <see cref="ValidateSettings.FailOn"/>), 2 (usage or
    /// I/O error) or 3 (internal error).</returns>
    public int Execute(ValidateSettings settings, TextWriter stdout, TextWriter stderr) =>
        Execute(settings, stdout, stderr, TerminalInfo.Redirected, null);

    /// <summary>Validates the files and writes the report.</summary>
    /// <param name="settings">What to do.</param>
    /// <param name="stdout">Where the report goes when there is no <see cref="ValidateSettings.OutputPath"/>.</param>
    /// <param name="stderr">Where errors and the progress bar go.</param>
    /// <param name="terminal">Whether the streams are terminals (colour, progress bar) and the environment.</param>
    /// <param name="stdin">Opens standard input (for the path <c>-</c>), or <see langword="null"/> when there is none.</param>
    /// <returns>The exit code: 0, 1 (a diagnostic at or above <see cref="ValidateSettings.FailOn"/>), 2 (usage or
    /// I/O error) or 3 (internal error).</returns>
    public int Execute(ValidateSettings settings, TextWriter stdout, TextWriter stderr, TerminalInfo terminal, Func<Stream>? stdin)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(terminal);

        if (settings.Paths.IsDefaultOrEmpty)
        {
            stderr.WriteLine("admindocs: error: no file or folder given.");
            return ExitCodes.UsageOrIoError;
        }

        if (settings.BaselinePath is not null && settings.WriteBaselinePath is not null)
        {
            stderr.WriteLine("admindocs: error: --baseline and --write-baseline cannot be used together (write a new baseline from scratch, or check against the old one).");
            return ExitCodes.UsageOrIoError;
        }

        ConfigResolver configs;
        Baseline? baseline = null;
        try
        {
            configs = new ConfigResolver(validator: _validator, explicitConfig: settings.ConfigPath is { } configPath ? AdminDocsConfig.Load(configPath, _validator) : null);
            if (settings.BaselinePath is { } baselinePath)
            {
                baseline = Baseline.Load(baselinePath);
            }
        }
        catch (ConfigException ex)
        {
            stderr.WriteLine("admindocs: error: " + ex.Message);
            return ExitCodes.UsageOrIoError;
        }

        IReadOnlyList<string> files;
        try
        {
            files = InputFiles.Collect(settings.Paths, _validator, out var errors);
            if (errors.Count > 0)
            {
                foreach (var error in errors)
                {
                    stderr.WriteLine("admindocs: error: " + error);
                }

                return ExitCodes.UsageOrIoError;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"admindocs: error: cannot read a folder: {ex.Message}");
            return ExitCodes.UsageOrIoError;
        }

        if (files.Contains(InputFiles.StandardInput) && stdin is null)
        {
            stderr.WriteLine("admindocs: error: '-' (standard input) is not available here.");
            return ExitCodes.UsageOrIoError;
        }

        // Each file's options: the command line, else its configuration, else the defaults; then its rule settings.
        var language = settings.Language;
        var inputs = new List<(string File, ValidationOptions Options)>(files.Count);
        try
        {
            if (!settings.LanguageGiven && configs.For(null)?.Language is { } configured)
            {
                language = configured;
            }

            foreach (var file in files)
            {
                var isStdin = file == InputFiles.StandardInput;
                var config = configs.For(isStdin ? null : file);
                if (!isStdin && config is not null && config.Ignores(file))
                {
                    continue;
                }

                var options = new ValidationOptions
                {
                    Profile = settings.ProfileGiven || config is not { HasProfile: true } ? settings.Profile : config.Profile,
                    Stage = settings.StageGiven || config?.Stage is not { } stage ? settings.Stage : stage,
                };
                var applied = config is null ? options : config.Apply(options, isStdin ? null : file);
                inputs.Add((file, settings.DetectViqr ? applied with { DetectViqr = true } : applied));
            }
        }
        catch (ConfigException ex)
        {
            stderr.WriteLine("admindocs: error: " + ex.Message);
            return ExitCodes.UsageOrIoError;
        }

        byte[]? stdinBytes = null;
        if (inputs.Any(i => i.File == InputFiles.StandardInput))
        {
            try
            {
                // At most one byte more than the readers accept: an endless or huge input ends in AD0002
                // input-limit-exceeded, not in a hang or an out-of-memory crash.
                using var input = stdin!();
                using var copy = new MemoryStream();
                var cap = ValidationOptions.Default.Limits.MaxInputBytes + 1;
                var buffer = new byte[81920];
                int read;
                while (copy.Length < cap && (read = input.Read(buffer, 0, (int)Math.Min(buffer.Length, cap - copy.Length))) > 0)
                {
                    copy.Write(buffer, 0, read);
                }

                stdinBytes = copy.ToArray();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                stderr.WriteLine($"admindocs: error: cannot read standard input: {ex.Message}");
                return ExitCodes.UsageOrIoError;
            }
        }

        var slots = new ValidationResult?[inputs.Count];
        var failures = new (int Code, string Message)?[inputs.Count];
        var color = terminal.ColorOnStdout(settings.NoColor) && settings.OutputPath is null;
        using (var progress = terminal.ShowProgress(inputs.Count) ? new ProgressBar(stderr, inputs.Count, !settings.NoColor && !terminal.NoColorRequested) : null)
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = settings.Jobs ?? Environment.ProcessorCount };
            Parallel.For(0, inputs.Count, parallel, i =>
            {
                var (file, options) = inputs[i];
                try
                {
                    slots[i] = file == InputFiles.StandardInput
                        ? _validator.Validate(new MemoryStream(stdinBytes!, writable: false), InputFiles.StandardInputName + settings.StdinExtension, options) with { Path = InputFiles.StandardInputName }
                        : _validator.ValidateFile(file, options);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    failures[i] = (ExitCodes.UsageOrIoError, $"admindocs: error: '{file}': cannot read the file: {ex.Message}");
                }
#pragma warning disable CA1031 // A bug in a reader or the recognizer must end in a clear message and exit code 3, not a crash.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    failures[i] = (ExitCodes.InternalError, $"admindocs: internal error while validating '{file}' (please report it): {ex}");
                }

                progress?.Advance();
            });
        }

        // The first failure in input order, so that the message does not depend on the scheduling.
        if (failures.FirstOrDefault(f => f is not null) is { } failure)
        {
            stderr.WriteLine(failure.Message);
            return failure.Code;
        }

        IReadOnlyList<ValidationResult> results = slots.Select(r => r!).ToList();

        // AD2212: the same number and ký hiệu used twice by one issuer in one year, across the files of this run;
        // then each file's own setting of AD2212 (off, or another severity) from its configuration.
        results = DuplicateNumbers.Check(results, new ValidationOptions { Profile = settings.Profile, Stage = settings.Stage })
            .Select((r, i) => ApplyBatchRuleSetting(r, inputs[i].Options))
            .ToList();

        var baselined = 0;
        if (settings.WriteBaselinePath is { } writeBaseline)
        {
            var recorded = Baseline.FromResults(results);
            try
            {
                File.WriteAllText(writeBaseline, recorded.ToJson(), Utf8NoBom);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine($"admindocs: error: '{writeBaseline}': cannot write the baseline: {ex.Message}");
                return ExitCodes.UsageOrIoError;
            }

            baseline = recorded;
        }

        if (baseline is not null)
        {
            results = baseline.Apply(results, out baselined);
        }

        var effective = settings with { Language = language };
        var report = FormatReport(results, effective, baselined, color, _validator.Rules.Select(r => r.Descriptor).Append(DuplicateNumbers.Descriptor));
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

    /// <summary>A file's own setting of the batch rule AD2212: removed when off, re-graded when given a severity.</summary>
    /// <param name="result">The result after <see cref="DuplicateNumbers.Check"/>.</param>
    /// <param name="options">The file's options.</param>
    /// <returns>The result.</returns>
    private static ValidationResult ApplyBatchRuleSetting(ValidationResult result, ValidationOptions options)
    {
        var id = DuplicateNumbers.Descriptor.Id;
        if (!options.RuleSeverities.TryGetValue(id, out var setting) || !result.Diagnostics.Any(d => d.Id == id))
        {
            return result;
        }

        var diagnostics = setting is { } severity
            ? result.Diagnostics.Select(d => d.Id == id ? d with { Severity = severity } : d)
            : result.Diagnostics.Where(d => d.Id != id);
        return result with { Diagnostics = diagnostics.ToImmutableArray() };
    }

    /// <summary>The report of <paramref name="results"/> in the settings' format and language, ending with a line end.</summary>
    /// <param name="results">The results.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="baselined">How many findings a baseline removed (said in the text report's summary).</param>
    /// <param name="color">Whether to colour the text report (a terminal).</param>
    /// <param name="rules">The rules the validator ran (JUnit lists one test case per rule); <see langword="null"/> for the whole catalog.</param>
    /// <returns>The report.</returns>
    public static string FormatReport(IReadOnlyList<ValidationResult> results, ValidateSettings settings, int baselined = 0, bool color = false, IEnumerable<RuleDescriptor>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        switch (settings.Format)
        {
            case ReportFormat.Json:
                return ValidationJson.ToJson(results, settings.Language) + "\n";
            case ReportFormat.GitHub:
                return GitHubReportWriter.Format(results, settings.Language);
            case ReportFormat.Sarif:
                return SarifReportWriter.Format(results, settings.Language, Directory.GetCurrentDirectory());
            case ReportFormat.JUnit:
                return JUnitReportWriter.Format(results, rules ?? RuleCatalog.All, settings.Language, settings.FailOn);
            case ReportFormat.Html:
                return HtmlReportWriter.Format(results, settings.Language);
        }

        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        new TextReportWriter(text, settings.Language) { Baselined = baselined, Color = color }.Write(results);
        return text.ToString();
    }
}

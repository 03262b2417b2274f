using System;
using System.Globalization;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AdminDocs.Decree;
using AdminDocs.Reading;
using AdminDocs.Recognition;
using AdminDocs.Sources;

namespace AdminDocs.Validation;

/// <summary>
/// Reads, recognizes and validates documents. Built once with <see cref="ValidatorBuilder"/> (or taken as
/// <see cref="Default"/>), then frozen: immutable and safe to share between threads.
/// </summary>
/// <example>
/// <code>
/// var result = await Validator.Default.ValidateFileAsync("bao-cao.txt", cancellationToken: ct);
/// foreach (var d in result.Diagnostics) Console.WriteLine(d);
/// </code>
/// </example>
public sealed class Validator
{
    private const string NotReadableId = "AD0001";
    private const string LimitId = "AD0002";
    private const string NotAdministrativeId = "AD0005";

    private static readonly Lazy<Validator> LazyDefault = new(() => CreateBuilder().Build());

    internal Validator(ImmutableArray<Rule> rules, ImmutableArray<IDocumentReader> readers, ValidationOptions options)
    {
        Rules = rules;
        Readers = readers;
        Options = options;
    }

    /// <summary>A validator with every built-in rule and the plain-text reader.</summary>
    public static Validator Default => LazyDefault.Value;

    /// <summary>The rules, in id order.</summary>
    public ImmutableArray<Rule> Rules { get; }

    /// <summary>Every rule this validator knows: the catalog's, then the app's own rules it was built with, by id.
    /// What <c>admindocs.json</c> may name (<see cref="FindRule"/>).</summary>
    public IEnumerable<RuleDescriptor> Descriptors =>
        RuleCatalog.All.Concat(Rules.Select(r => r.Descriptor).Where(d => !d.IsBuiltIn)).OrderBy(d => d.Id, StringComparer.Ordinal);

    /// <summary>Finds a rule this validator knows by id ("AD2208", "ORG0001") or name ("symbol-type-abbreviation").</summary>
    /// <param name="idOrName">The id or the name.</param>
    /// <returns>The descriptor, or <see langword="null"/>.</returns>
    public RuleDescriptor? FindRule(string idOrName)
    {
        if (idOrName is null)
        {
            throw new ArgumentNullException(nameof(idOrName));
        }

        if (RuleCatalog.Find(idOrName) is { } builtIn)
        {
            return builtIn;
        }

        var key = idOrName.Trim();
        return Rules.Select(r => r.Descriptor).FirstOrDefault(d => !d.IsBuiltIn
            && (string.Equals(d.Id, key, StringComparison.OrdinalIgnoreCase) || string.Equals(d.Name, key, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The readers, by precedence.</summary>
    public ImmutableArray<IDocumentReader> Readers { get; }

    /// <summary>The options used when a call passes none.</summary>
    public ValidationOptions Options { get; }

    /// <summary>A builder preloaded with the built-in rules and the plain-text reader.</summary>
    /// <returns>The builder.</returns>
    public static ValidatorBuilder CreateBuilder() => new ValidatorBuilder().AddBuiltInRules().AddReader(new PlainTextReader());

    /// <summary>The reader for a file name, chosen by extension, or <see langword="null"/>.</summary>
    /// <param name="path">The file name.</param>
    /// <returns>The reader.</returns>
    public IDocumentReader? FindReader(string path)
    {
        var ext = System.IO.Path.GetExtension(path ?? string.Empty).ToLowerInvariant();
        return Readers.FirstOrDefault(r => r.Extensions.Contains(ext));
    }

    /// <summary>Reads, recognizes and validates a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="Options"/>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The result. A file no reader handles gives an AD0001 diagnostic.</returns>
    /// <exception cref="IOException">The file cannot be opened (missing, no permission).</exception>
    public ValidationResult ValidateFile(string path, ValidationOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.SequentialScan);
        return Validate(stream, path, options, cancellationToken);
    }

    /// <summary>Reads, recognizes and validates a file on the thread pool.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="Options"/>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The result.</returns>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public Task<ValidationResult> ValidateFileAsync(string path, ValidationOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.Run(() => ValidateFile(path, options, cancellationToken), cancellationToken);

    /// <summary>Reads, recognizes and validates a stream.</summary>
    /// <param name="stream">The content.</param>
    /// <param name="fileName">A file name whose extension selects the reader (".txt", ".docx", ...).</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="Options"/>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The result.</returns>
    public ValidationResult Validate(Stream stream, string fileName, ValidationOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        var opts = options ?? Options;
        return WithinTimeLimit(
            opts,
            token => Validate(ReadCore(stream, fileName, opts, token), opts, token),
            () => Validate(TimedOut(fileName, FindReader(fileName)?.Format, opts), opts, CancellationToken.None),
            cancellationToken);
    }

    /// <summary>Reads and recognizes a file without running any rule: the model, with what the reader found in
    /// <c>Source.Diagnostics</c> (AD0001 unreadable, AD0002 limits, AD0003 legacy encoding ...). What
    /// <c>admindocs convert</c> does before it writes the model.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The options (their <see cref="ValidationOptions.Limits"/>), or <see langword="null"/> for <see cref="Options"/>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The document. A file no reader handles gives a document with no text and an AD0001 in its source.</returns>
    /// <exception cref="IOException">The file cannot be opened (missing, no permission).</exception>
    public AdminDocument ReadFile(string path, ValidationOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.SequentialScan);
        return Read(stream, path, options, cancellationToken);
    }

    /// <summary>Recognizes a source document without running any rule.</summary>
    /// <param name="source">The source (e.g. from a reader).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The document.</returns>
    public static AdminDocument Recognize(SourceDocument source, CancellationToken cancellationToken = default) =>
        DocumentRecognizer.Recognize(source ?? throw new ArgumentNullException(nameof(source)), cancellationToken);

    /// <summary>Reads and recognizes a stream without running any rule (see <see cref="ReadFile"/>).</summary>
    /// <param name="stream">The content.</param>
    /// <param name="fileName">A file name whose extension selects the reader.</param>
    /// <param name="options">The options (their limits), or <see langword="null"/> for <see cref="Options"/>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The document.</returns>
    public AdminDocument Read(Stream stream, string fileName, ValidationOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        var opts = options ?? Options;
        return WithinTimeLimit(
            opts,
            token => ReadCore(stream, fileName, opts, token),
            () => TimedOut(fileName, FindReader(fileName)?.Format, opts),
            cancellationToken);
    }

    /// <summary>Recognizes and validates a source document.</summary>
    /// <param name="source">The source.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="Options"/>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The result.</returns>
    public ValidationResult Validate(SourceDocument source, ValidationOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (source is null)
        {
            throw new ArgumentNullException(nameof(source));
        }

        var opts = options ?? Options;
        return WithinTimeLimit(
            opts,
            token => Validate(DocumentRecognizer.Recognize(source, token), opts, token),
            () => Validate(TimedOut(source.Path, source.Format, opts), opts, CancellationToken.None),
            cancellationToken);
    }

    /// <summary>Runs <paramref name="work"/> with the caller's token joined to the per-document time limit; when the
    /// limit (not the caller) cancels it, answers <paramref name="timedOut"/> instead.</summary>
    private static T WithinTimeLimit<T>(ValidationOptions options, Func<CancellationToken, T> work, Func<T> timedOut, CancellationToken cancellationToken)
    {
        using var budget = new TimeBudget(options.Limits.MaxDocumentTime, cancellationToken);
        try
        {
            return work(budget.Token);
        }
        catch (OperationCanceledException) when (budget.Expired && !cancellationToken.IsCancellationRequested)
        {
            return timedOut();
        }
    }

    private AdminDocument ReadCore(Stream stream, string fileName, ValidationOptions options, CancellationToken cancellationToken)
    {
        var reader = FindReader(fileName);
        SourceDocument source;
        if (reader is null)
        {
            var ext = System.IO.Path.GetExtension(fileName ?? string.Empty);
            source = SourceDocument.Empty with
            {
                Format = ext.TrimStart('.').ToLowerInvariant(),
                Path = fileName,
                // A Word 97–2003 .doc (how most legacy-font documents circulate) gets how to convert it.
                Diagnostics = ImmutableArray.Create(string.Equals(ext, ".doc", StringComparison.OrdinalIgnoreCase)
                    ? ReaderDiagnostics.Create("AD0001", "word-97-doc", null, System.IO.Path.GetFileName(fileName ?? string.Empty), string.Join(", ", Readers.SelectMany(r => r.Extensions)))
                    : ReaderDiagnostics.Create("AD0001", "unsupported-format", null, ext, string.Join(", ", Readers.SelectMany(r => r.Extensions)))),
            };
        }
        else
        {
            source = reader.Read(stream, fileName, options.Limits, cancellationToken);
        }

        return DocumentRecognizer.Recognize(source, cancellationToken);
    }

    /// <summary>The document for a file that went past <see cref="ReaderLimits.MaxDocumentTime"/>: no text and one
    /// AD0002, so no rule runs on it (as for a file that could not be read).</summary>
    private static AdminDocument TimedOut(string? path, string? format, ValidationOptions options)
    {
        var seconds = (options.Limits.MaxDocumentTime ?? TimeSpan.Zero).TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
        var source = SourceDocument.Empty with
        {
            Format = format ?? System.IO.Path.GetExtension(path ?? string.Empty).TrimStart('.').ToLowerInvariant(),
            Path = path,
            Diagnostics = ImmutableArray.Create(ReaderDiagnostics.Create(LimitId, "time-limit", null, seconds)),
        };
        return DocumentRecognizer.Recognize(source, CancellationToken.None);
    }

    /// <summary>The caller's token joined with the per-document time limit.</summary>
    private sealed class TimeBudget : IDisposable
    {
        private readonly CancellationTokenSource? _timer;
        private readonly CancellationTokenSource? _linked;

        public TimeBudget(TimeSpan? limit, CancellationToken caller)
        {
            if (limit is not { } time)
            {
                Token = caller;
                return;
            }

            _timer = new CancellationTokenSource();
            if (time <= TimeSpan.Zero)
            {
                // Zero lets no document through, on every target framework (a zero-delay timer fires later on some).
                _timer.Cancel();
            }
            else if (time.TotalMilliseconds < int.MaxValue)
            {
                _timer.CancelAfter(time);
            }

            _linked = CancellationTokenSource.CreateLinkedTokenSource(caller, _timer.Token);
            Token = _linked.Token;
        }

        public CancellationToken Token { get; }

        public bool Expired => _timer?.IsCancellationRequested == true;

        public void Dispose()
        {
            _linked?.Dispose();
            _timer?.Dispose();
        }
    }

    /// <summary>Validates a document (recognized, or built in code).</summary>
    /// <param name="document">The document.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="Options"/>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The result. When the source could not be read (AD0001, or AD0002 before any text) or holds no text
    /// at all (AD0001 <c>no-text</c>: an empty file of any format), no rule runs and every applicable rule is listed
    /// in <see cref="ValidationResult.NotChecked"/>. When the text read from a source is not recognized as an
    /// administrative document (AD0005), the rules that report a missing component are not run and are listed there
    /// instead; a document built in code (no source) always gets them.</returns>
    public ValidationResult Validate(AdminDocument document, ValidationOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        options ??= Options;
        var source = document.Source ?? SourceDocument.Empty with { Format = "model" };
        var profile = options.Profile ?? ResolveProfile(document);
        var sourceDiagnostics = source.Diagnostics;
        if (options.DetectViqr && document.Source is not null)
        {
            // Asked for: VIQR looks like ordinary ASCII text, so no reader looks for it on its own.
            sourceDiagnostics = sourceDiagnostics.AddRange(LegacyEncodingScan.DiagnoseViqr(source.Blocks));
        }

        var unreadable = sourceDiagnostics.Any(d => d.Id is NotReadableId or LimitId) && source.Blocks.IsEmpty;
        if (document.Source is not null && source.Blocks.IsEmpty && !unreadable)
        {
            // A file with no text at all (0 bytes, only blank space or a byte-order mark, markup without text, a
            // .docx whose pages are images) is one finding, whatever its format — not a document with every
            // component missing.
            sourceDiagnostics = sourceDiagnostics.Add(ReaderDiagnostics.Create(NotReadableId, "no-text", null));
            unreadable = true;
        }

        var sink = new List<Diagnostic>();
        sink.AddRange(sourceDiagnostics.Where(d => !options.IsDisabled(d.Id)).Select(d =>
            options.RuleSeverities.TryGetValue(d.Id, out var s) && s is { } sev ? d with { Severity = sev } : d));
        var firstRuleDiagnostic = sink.Count;

        // A file that could not be read at all feeds no rule: say so instead of reporting every component missing.
        // The rules that report a missing component run last, and only when AD0005 did not find the text to be
        // something other than an administrative document (a shopping list lacks every component: no cascade).
        var notAdministrative = false;
        if (!unreadable)
        {
            RunRules(Rules.Where(r => !r.Descriptor.ReportsMissingComponent), document, profile, options, source, sink, cancellationToken);
            // Only for a document read from a source: a model built in code of a declared kind is administrative by
            // construction, and what it lacks must be reported, not hidden behind AD0005.
            notAdministrative = document.Source is not null && sink.Skip(firstRuleDiagnostic).Any(d => d.Id == NotAdministrativeId);
            if (!notAdministrative)
            {
                RunRules(Rules.Where(r => r.Descriptor.ReportsMissingComponent), document, profile, options, source, sink, cancellationToken);
            }
        }

        var notChecked = Descriptors
            .Where(d => d.AppliesTo(profile) && !options.IsDisabled(d.Id))
            .Where(d => unreadable ? d.Component != "reader" : !source.Supplies(d.Needs) || (notAdministrative && d.ReportsMissingComponent))
            .Select(d => d.Id)
            .ToImmutableArray();

        return new ValidationResult
        {
            Path = source.Path,
            Format = source.Format,
            Document = document,
            Profile = profile,
            Stage = options.Stage,
            Diagnostics = Sort(sink.Select(d => d.Profile == profile ? d : d with { Profile = profile })),
            NotChecked = notChecked,
        };
    }

    /// <summary>
    /// Chooses the profile for a document: a Party heading ("ĐẢNG CỘNG SẢN VIỆT NAM") gives HD36; a date before
    /// 05/3/2020 gives TT01 (a blank day is judged by month and year); when the date cannot be read, a year of 2019
    /// or earlier in the number ("33/2009/QĐ-UBND") or in the date line ("năm 2019") gives TT01; anything else ND30.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <returns>The profile.</returns>
    public static DocumentProfile ResolveProfile(AdminDocument document)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        if (document.PartyHeading is not null && document.NationalTitle is null)
        {
            return DocumentProfile.Hd36;
        }

        if (document.PlaceDate is { Year: { } year } pd)
        {
            return Profiles.IsBeforeNd30(year, pd.Month, pd.Day) ? DocumentProfile.Tt01 : DocumentProfile.Nd30;
        }

        // The date cannot be read: the year of the number ("33/2009/QĐ-UBND") or a "năm 2019" left in the date
        // line tells the era before the fallback (domain-rules §8). A year alone is before 05/3/2020 only when it is
        // 2019 or earlier.
        if (YearOf(document) is { } known && known < Profiles.Nd30Effective.Year)
        {
            return DocumentProfile.Tt01;
        }

        return DocumentProfile.Nd30;
    }

    private static readonly System.Text.RegularExpressions.Regex YearWord = new(
        @"\bnăm\s+(?<y>(19|20)[0-9][0-9])\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static int? YearOf(AdminDocument document)
    {
        if (document.Number?.Year is { Length: 4 } y && int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var fromNumber)
            && fromNumber >= 1945 && fromNumber <= 2100)
        {
            return fromNumber;
        }

        // ASCII digits only: \d would also match other scripts' digits ("20෫5"), which int.Parse refuses.
        var line = Text.VietnameseText.Nfc(document.PlaceDate?.Text ?? string.Empty);
        var m = YearWord.Match(line);
        return m.Success && int.TryParse(m.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;
    }

    private static void RunRules(IEnumerable<Rule> rules, AdminDocument document, DocumentProfile profile, ValidationOptions options, SourceDocument source, List<Diagnostic> sink, CancellationToken cancellationToken)
    {
        foreach (var rule in rules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var descriptor = rule.Descriptor;
            if (!descriptor.AppliesTo(profile) || options.IsDisabled(descriptor.Id) || !source.Supplies(descriptor.Needs))
            {
                continue;
            }

            var context = new RuleContext(rule, document, profile, options, sink, cancellationToken);
            try
            {
                rule.Analyze(context);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A rule must never throw; if one does, the run still completes and says so.
                sink.Add(new Diagnostic(descriptor, DiagnosticSeverity.Error, "rule-failed", ImmutableArray.Create(descriptor.Id, ex.GetType().Name + ": " + ex.Message), string.Empty, null));
            }
        }
    }

    internal static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .OrderBy(d => d.Location?.Line is null ? 0 : 1)
            .ThenBy(d => d.Location?.Line ?? 0)
            .ThenBy(d => d.Location?.ParagraphIndex ?? 0)
            .ThenBy(d => d.Location?.Column ?? 0)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.ModelPath, StringComparer.Ordinal)
            .ThenBy(d => d.MessageKey, StringComparer.Ordinal)
            .ToImmutableArray();
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using AdminDocs.Validation;

namespace AdminDocs.Cli;

/// <summary>
/// Writes the human-readable report: one line per diagnostic,
/// <c>path:line:column: severity ID name: message [source]</c> (<c>:line:column</c> left out when the component
/// is missing), a header per file when there are several files, and a summary line. Messages are in the chosen
/// language; everything else is fixed English so that the output stays greppable.
/// </summary>
internal sealed class TextReportWriter
{
    private readonly TextWriter _writer;
    private readonly MessageLanguage _language;

    /// <summary>Creates a writer.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="language">The language of the messages.</param>
    public TextReportWriter(TextWriter writer, MessageLanguage language)
    {
        _writer = writer ?? throw new ArgumentNullException(nameof(writer));
        _language = language;
    }

    /// <summary>How many findings a baseline removed; said in the summary line when not 0.</summary>
    public int Baselined { get; init; }

    /// <summary>Whether to colour the severities with ANSI escapes (only on a terminal).</summary>
    public bool Color { get; init; }

    /// <summary>Writes the report of <paramref name="results"/>.</summary>
    /// <param name="results">The results, one per file, in order.</param>
    public void Write(IReadOnlyList<ValidationResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var headers = results.Count > 1;
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            if (headers)
            {
                if (i > 0)
                {
                    _writer.WriteLine();
                }

                _writer.WriteLine(Paint(FormatHeader(result)));
            }

            foreach (var diagnostic in result.Diagnostics)
            {
                _writer.WriteLine(Paint(FormatDiagnostic(result.Path, diagnostic, _language)));
            }
        }

        if (headers)
        {
            _writer.WriteLine();
        }

        _writer.WriteLine(FormatSummary(
            results.Count,
            results.Sum(r => r.ErrorCount),
            results.Sum(r => r.WarningCount),
            results.Sum(r => r.InfoCount)) + (Baselined > 0 ? " (" + Plural(Baselined, "finding") + " in the baseline not shown)" : string.Empty));
    }

    private string Paint(string line) => Color ? Ansi.ColorizeLine(line) : line;

    /// <summary>A file's header: <c>== path (TT01, draft): 3 errors, 1 warning, 0 infos</c>.</summary>
    /// <param name="result">The file's result.</param>
    /// <returns>The line.</returns>
    public static string FormatHeader(ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"== {result.Path ?? "-"} ({result.Profile.ToName()}, {result.Stage.ToName()}): {Counts(result.ErrorCount, result.WarningCount, result.InfoCount)}");
    }

    /// <summary>One diagnostic's line: <c>path:line:column: severity ID name: message [source]</c>.</summary>
    /// <param name="path">The file, or <see langword="null"/>.</param>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <param name="language">The language of the message.</param>
    /// <returns>The line (line breaks in the message become spaces).</returns>
    public static string FormatDiagnostic(string? path, Diagnostic diagnostic, MessageLanguage language)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var location = path ?? "-";
        if (diagnostic.Location?.Line is { } line)
        {
            location += ":" + line.ToString(CultureInfo.InvariantCulture);
            if (diagnostic.Location.Column is { } column)
            {
                location += ":" + column.ToString(CultureInfo.InvariantCulture);
            }
        }
        else if (diagnostic.Location?.ParagraphIndex is { } paragraph)
        {
            // .docx: the 1-based paragraph of the part ("report.docx:p12", "report.docx:word/header1.xml:p1").
            var part = diagnostic.Location.Part;
            location += (part is null || part == "word/document.xml" ? string.Empty : ":" + part) + ":p" + (paragraph + 1).ToString(CultureInfo.InvariantCulture);
        }

        var message = OneLine(diagnostic.GetMessage(language));
        var source = diagnostic.LegalSource;
        var sourcePart = string.IsNullOrWhiteSpace(source) || source == "—" ? string.Empty : " [" + OneLine(source) + "]";
        return $"{location}: {diagnostic.Severity.ToName()} {diagnostic.Id} {diagnostic.Name}: {message}{sourcePart}";
    }

    /// <summary>The summary line: <c>2 files: 6 errors, 1 warning, 2 infos</c>.</summary>
    /// <param name="files">The number of files.</param>
    /// <param name="errors">The number of errors.</param>
    /// <param name="warnings">The number of warnings.</param>
    /// <param name="infos">The number of infos.</param>
    /// <returns>The line.</returns>
    public static string FormatSummary(int files, int errors, int warnings, int infos) =>
        Plural(files, "file") + ": " + Counts(errors, warnings, infos);

    private static string Counts(int errors, int warnings, int infos) =>
        Plural(errors, "error") + ", " + Plural(warnings, "warning") + ", " + Plural(infos, "info");

    private static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    private static string OneLine(string text) =>
        text.IndexOfAny(['\r', '\n']) < 0 ? text : text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ');
}

using System.Collections.Generic;
using System.Globalization;
using System.Text;
using AdminDocs.Validation;

namespace AdminDocs.Cli;

/// <summary>
/// Writes diagnostics as GitHub Actions workflow commands (<c>::error file=...,line=...,col=...,title=...::message</c>),
/// so that a workflow shows each finding as an annotation on the file. Errors become <c>error</c>, warnings
/// <c>warning</c> and infos <c>notice</c>; values are escaped as the workflow-command syntax requires.
/// </summary>
internal static class GitHubReportWriter
{
    /// <summary>The workflow commands for the results, one line per diagnostic.</summary>
    /// <param name="results">The results.</param>
    /// <param name="language">The language of the messages.</param>
    /// <returns>The commands, each line ending with "\n".</returns>
    public static string Format(IReadOnlyList<ValidationResult> results, MessageLanguage language)
    {
        var sb = new StringBuilder();
        foreach (var result in results)
        {
            foreach (var d in result.Diagnostics)
            {
                var command = d.Severity switch
                {
                    DiagnosticSeverity.Error => "error",
                    DiagnosticSeverity.Warning => "warning",
                    _ => "notice",
                };
                sb.Append("::").Append(command).Append(" file=").Append(Property(result.Path ?? string.Empty));
                if (d.Location?.Line is { } line)
                {
                    sb.Append(",line=").Append(line.ToString(CultureInfo.InvariantCulture));
                    if (d.Location.Column is { } column)
                    {
                        sb.Append(",col=").Append(column.ToString(CultureInfo.InvariantCulture));
                    }
                }

                sb.Append(",title=").Append(Property(d.Id + " " + d.Name));
                sb.Append("::").Append(Data(d.GetMessage(language) + (d.LegalSource is { Length: > 0 } s && s != "—" ? " [" + s + "]" : string.Empty)));
                sb.Append('\n');
            }
        }

        return sb.ToString();
    }

    // Escaping of the GitHub Actions toolkit (command.ts): data escapes %, CR, LF; properties also ':' and ','.
    private static string Data(string value) =>
        value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string value) =>
        Data(value).Replace(":", "%3A").Replace(",", "%2C");
}

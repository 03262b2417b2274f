using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using AdminDocs.Validation;

namespace AdminDocs.Cli;

/// <summary>
/// Writes a JUnit XML report that GitLab, Jenkins and other CI servers show as tests: one test suite per file and
/// one test case per rule that applies to it. A rule with findings at or above the fail-on severity is a failure
/// (one &lt;failure&gt; per finding); findings below it are printed in &lt;system-out&gt;; a rule the source could not
/// feed (layout rules on plain text) is skipped.
/// </summary>
internal static class JUnitReportWriter
{
    /// <summary>The JUnit XML for the results.</summary>
    /// <param name="results">The results.</param>
    /// <param name="rules">The rules the validator ran.</param>
    /// <param name="language">The language of the messages.</param>
    /// <param name="failOn">The lowest severity that is a failure.</param>
    /// <returns>The XML document.</returns>
    public static string Format(IReadOnlyList<ValidationResult> results, IEnumerable<RuleDescriptor> rules, MessageLanguage language, DiagnosticSeverity failOn)
    {
        var ruleList = rules.ToList();
        // Written as UTF-8 bytes so that the declaration says encoding="utf-8", as the file the tool writes is.
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = new UTF8Encoding(false) }))
        {
            writer.WriteStartElement("testsuites");
            writer.WriteAttributeString("name", "admindocs");
            foreach (var result in results)
            {
                var path = result.Path ?? "-";
                var ids = ruleList.Where(r => r.AppliesTo(result.Profile)).Select(r => r.Id)
                    .Concat(result.Diagnostics.Select(d => d.Id))
                    .Concat(result.NotChecked)
                    .Distinct()
                    .OrderBy(id => id, System.StringComparer.Ordinal)
                    .ToList();
                var failures = ids.Count(id => result.Diagnostics.Any(d => d.Id == id && d.Severity >= failOn));
                writer.WriteStartElement("testsuite");
                writer.WriteAttributeString("name", path);
                writer.WriteAttributeString("tests", ids.Count.ToString(CultureInfo.InvariantCulture));
                writer.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
                writer.WriteAttributeString("skipped", ids.Count(id => result.NotChecked.Contains(id)).ToString(CultureInfo.InvariantCulture));
                foreach (var id in ids)
                {
                    var descriptor = RuleCatalog.Get(id);
                    writer.WriteStartElement("testcase");
                    writer.WriteAttributeString("classname", path);
                    writer.WriteAttributeString("name", id + " " + descriptor.Name);
                    var own = result.Diagnostics.Where(d => d.Id == id).ToList();
                    if (result.NotChecked.Contains(id) && own.Count == 0)
                    {
                        writer.WriteStartElement("skipped");
                        writer.WriteAttributeString("message", "not checkable from this source");
                        writer.WriteEndElement();
                    }

                    foreach (var d in own.Where(d => d.Severity >= failOn))
                    {
                        writer.WriteStartElement("failure");
                        writer.WriteAttributeString("type", d.Severity.ToName());
                        writer.WriteAttributeString("message", d.GetMessage(language));
                        writer.WriteString(Where(path, d) + ": " + d.GetMessage(language) + " [" + d.LegalSource + "]");
                        writer.WriteEndElement();
                    }

                    var below = own.Where(d => d.Severity < failOn).ToList();
                    if (below.Count > 0)
                    {
                        writer.WriteElementString("system-out", string.Join("\n", below.Select(d => Where(path, d) + ": " + d.Severity.ToName() + ": " + d.GetMessage(language))));
                    }

                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string Where(string path, Diagnostic d) =>
        d.Location?.Line is { } line ? path + ":" + line.ToString(CultureInfo.InvariantCulture) : path;
}

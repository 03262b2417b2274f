using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AdminDocs.Validation;

namespace AdminDocs.Cli;

/// <summary>
/// Writes a SARIF 2.1.0 log (one run) with <see cref="Utf8JsonWriter"/> — no reflection, so it is trim- and
/// Native-AOT-safe. <c>tool.driver.rules</c> holds every rule of the catalog (id, name, descriptions, help URI,
/// help text and Markdown — what <c>admindocs rules ID</c> prints, in the report's language —, default level,
/// component and legal source); each result points at its rule by id and index, and at its file
/// relative to <c>%SRCROOT%</c> (the current folder).
/// </summary>
internal static class SarifReportWriter
{
    /// <summary>
    /// The base of the rules' help URIs: <c>HelpBaseUri + "docs/rules/AD2208.md"</c>. Change it here (and in
    /// docs/cli.md) if the repository moves.
    /// </summary>
    public const string HelpBaseUri = "https://github.com/admindocs/admindocs/blob/main/";

    /// <summary>The URI of the SARIF 2.1.0 schema, written as <c>$schema</c>.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The base id the artifact locations are relative to.</summary>
    public const string SourceRoot = "%SRCROOT%";

    /// <summary>The SARIF level of a severity: error, warning, note.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The level.</returns>
    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>The SARIF log of the results.</summary>
    /// <param name="results">The results.</param>
    /// <param name="language">The language of the messages.</param>
    /// <param name="currentDirectory">The folder paths are made relative to (%SRCROOT%).</param>
    /// <returns>The JSON text, ending with a line end.</returns>
    public static string Format(IReadOnlyList<ValidationResult> results, MessageLanguage language, string currentDirectory)
    {
        var rules = RuleCatalog.All.ToList();
        var index = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", SchemaUri);
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();

            w.WriteStartObject("tool");
            w.WriteStartObject("driver");
            w.WriteString("name", "admindocs");
            w.WriteString("informationUri", HelpBaseUri + "docs/cli.md");
            var version = typeof(SarifReportWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            if (!string.IsNullOrEmpty(version))
            {
                w.WriteString("semanticVersion", version.Split('+')[0]);
            }

            w.WriteString("language", language == MessageLanguage.English ? "en" : "vi");
            w.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                WriteRule(w, rule, language);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();

            w.WriteStartObject("originalUriBaseIds");
            w.WriteStartObject(SourceRoot);
            w.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(Path.GetFullPath(currentDirectory)) + Path.DirectorySeparatorChar).AbsoluteUri);
            w.WriteEndObject();
            w.WriteEndObject();

            w.WriteStartArray("results");
            foreach (var result in results)
            {
                var uri = RelativeUri(result.Path, currentDirectory);
                foreach (var d in result.Diagnostics)
                {
                    WriteResult(w, d, uri, index.TryGetValue(d.Id, out var i) ? i : -1, language);
                }
            }

            w.WriteEndArray();
            w.WriteString("columnKind", "unicodeCodePoints");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    /// <summary>A file's URI relative to the current folder: segments percent-escaped, / separators.</summary>
    /// <param name="path">The path as reported (or "&lt;stdin&gt;").</param>
    /// <param name="currentDirectory">The current folder.</param>
    /// <returns>The relative URI reference.</returns>
    public static string RelativeUri(string? path, string currentDirectory)
    {
        if (path is null or InputFiles.StandardInputName)
        {
            return Uri.EscapeDataString(InputFiles.StandardInputName);
        }

        var relative = Path.GetRelativePath(currentDirectory, Path.GetFullPath(path, currentDirectory));
        return string.Join("/", relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString));
    }

    private static void WriteRule(Utf8JsonWriter w, RuleDescriptor rule, MessageLanguage language)
    {
        w.WriteStartObject();
        w.WriteString("id", rule.Id);
        w.WriteString("name", rule.Name);
        w.WriteStartObject("shortDescription");
        w.WriteString("text", FirstSentence(rule.Description));
        w.WriteEndObject();
        w.WriteStartObject("fullDescription");
        w.WriteString("text", rule.Description + (HasSource(rule.LegalSource) ? " [" + rule.LegalSource + "]" : string.Empty));
        w.WriteEndObject();
        w.WriteString("helpUri", HelpBaseUri + rule.HelpPath);

        // What 'admindocs rules ID' prints, in the --lang language, for the rule help that code-scanning UIs show.
        w.WriteStartObject("help");
        w.WriteString("text", RuleDocPages.Explain(rule, language));
        w.WriteString("markdown", RuleDocPages.ExplainMarkdown(rule, language));
        w.WriteEndObject();
        w.WriteStartObject("defaultConfiguration");
        w.WriteString("level", Level(rule.DefaultSeverity));
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteString("component", rule.Component);
        w.WriteString("legalSource", rule.LegalSource);
        w.WriteStartArray("profiles");
        foreach (var p in rule.Profiles)
        {
            w.WriteStringValue(p.ToName());
        }

        w.WriteEndArray();
        w.WriteStartArray("tags");
        w.WriteStringValue(rule.Component);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, Diagnostic d, string uri, int ruleIndex, MessageLanguage language)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", d.Id);
        if (ruleIndex >= 0)
        {
            w.WriteNumber("ruleIndex", ruleIndex);
        }

        w.WriteString("level", Level(d.Severity));
        w.WriteStartObject("message");
        w.WriteString("text", d.GetMessage(language));
        w.WriteEndObject();
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", uri);
        w.WriteString("uriBaseId", SourceRoot);
        w.WriteEndObject();
        if (d.Location?.Line is { } line and > 0)
        {
            w.WriteStartObject("region");
            w.WriteNumber("startLine", line);
            if (d.Location.Column is { } column and > 0)
            {
                w.WriteNumber("startColumn", column);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
        if (!string.IsNullOrEmpty(d.ModelPath))
        {
            // The component in the document model ("number.symbol"), so that viewers can group by it.
            w.WriteStartArray("logicalLocations");
            w.WriteStartObject();
            w.WriteString("fullyQualifiedName", d.ModelPath);
            w.WriteString("kind", "element");
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartObject("properties");
        w.WriteString("component", d.Descriptor.Component);
        w.WriteString("legalSource", d.LegalSource);
        w.WriteString("modelPath", d.ModelPath);
        if (d.Location?.ParagraphIndex is { } paragraph)
        {
            w.WriteString("part", d.Location.Part ?? "word/document.xml");
            w.WriteNumber("paragraph", paragraph + 1);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static bool HasSource(string? source) => !string.IsNullOrWhiteSpace(source) && source != "—";

    private static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        var first = end > 0 ? text.Substring(0, end + 1) : text;
        return first.Split(';')[0].Trim();
    }
}

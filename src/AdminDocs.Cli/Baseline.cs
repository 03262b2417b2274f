using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AdminDocs.Configuration;
using AdminDocs.Validation;

namespace AdminDocs.Cli;

/// <summary>The key a finding is matched by in a baseline: never its line, so that edits above it keep it known.</summary>
/// <param name="File">The file relative to the current folder, with / separators ("&lt;stdin&gt;" for standard input).</param>
/// <param name="Rule">The rule id.</param>
/// <param name="Component">The diagnostic's model path with its indices dropped ("body.nodes[].children[]").</param>
internal readonly record struct BaselineKey(string File, string Rule, string Component);

/// <summary>
/// A baseline (<c>--write-baseline</c>, <c>--baseline</c>): the findings a folder already had, so that adopting the
/// tool fails only on new ones. Findings are counted per <see cref="BaselineKey"/>: with 2 recorded, a third
/// identical finding is new. The file format is in docs/cli.md ("Baseline").
/// </summary>
internal sealed class Baseline
{
    /// <summary>The format version written and read.</summary>
    public const int FormatVersion = 1;

    private static readonly Regex Indices = new(@"\[\d+\]", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private Baseline(ImmutableDictionary<BaselineKey, int> counts)
    {
        Counts = counts;
    }

    /// <summary>The number of findings recorded per key.</summary>
    public ImmutableDictionary<BaselineKey, int> Counts { get; }

    /// <summary>The key of a finding.</summary>
    /// <param name="path">The result's path as reported.</param>
    /// <param name="diagnostic">The finding.</param>
    /// <returns>The key.</returns>
    public static BaselineKey KeyOf(string? path, Diagnostic diagnostic) =>
        new(NormalizePath(path), diagnostic.Id, Indices.Replace(diagnostic.ModelPath ?? string.Empty, "[]"));

    /// <summary>A reported path relative to the current folder, with / separators.</summary>
    /// <param name="path">The path as reported.</param>
    /// <returns>The normalized path.</returns>
    public static string NormalizePath(string? path)
    {
        if (path is null or InputFiles.StandardInputName)
        {
            return InputFiles.StandardInputName;
        }

        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(path));
        return relative.Replace('\\', '/');
    }

    /// <summary>The baseline of today's findings.</summary>
    /// <param name="results">The results.</param>
    /// <returns>The baseline.</returns>
    public static Baseline FromResults(IEnumerable<ValidationResult> results) =>
        new(results
            .SelectMany(r => r.Diagnostics.Select(d => KeyOf(r.Path, d)))
            .GroupBy(k => k)
            .ToImmutableDictionary(g => g.Key, g => g.Count()));

    /// <summary>Reads a baseline file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The baseline.</returns>
    /// <exception cref="ConfigException">The file cannot be read or is not a baseline.</exception>
    public static Baseline Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ConfigException($"{path}: cannot read the baseline: {ex.Message}", ex);
        }

        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != FormatVersion
                || !root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                throw new ConfigException($"{path}: not an admindocs baseline (expected {{ \"version\": {FormatVersion}, \"findings\": [...] }}, as --write-baseline writes).");
            }

            var counts = new Dictionary<BaselineKey, int>();
            var i = 0;
            foreach (var f in findings.EnumerateArray())
            {
                var at = "$.findings[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                if (f.ValueKind != JsonValueKind.Object
                    || !f.TryGetProperty("file", out var file) || file.ValueKind != JsonValueKind.String
                    || !f.TryGetProperty("rule", out var rule) || rule.ValueKind != JsonValueKind.String
                    || !f.TryGetProperty("component", out var component) || component.ValueKind != JsonValueKind.String
                    || !f.TryGetProperty("count", out var count) || count.ValueKind != JsonValueKind.Number || !count.TryGetInt32(out var n) || n < 1)
                {
                    throw new ConfigException($"{path}: {at}: expected {{ \"file\": string, \"rule\": string, \"component\": string, \"count\": integer ≥ 1 }}.");
                }

                var key = new BaselineKey(file.GetString()!.Replace('\\', '/'), rule.GetString()!, component.GetString()!);
                counts[key] = counts.GetValueOrDefault(key) + n;
                i++;
            }

            return new Baseline(counts.ToImmutableDictionary());
        }
        catch (JsonException ex)
        {
            throw new ConfigException($"{path}: not valid JSON: {ex.Message}", ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new ConfigException($"{path}: not an admindocs baseline: {ex.Message}", ex);
        }
        catch (FormatException ex)
        {
            throw new ConfigException($"{path}: not an admindocs baseline: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Removes the known findings: for each key, as many findings as the baseline counts (the first ones in
    /// report order) are dropped; the rest are new and stay.
    /// </summary>
    /// <param name="results">The results.</param>
    /// <param name="baselined">How many findings were dropped.</param>
    /// <returns>The results with only new findings.</returns>
    public IReadOnlyList<ValidationResult> Apply(IReadOnlyList<ValidationResult> results, out int baselined)
    {
        var left = new Dictionary<BaselineKey, int>(Counts);
        var dropped = 0;
        var output = new List<ValidationResult>(results.Count);
        foreach (var result in results)
        {
            var kept = ImmutableArray.CreateBuilder<Diagnostic>();
            foreach (var d in result.Diagnostics)
            {
                var key = KeyOf(result.Path, d);
                if (left.TryGetValue(key, out var n) && n > 0)
                {
                    left[key] = n - 1;
                    dropped++;
                }
                else
                {
                    kept.Add(d);
                }
            }

            output.Add(kept.Count == result.Diagnostics.Length ? result : result with { Diagnostics = kept.ToImmutable() });
        }

        baselined = dropped;
        return output;
    }

    /// <summary>The baseline as JSON (sorted, so that it diffs well in version control).</summary>
    /// <returns>The JSON text, ending with a line end.</returns>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", FormatVersion);
            writer.WriteString("tool", "admindocs");
            writer.WriteStartArray("findings");
            foreach (var (key, count) in Counts
                .OrderBy(k => k.Key.File, StringComparer.Ordinal)
                .ThenBy(k => k.Key.Rule, StringComparer.Ordinal)
                .ThenBy(k => k.Key.Component, StringComparer.Ordinal))
            {
                writer.WriteStartObject();
                writer.WriteString("file", key.File);
                writer.WriteString("rule", key.Rule);
                writer.WriteString("component", key.Component);
                writer.WriteNumber("count", count);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }
}

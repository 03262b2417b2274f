using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AdminDocs.Validation;

namespace AdminDocs.Json;

/// <summary>
/// Writes validation results as the AdminDocs JSON report (format version 1, described in <c>docs/json-format.md</c>):
/// <c>{"version":1,"files":[...],"summary":{...}}</c>. Every key is always written; a component the document lacks
/// is <see langword="null"/> (or an empty array for lists). Later versions add keys, never remove or change them.
/// </summary>
/// <example>
/// <code>
/// var result = Validator.Default.ValidateFile("bao-cao.txt");
/// string json = ValidationJson.ToJson(new[] { result }, MessageLanguage.English);
/// </code>
/// </example>
public static class ValidationJson
{
    /// <summary>The format version written in the <c>version</c> key.</summary>
    public const int FormatVersion = 1;

    /// <summary>
    /// Writes the report for <paramref name="results"/> as one JSON object. The writer is not flushed; its options
    /// (indentation, encoder) are the caller's.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="results">The results, one per file, in the order to write them.</param>
    /// <param name="language">The language of the diagnostic messages.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="results"/> is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<ValidationResult> results, MessageLanguage language)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (results is null)
        {
            throw new ArgumentNullException(nameof(results));
        }

        int errors = 0, warnings = 0, infos = 0;
        writer.WriteStartObject();
        writer.WriteNumber("version", FormatVersion);
        writer.WriteStartArray("files");
        foreach (var result in results)
        {
            if (result is null)
            {
                throw new ArgumentException("The list of results contains null.", nameof(results));
            }

            WriteFile(writer, result, language);
            errors += result.ErrorCount;
            warnings += result.WarningCount;
            infos += result.InfoCount;
        }

        writer.WriteEndArray();
        writer.WriteStartObject("summary");
        writer.WriteNumber("files", results.Count);
        writer.WriteNumber("errors", errors);
        writer.WriteNumber("warnings", warnings);
        writer.WriteNumber("infos", infos);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>
    /// The report for <paramref name="results"/> as a string: UTF-8 text with Vietnamese letters unescaped
    /// (<see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>; quotes, backslashes and control characters are
    /// still escaped), "\n" line ends when indented.
    /// </summary>
    /// <param name="results">The results, one per file.</param>
    /// <param name="language">The language of the diagnostic messages.</param>
    /// <param name="indented">Whether to indent (two spaces) or write one line.</param>
    /// <returns>The JSON text, without a trailing line end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is <see langword="null"/>.</exception>
    public static string ToJson(IReadOnlyList<ValidationResult> results, MessageLanguage language, bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, CreateWriterOptions(indented)))
        {
            Write(writer, results, language);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>The writer options <see cref="ToJson"/> uses: relaxed escaping, two-space indentation, "\n" line ends.</summary>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The options.</returns>
    public static JsonWriterOptions CreateWriterOptions(bool indented = true) => new()
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    private static void WriteFile(Utf8JsonWriter writer, ValidationResult result, MessageLanguage language)
    {
        writer.WriteStartObject();
        WriteString(writer, "path", result.Path);
        WriteString(writer, "format", result.Format);
        writer.WriteString("profile", result.Profile.ToName());
        writer.WriteString("stage", result.Stage.ToName());
        writer.WritePropertyName("document");
        WriteDocument(writer, result.Document);
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in result.Diagnostics)
        {
            WriteDiagnostic(writer, diagnostic, language);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("notChecked");
        foreach (var id in result.NotChecked)
        {
            WriteStringValue(writer, id);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter writer, AdminDocument document)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", DocumentKindInfo.Get(document.Kind).CatalogName);
        WriteString(writer, "parentAgency", document.ParentAgency?.Text);
        WriteString(writer, "issuingAgency", document.IssuingAgency?.Text);

        writer.WritePropertyName("number");
        if (document.Number is { } number)
        {
            writer.WriteStartObject();
            WriteString(writer, "value", number.Value);
            WriteString(writer, "symbol", number.Symbol);
            WriteString(writer, "text", number.Text);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WritePropertyName("placeDate");
        if (document.PlaceDate is { } placeDate)
        {
            writer.WriteStartObject();
            WriteString(writer, "place", placeDate.Place);
            WriteNumber(writer, "day", placeDate.Day);
            WriteNumber(writer, "month", placeDate.Month);
            WriteNumber(writer, "year", placeDate.Year);
            WriteString(writer, "text", placeDate.Text);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNullValue();
        }

        WriteString(writer, "title", document.Title?.Text);
        WriteString(writer, "subject", document.Subject?.Text);

        writer.WriteStartArray("addressees");
        if (document.Addressees is { } addressees)
        {
            WriteItems(writer, addressees.Items);
        }

        writer.WriteEndArray();

        writer.WritePropertyName("signature");
        if (document.Signature is { } main)
        {
            WriteSignature(writer, main);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteStartArray("signatures");
        foreach (var signature in document.Signatures)
        {
            WriteSignature(writer, signature);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("recipients");
        if (document.Recipients is { } recipients)
        {
            WriteItems(writer, recipients.Items);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("unrecognized");
        foreach (var block in document.Unrecognized)
        {
            WriteStringValue(writer, block.Text);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteItems(Utf8JsonWriter writer, ImmutableArray<ListItem> items)
    {
        if (items.IsDefault)
        {
            return;
        }

        foreach (var item in items)
        {
            WriteStringValue(writer, item.Text);
        }
    }

    private static void WriteSignature(Utf8JsonWriter writer, SignatureBlock signature)
    {
        writer.WriteStartObject();
        WriteString(writer, "authority", signature.Authority);
        writer.WriteStartArray("titles");
        if (!signature.Titles.IsDefault)
        {
            foreach (var title in signature.Titles)
            {
                WriteStringValue(writer, title);
            }
        }

        writer.WriteEndArray();
        WriteString(writer, "signerName", signature.SignerName?.Text);
        writer.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic, MessageLanguage language)
    {
        writer.WriteStartObject();
        WriteString(writer, "id", diagnostic.Id);
        WriteString(writer, "name", diagnostic.Name);
        writer.WriteString("severity", diagnostic.Severity.ToName());
        WriteString(writer, "message", diagnostic.GetMessage(language));
        writer.WriteStartObject("location");
        WriteString(writer, "path", diagnostic.ModelPath);
        WriteNumber(writer, "line", diagnostic.Location?.Line);
        WriteNumber(writer, "column", diagnostic.Location?.Column);
        WriteString(writer, "part", diagnostic.Location?.Part);
        WriteNumber(writer, "paragraph", diagnostic.Location?.ParagraphIndex is { } p ? p + 1 : null);
        writer.WriteEndObject();
        WriteString(writer, "source", diagnostic.LegalSource);
        writer.WriteEndObject();
    }

    private static void WriteString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, Sanitize(value));
        }
    }

    private static void WriteStringValue(Utf8JsonWriter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(Sanitize(value));
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Replaces unpaired surrogates (which UTF-8 cannot carry) with U+FFFD.</summary>
    private static string Sanitize(string value)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var bad = false;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    builder?.Append(c).Append(value[i + 1]);
                    i++;
                    continue;
                }

                bad = true;
            }
            else if (char.IsLowSurrogate(c))
            {
                bad = true;
            }

            if (bad && builder is null)
            {
                builder = new StringBuilder(value.Length);
                builder.Append(value, 0, i);
            }

            builder?.Append(bad ? '\uFFFD' : c);
        }

        return builder?.ToString() ?? value;
    }
}

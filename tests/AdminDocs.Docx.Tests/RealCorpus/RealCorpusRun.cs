using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AdminDocs.Validation;

namespace AdminDocs.Docx.Tests.RealCorpus;

/// <summary>
/// One pass over the real corpus (tests/AdminDocs.TestAssets/real, see docs/accuracy.md): every document that has a
/// hand-written <c>.expected.json</c> is read through the tool's own validator (plain text and .docx readers), its
/// recognized fields are compared with the expected ones and its errors and warnings are sorted into real defects
/// found, known false findings and unexpected findings.
/// </summary>
internal sealed class RealCorpusRun
{
    public static readonly string Root = Path.Combine(AppContext.BaseDirectory, "TestAssets", "real");

    private static readonly Validator Validator = Validator.CreateBuilder().AddDocx().Build();

    private static readonly string[] DocumentExtensions = { ".docx", ".txt" };

    /// <summary>The fields scored, in report order.</summary>
    public static readonly string[] Fields =
    {
        "kind", "parentAgency", "issuingAgency", "number", "symbol", "place", "date", "title", "subject",
        "authority", "signerTitles", "signerName", "signatures", "recipientCount",
    };

    public List<DocumentRun> Documents { get; } = new();

    public List<string> Problems { get; } = new();

    public List<KnownFalseFinding> KnownFalse { get; } = new();

    /// <summary>The corpus folders whose findings were all classified by hand (real defect or known false).</summary>
    public HashSet<string> ClassifiedSets { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Floor> Floors { get; } = new(StringComparer.Ordinal);

    public static RealCorpusRun Execute()
    {
        var run = new RealCorpusRun();
        run.LoadApprovedLists();
        // Documents are read in parallel (the validator is thread-safe, the CLI does the same) to keep the run short.
        var documents = Directory.EnumerateFiles(Root, "*.expected.json", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .AsParallel().AsOrdered()
            .Select(p =>
            {
                var problems = new List<string>();
                return (Document: DocumentRun.Execute(p, problems), Problems: problems);
            })
            .ToList();
        foreach (var (document, problems) in documents)
        {
            run.Documents.Add(document);
            run.Problems.AddRange(problems);
        }

        return run;
    }

    private void LoadApprovedLists()
    {
        var knownFalsePath = Path.Combine(Root, "known-false-findings.json");
        if (File.Exists(knownFalsePath))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(knownFalsePath));
            if (json.RootElement.TryGetProperty("classified", out var classified))
            {
                foreach (var set in classified.EnumerateArray())
                {
                    ClassifiedSets.Add(set.GetString()!);
                }
            }

            foreach (var item in json.RootElement.GetProperty("findings").EnumerateArray())
            {
                KnownFalse.Add(new KnownFalseFinding(
                    item.GetProperty("file").GetString()!,
                    item.GetProperty("rule").GetString()!,
                    item.GetProperty("reason").GetString()!));
            }
        }

        var floorPath = Path.Combine(Root, "accuracy-floor.json");
        if (File.Exists(floorPath))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(floorPath));
            foreach (var set in json.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object))
            {
                var fields = new Dictionary<string, double>(StringComparer.Ordinal);
                if (set.Value.TryGetProperty("fields", out var fieldFloors))
                {
                    foreach (var field in fieldFloors.EnumerateObject())
                    {
                        fields[field.Name] = field.Value.GetDouble();
                    }
                }

                Floors[set.Name] = new Floor(set.Value.GetProperty("total").GetDouble(), fields);
            }
        }
    }

    /// <summary>Compares two field values as docs/accuracy.md says: NFC, white space collapsed, trimmed of " .;:", case and tone-mark placement ignored.</summary>
    public static string? Normalize(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = Regex.Replace(value.Normalize(NormalizationForm.FormC), @"\s+", " ").Trim(' ', '.', ';', ':');
        text = text.ToUpperInvariant();
        foreach (var (oldPlacement, newPlacement) in TonePlacements)
        {
            text = text.Replace(oldPlacement, newPlacement, StringComparison.Ordinal);
        }

        return text.Length == 0 ? null : text;
    }

    private static readonly (string Old, string New)[] TonePlacements =
    {
        ("OÀ", "ÒA"), ("OÁ", "ÓA"), ("OẢ", "ỎA"), ("OÃ", "ÕA"), ("OẠ", "ỌA"),
        ("UỲ", "ÙY"), ("UÝ", "ÚY"), ("UỶ", "ỦY"), ("UỸ", "ŨY"), ("UỴ", "ỤY"),
    };

    internal sealed record KnownFalseFinding(string File, string Rule, string Reason);

    internal sealed record Floor(double Total, Dictionary<string, double> Fields);

    internal sealed record FieldScore(string Field, string? Expected, string? Actual, bool Correct);

    internal sealed record Finding(string Rule, string Severity, string Message);

    internal sealed record Defect(string Rule, string Why);

    /// <summary>One document of the corpus: its expected answers, what the tool recognized and found.</summary>
    internal sealed class DocumentRun
    {
        /// <summary>The folder of the corpus (docx, text).</summary>
        public string Set { get; private init; } = string.Empty;

        /// <summary>The document's path relative to the corpus root, with forward slashes ("docx/12_….docx").</summary>
        public string File { get; private init; } = string.Empty;

        public string Kind { get; private init; } = string.Empty;

        public bool Partial { get; private init; }

        public bool Read { get; private set; }

        public List<FieldScore> Scores { get; } = new();

        public List<Finding> Findings { get; } = new();

        public List<Defect> Defects { get; } = new();

        /// <summary>Visible words of a .docx missing from what the reader kept (see <see cref="VisibleText"/>).</summary>
        public List<string> LostWords { get; } = new();

        public static DocumentRun Execute(string expectedPath, List<string> problems)
        {
            var stem = expectedPath[..^".expected.json".Length];
            var documentPath = DocumentExtensions.Select(e => stem + e).FirstOrDefault(System.IO.File.Exists);
            var relative = Path.GetRelativePath(Root, documentPath ?? stem).Replace('\\', '/');
            using var json = JsonDocument.Parse(System.IO.File.ReadAllText(expectedPath));
            var expected = json.RootElement;
            var kind = expected.GetProperty("kind").GetString() ?? "Other";
            var run = new DocumentRun
            {
                Set = relative.Split('/')[0],
                File = relative,
                Kind = kind,

                // Documents outside the administrative kinds and templates are scored only on what they have.
                Partial = kind == "Other" || relative.Contains("template", StringComparison.OrdinalIgnoreCase),
            };
            foreach (var defect in expected.GetProperty("defects").EnumerateArray())
            {
                run.Defects.Add(new Defect(defect.GetProperty("rule").GetString()!, defect.GetProperty("why").GetString() ?? string.Empty));
            }

            if (documentPath is null)
            {
                problems.Add($"{relative}: an .expected.json without its document (.docx or .txt)");
                return run;
            }

            ValidationResult result;
            try
            {
                result = Validator.ValidateFile(documentPath);
            }
#pragma warning disable CA1031 // A crash on a real file is reported as a failure of the corpus, with its message.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                problems.Add($"{relative}: reading crashed: {ex.GetType().Name}: {ex.Message}");
                return run;
            }

            run.Read = true;
            foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning))
            {
                var where = diagnostic.Location is { } l ? $" [{l.Part ?? "line"} {l.ParagraphIndex?.ToString(CultureInfo.InvariantCulture) ?? l.Line?.ToString(CultureInfo.InvariantCulture)}]" : string.Empty;
                run.Findings.Add(new Finding(diagnostic.Id, diagnostic.Severity.ToName(), diagnostic.GetMessage(MessageLanguage.English) + where));
            }

            if (result.Diagnostics.Any(d => d.Id == "AD0001"))
            {
                problems.Add($"{relative}: not read (AD0001)");
            }

            if (documentPath.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
            {
                run.LostWords.AddRange(VisibleText.LostWords(documentPath, result.Document.Source));
            }

            run.Score(expected, result.Document);
            return run;
        }

        private void Score(JsonElement expected, AdminDocument document)
        {
            var signature = document.Signature;
            var expectedSignatures = expected.TryGetProperty("signatures", out var s) && s.ValueKind == JsonValueKind.Array
                ? s.EnumerateArray().ToList()
                : new List<JsonElement>();
            var multiParty = expectedSignatures.Count > 0;

            Compare("kind", Text(expected, "kind"), DocumentKindInfo.Get(document.Kind).CatalogName);
            Compare("parentAgency", Text(expected, "parentAgency"), document.ParentAgency?.Text);
            Compare("issuingAgency", Text(expected, "issuingAgency"), document.IssuingAgency?.Text);
            Compare("number", Text(expected, "number"), document.Number?.Value);
            Compare("symbol", Symbol(Text(expected, "symbol")), Symbol(document.Number?.Symbol));
            Compare("place", Text(expected, "place"), document.PlaceDate?.Place);
            Compare("date", Text(expected, "date"), document.PlaceDate?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Compare("title", Text(expected, "title"), document.Title?.Text);
            Compare("subject", Text(expected, "subject"), document.Subject?.Text);
            if (multiParty)
            {
                var expectedText = string.Join(" || ", expectedSignatures.Select(e => SignatureText(
                    Text(e, "authority"), e.GetProperty("signerTitles").EnumerateArray().Select(t => t.GetString() ?? string.Empty), Text(e, "signerName"))));
                var actualText = string.Join(" || ", document.Signatures.Select(b => SignatureText(b.Authority, b.Titles, b.SignerName?.Text)));
                Compare("signatures", expectedText, actualText);
            }
            else
            {
                Compare("authority", Text(expected, "authority"), signature?.Authority);
                var titles = expected.GetProperty("signerTitles").EnumerateArray().Select(t => t.GetString() ?? string.Empty).ToList();
                Compare("signerTitles", titles.Count == 0 ? null : string.Join(" / ", titles.Select(Normalize)),
                    signature is null || signature.Titles.IsEmpty ? null : string.Join(" / ", signature.Titles.Select(Normalize)));
                Compare("signerName", Text(expected, "signerName"), signature?.SignerName?.Text);
            }

            var recipients = expected.GetProperty("recipientCount");
            Compare("recipientCount", recipients.ValueKind == JsonValueKind.Number ? recipients.GetInt32().ToString(CultureInfo.InvariantCulture) : null,
                document.Recipients?.Items.Length.ToString(CultureInfo.InvariantCulture));
        }

        private void Compare(string field, string? expected, string? actual)
        {
            var e = Normalize(expected);
            var a = Normalize(actual);
            if (Partial && e is null && field != "kind")
            {
                return;
            }

            Scores.Add(new FieldScore(field, expected, actual, string.Equals(e, a, StringComparison.Ordinal)));
        }

        private static string SignatureText(string? authority, IEnumerable<string> titles, string? name) =>
            $"{Normalize(authority) ?? "-"} [{string.Join(" / ", titles.Select(Normalize))}] {Normalize(name) ?? "-"}";

        // A ký hiệu is compared without spaces around its "-" and "/": "SCT - CN" is the ký hiệu SCT-CN written
        // with a spacing defect (AD2206), which is a finding, not a recognition error.
        private static string? Symbol(string? symbol) => symbol is null ? null : Regex.Replace(symbol, @"\s*([-/])\s*", "$1");

        private static string? Text(JsonElement element, string property) =>
            element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}

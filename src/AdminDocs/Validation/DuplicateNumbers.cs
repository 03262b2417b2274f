using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using AdminDocs.Text;

namespace AdminDocs.Validation;

/// <summary>
/// AD2212 number-duplicate: across the documents checked together, two documents of the same issuer and year that
/// carry the same number and ký hiệu (Nghị định 30, Điều 15: the pair is unique within the calendar year). This is
/// the one check that needs more than one document, so it runs after the per-document rules, on a batch. Files that
/// also agree on the date, the trích yếu and the signer are one document kept in several formats (bao-cao.docx next
/// to bao-cao.pdf, .html or .txt), not a duplicate: a pair is reported only when one of these, read in both, differs.
/// </summary>
public static class DuplicateNumbers
{
    /// <summary>The descriptor of AD2212.</summary>
    public static RuleDescriptor Descriptor => RuleCatalog.Get("AD2212");

    /// <summary>
    /// Adds an AD2212 diagnostic to every result whose issuer, year, number and ký hiệu another result of the batch
    /// also has, when the two are different documents: their dates, trích yếu or signers differ (each compared only
    /// when read in both; letters and digits only, so line breaks and punctuation of one format do not count). Files
    /// that agree on all three are one document in several formats and are not reported. Blank numbers (drafts) and
    /// documents without an issuer or a year are not compared. Results keep their order; the diagnostics of each
    /// stay sorted.
    /// </summary>
    /// <param name="results">The results of one run.</param>
    /// <param name="options">The options the run used (AD2212 may be turned off or given another severity).</param>
    /// <returns>The results, with the duplicates reported.</returns>
    public static ImmutableArray<ValidationResult> Check(IReadOnlyList<ValidationResult> results, ValidationOptions? options = null)
    {
        if (results is null)
        {
            throw new ArgumentNullException(nameof(results));
        }

        options ??= ValidationOptions.Default;
        var output = results.ToArray();
        if (options.IsDisabled(Descriptor.Id))
        {
            return output.ToImmutableArray();
        }

        var severity = options.RuleSeverities.TryGetValue(Descriptor.Id, out var s) && s is { } configured ? configured : Descriptor.DefaultSeverity;
        var groups = output
            .Select((r, i) => (Key: KeyOf(r), Index: i))
            .Where(x => x.Key is not null)
            .GroupBy(x => x.Key!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1);
        foreach (var group in groups)
        {
            var members = group.ToList();
            foreach (var (_, index) in members)
            {
                var result = output[index];
                var different = members.Where(m => m.Index != index && !SameDocument(result.Document, output[m.Index].Document)).ToList();
                if (different.Count == 0)
                {
                    continue;
                }

                var number = result.Document.Number!;
                var others = string.Join(", ", different.Select(m => output[m.Index].Path ?? "?"));
                var diagnostic = new Diagnostic(
                    Descriptor,
                    severity,
                    Descriptor.Id,
                    ImmutableArray.Create(number.Text, others),
                    "number",
                    number.Origin.Location) { Profile = result.Profile };
                output[index] = result with { Diagnostics = Validator.Sort(result.Diagnostics.Add(diagnostic)) };
            }
        }

        return output.ToImmutableArray();
    }

    // Issuer (by comparison key), year, number (leading zeros ignored) and ký hiệu (case and dashes as written).
    private static string? KeyOf(ValidationResult result)
    {
        var document = result.Document;
        if (document.Number is not { Value: { } value, Symbol: { } symbol } number)
        {
            return null;
        }

        var year = document.PlaceDate?.Year?.ToString(CultureInfo.InvariantCulture) ?? number.Year;
        var issuer = document.IssuingAgency?.Text ?? (number.SymbolGroups.Length > 1 ? number.SymbolGroups[number.SymbolGroups.Length - 1] : null);
        if (year is null || issuer is null)
        {
            return null;
        }

        var digits = value.TrimStart('0');
        return VietnameseText.Key(issuer) + "|" + year + "|" + digits + "|" + VietnameseText.Key(symbol);
    }

    // One document in several formats: no component read in both differs (date, trích yếu, signer).
    private static bool SameDocument(AdminDocument a, AdminDocument b) =>
        Agree(DateOf(a), DateOf(b)) && Agree(SubjectOf(a), SubjectOf(b)) && Agree(SignerOf(a), SignerOf(b));

    private static bool Agree(string? a, string? b) => a is null || b is null || string.Equals(a, b, StringComparison.Ordinal);

    private static string? DateOf(AdminDocument document) =>
        document.PlaceDate is { Day: { } day, Month: { } month, Year: { } year }
            ? string.Format(CultureInfo.InvariantCulture, "{0}-{1}-{2}", year, month, day)
            : null;

    private static string? SubjectOf(AdminDocument document) => KeyOrNull(document.Subject?.Text);

    private static string? SignerOf(AdminDocument document) => KeyOrNull(document.Signature?.SignerName?.Text);

    private static string? KeyOrNull(string? text)
    {
        var key = text is null ? string.Empty : VietnameseText.Key(text);
        return key.Length == 0 ? null : key;
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD0005: fewer than three of the marks of an administrative document were recognized: number line, place and
/// date, title (or a "V/v" subject), signature, Nơi nhận. No legal source (ND30 Điều 8 lists the components).
/// </summary>
internal sealed class NotAnAdministrativeDocumentRule : CatalogRule
{
    private const int Needed = 3;

    public NotAnAdministrativeDocumentRule()
        : base("AD0005")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        // A file that could not be read at all already has its own error.
        if (!context.Source.Diagnostics.IsDefault && context.Source.Diagnostics.Any(d => d.Id is "AD0001" or "AD0002"))
        {
            return;
        }

        var document = context.Document;
        var marks = new (string Path, bool Found)[]
        {
            ("number", document.Number is not null),
            ("placeDate", document.PlaceDate is not null),
            ("title", document.Title is not null || IsVvSubject(document.Subject)),
            ("signature", !document.Signatures.IsDefaultOrEmpty),
            ("recipients", document.Recipients is not null),
        };
        var found = marks.Count(m => m.Found);
        if (found < Needed)
        {
            IEnumerable<string> missing = marks.Where(m => !m.Found).Select(m => m.Path);
            context.Report(string.Empty, null, found.ToString(CultureInfo.InvariantCulture), string.Join(", ", missing));
        }
    }

    // A trích yếu introduced by "V/v" (or a variant such as "V/V", "v/v", "Về việc"): a công văn's mark.
    private static bool IsVvSubject(Subject? subject)
    {
        var prefix = subject?.Prefix?.Trim();
        if (string.IsNullOrEmpty(prefix))
        {
            return false;
        }

        var letters = new string(prefix!.Where(char.IsLetter).ToArray()).ToUpperInvariant();
        return letters is "VV" || letters.StartsWith("VỀVIỆC", StringComparison.Ordinal);
    }
}

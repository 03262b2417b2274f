using System;
using System.Text.RegularExpressions;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD5105: the last Nơi nhận line is the archive line "Lưu: VT, ...." ("- Lưu: VT, TCCB.", "- Lưu: VT, HC (2).",
/// Mẫu 1.8's "- Lưu: VT."). What is checked is what domain-rules §8 lists: the colon, "VT" (or "Văn thư" written
/// in full) first, the line last in the list, a final period. Whatever the office writes after "VT," is its own —
/// units, the drafter's code, copy counts ("KGVX (3b) vt.", "CN(Loan).", "KT(Long, Đức).", "CTT. Phunt.") — and is
/// not judged. A table column glued after the line by a web page or a PDF text layer (" | KT. CỤC TRƯỞNG") is not
/// part of it, nor are the lines read after it from that column; of a list flattened into one line ("...; - Lưu: VT,
/// KT.") the last item is checked. Spacing is AD6001's business. ND30 PL I, II.9.d; Mục V.
/// </summary>
internal sealed class RecipientsArchiveLastRule : CatalogRule
{
    // "Lưu" may come out of a PDF text layer as "Lƣu" (ƣ, U+01A3, for ư): the same word.
    private const string Luu = "L[ưƣ]u";

    // After the văn thư: nothing, a copy count "(2)", or a comma and whatever the office writes; then a period.
    private static readonly Regex Archive = new(
        "^" + Luu + @"\s*:\s*(?:VT|Văn\s+thư)(?![\p{L}\p{Nd}])(?:\s*\([^()]*\))?(?:\s*,.*)?\.$",
        RegexOptions.CultureInvariant);

    private static readonly Regex ArchiveStart = new("^" + Luu + @"(?=[\s:.,]|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex HasColon = new("^" + Luu + @"\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex HasVt = new("^" + Luu + @"\s*:?\s*(?:VT|Văn\s+thư)(?![\p{L}\p{Nd}])", RegexOptions.CultureInvariant);

    public RecipientsArchiveLastRule()
        : base("AD5105")
    {
    }

    /// <summary>The archive line as the decree's example writes it.</summary>
    public const string Example = "Lưu: VT, <đơn vị>.";

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var items = RecipientsText.Items(context.Document.Recipients);
        if (items.IsEmpty || items[items.Length - 1] is not { } last)
        {
            return;
        }

        var lastIndex = items.Length - 1;
        var path = RecipientsText.ItemPath(lastIndex);
        var text = LastOfFlattened(WithoutGluedColumn(RecipientsText.TextOf(last)));
        if (!ArchiveStart.IsMatch(text))
        {
            for (var i = lastIndex - 1; i >= 0; i--)
            {
                var written = RecipientsText.TextOf(items[i]);
                var earlier = WithoutGluedColumn(written);
                if (ArchiveStart.IsMatch(earlier))
                {
                    if (earlier.Length != written.Length)
                    {
                        // The Lưu line had the signature column glued after it: the lines read after it are that
                        // column's (the signer's name), not recipients.
                        return;
                    }

                    context.ReportVariant("not-last", RecipientsText.ItemPath(i), items[i].Origin.Location, earlier);
                    return;
                }
            }

            context.ReportVariant("not-archive", path, last.Origin.Location, text, Example);
            return;
        }

        if (Archive.IsMatch(text))
        {
            return;
        }

        if (!HasColon.IsMatch(text))
        {
            context.ReportVariant("no-colon", path, RecipientsText.At(last, 3), text, Example);
        }
        else if (!HasVt.IsMatch(text))
        {
            context.ReportVariant("no-vt", path, last.Origin.Location, text, Example);
        }
        else if (!text.EndsWith(".", StringComparison.Ordinal))
        {
            context.ReportVariant("no-period", path, RecipientsText.At(last, text.Length), text, Example);
        }
        else
        {
            context.Report(path, last.Origin.Location, text, Example);
        }
    }

    /// <summary>The last item of a list flattened into one line by a web page or a text layer ("Như trên; - Chủ tịch
    /// UBND tỉnh; - Lưu: VT, KT."), or the line itself.</summary>
    private static string LastOfFlattened(string text)
    {
        var separator = text.LastIndexOf("; - ", StringComparison.Ordinal);
        return separator >= 0 ? text.Substring(separator + 4).TrimStart() : text;
    }

    /// <summary>The line without a table column glued after it (" | THỦ TƯỚNG"): a web page's or a text layer's
    /// table, never part of a Lưu line.</summary>
    private static string WithoutGluedColumn(string text)
    {
        var bar = text.IndexOf(" |", StringComparison.Ordinal);
        return bar > 0 ? text.Substring(0, bar).TrimEnd() : text;
    }
}

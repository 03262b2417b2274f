using System;
using System.Text.RegularExpressions;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD5105: the last Nơi nhận line is the archive line "Lưu: VT(, &lt;unit&gt;)*( (n))?." ("- Lưu: VT, TCCB.",
/// "- Lưu: VT, HC (2)."). Spacing is AD6001's business. ND30 PL I, II.9.d; Mục V.
/// </summary>
internal sealed class RecipientsArchiveLastRule : CatalogRule
{
    private static readonly Regex Archive = new(
        @"^Lưu\s*:\s*VT(?:\s*,\s*[^,()\s][^,()]*?)*(?:\s*\(\s*\d+\s*\))?\s*\.$",
        RegexOptions.CultureInvariant);

    private static readonly Regex ArchiveStart = new(@"^Lưu(?=[\s:.,]|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex HasColon = new(@"^Lưu\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex HasVt = new(@"^Lưu\s*:?\s*VT\b", RegexOptions.CultureInvariant);

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
        var text = RecipientsText.TextOf(last);
        if (!ArchiveStart.IsMatch(text))
        {
            for (var i = lastIndex - 1; i >= 0; i--)
            {
                var earlier = RecipientsText.TextOf(items[i]);
                if (ArchiveStart.IsMatch(earlier))
                {
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
}

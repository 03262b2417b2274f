using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using AdminDocs.Decree;

namespace AdminDocs.Validation.Rules;

/// <summary>AD3202: the label is exactly "Kính gửi:"; one recipient on the label's line; several as "- X;" lines, the last
/// ending "." (NĐ 30/2020 Phụ lục I, II.9.a). A first item on the label line is accepted, a wrapped item is one item,
/// a list-wide defect is one finding per list (domain-rules §8).</summary>
internal sealed class AddresseeFormatRule : CatalogRule
{
    private const string ExpectedLabel = FixedTexts.AddresseesLabel;

    private static readonly Regex Label = new(@"^(?<words>[^\s:;.,]+\s+[^\s:;.,]+)(?<space>\s*)(?<punct>[:;.,])?", RegexOptions.CultureInvariant);

    public AddresseeFormatRule()
        : base("AD3202")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var addressees = context.Document.Addressees;
        if (addressees is null)
        {
            return;
        }

        CheckLabel(context, addressees.Label);
        var items = addressees.Items;
        if (items.IsDefaultOrEmpty)
        {
            context.ReportVariant("empty", "addressees", addressees.Label?.Origin.Location, addressees.Label?.Text ?? string.Empty);
            return;
        }

        if (items.Length == 1)
        {
            // A lone item ending with "," is a list whose other lines were not read (a wrapped first item), and one
            // holding "…; - …" is a list flattened onto one line by a web page's table: neither is a single
            // recipient put on its own line.
            var lone = (items[0]?.Text ?? string.Empty).TrimEnd();
            var listLike = lone.EndsWith(",", StringComparison.Ordinal) || lone.Contains("; -") || lone.Contains("; –");
            if (!addressees.OnLabelLine && !listLike)
            {
                context.ReportVariant("single-own-line", "addressees.items[0]", items[0]?.Origin.Location, items[0]?.Text ?? string.Empty);
            }

            return;
        }

        // A first item on the label line ("Kính gửi: - Bộ Tài chính;" or "Kính gửi: Bộ Tài chính;" followed by "- …"
        // lines) is common practice and accepted (domain-rules §8); a wrapped item is one item (ListLines); a
        // list-wide defect (en-dash bullets, bullets lost, "," instead of ";") is one finding per list.
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var logical = ListLines.Of(items);
        for (var i = 0; i < logical.Count; i++)
        {
            var item = logical[i].Head;
            var path = "addressees.items[" + logical[i].First.ToString(CultureInfo.InvariantCulture) + "]";
            var location = logical[i].Tail.Origin.Location;
            var text = logical[i].EndText;
            if (!(logical[i].First == 0 && addressees.OnLabelLine))
            {
                CheckMarker(context, item, "addressees.items[" + logical[i].First.ToString(CultureInfo.InvariantCulture) + "]", reported);
            }

            var last = i == logical.Count - 1;
            if (!last && !text.EndsWith(";", StringComparison.Ordinal))
            {
                if (reported.Add("item-semicolon"))
                {
                    context.ReportVariant("item-semicolon", path, location, text);
                }
            }
            else if (last && (!text.EndsWith(".", StringComparison.Ordinal) || text.EndsWith("./.", StringComparison.Ordinal)))
            {
                context.ReportVariant("last-period", path, location, text);
            }
        }
    }

    private static void CheckMarker(RuleContext context, ListItem item, string path, HashSet<string> reported)
    {
        var marker = item.Marker ?? string.Empty;
        var location = item.Origin.Location;
        if (marker.Length == 0)
        {
            if (reported.Add("item-marker-missing"))
            {
                context.ReportVariant("item-marker-missing", path, location, item.Text ?? string.Empty);
            }

            return;
        }

        if (!string.Equals(marker, "-", StringComparison.Ordinal))
        {
            if (reported.Add("item-marker " + marker))
            {
                context.ReportVariant("item-marker", path, location, marker, item.RawText ?? string.Empty);
            }

            return;
        }

        var raw = item.RawText ?? string.Empty;
        var at = raw.IndexOf(marker, StringComparison.Ordinal);
        if (at >= 0 && at + 1 < raw.Length && !char.IsWhiteSpace(raw[at + 1]) && reported.Add("item-space"))
        {
            context.ReportVariant("item-space", path, location, raw);
        }
    }

    private static void CheckLabel(RuleContext context, TextElement? label)
    {
        var text = label?.Text ?? string.Empty;
        if (label is null || string.Equals(text, ExpectedLabel, StringComparison.Ordinal))
        {
            return;
        }

        var location = label.Origin.Location;
        var m = Label.Match(text);
        if (!m.Success)
        {
            context.ReportVariant("label", "addressees.label", location, text, ExpectedLabel);
            return;
        }

        var words = m.Groups["words"].Value;
        if (!string.Equals(words, FixedTexts.AddresseesWords, StringComparison.Ordinal))
        {
            // Wrong case, spacing or spelling of the two words ("kính gửi", "KÍNH GỬI", "Kính  gửi").
            context.ReportVariant("label", "addressees.label", location, text, ExpectedLabel);
        }

        var punct = m.Groups["punct"];
        if (!punct.Success || punct.Value != ":")
        {
            context.ReportVariant("missing-colon", "addressees.label", label.Origin.LocationAt(words.Length), text, ExpectedLabel);
        }
        else if (m.Groups["space"].Length > 0)
        {
            context.ReportVariant("space-before-colon", "addressees.label", label.Origin.LocationAt(words.Length), text, ExpectedLabel);
        }

    }
}

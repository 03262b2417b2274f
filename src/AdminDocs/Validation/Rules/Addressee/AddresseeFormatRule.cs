using System;
using System.Globalization;
using System.Text.RegularExpressions;
using AdminDocs.Decree;

namespace AdminDocs.Validation.Rules;

/// <summary>AD3202: the label is exactly "Kính gửi:"; one recipient on the label's line; several as "- X;" lines, the last
/// ending "." (NĐ 30/2020 Phụ lục I, II.9.a). One finding per defect.</summary>
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
            if (!addressees.OnLabelLine)
            {
                context.ReportVariant("single-own-line", "addressees.items[0]", items[0]?.Origin.Location, items[0]?.Text ?? string.Empty);
            }

            return;
        }

        if (addressees.OnLabelLine)
        {
            context.ReportVariant("first-on-label-line", "addressees.items[0]", items[0]?.Origin.Location, items[0]?.Text ?? string.Empty);
        }

        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            if (item is null)
            {
                continue;
            }

            var path = "addressees.items[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            var location = item.Origin.Location;
            var text = (item.Text ?? string.Empty).TrimEnd();
            if (!(i == 0 && addressees.OnLabelLine))
            {
                CheckMarker(context, item, path);
            }

            var last = i == items.Length - 1;
            if (!last && !text.EndsWith(";", StringComparison.Ordinal))
            {
                context.ReportVariant("item-semicolon", path, location, text);
            }
            else if (last && (!text.EndsWith(".", StringComparison.Ordinal) || text.EndsWith("./.", StringComparison.Ordinal)))
            {
                context.ReportVariant("last-period", path, location, text);
            }
        }
    }

    private static void CheckMarker(RuleContext context, ListItem item, string path)
    {
        var marker = item.Marker ?? string.Empty;
        var location = item.Origin.Location;
        if (marker.Length == 0)
        {
            context.ReportVariant("item-marker-missing", path, location, item.Text ?? string.Empty);
            return;
        }

        if (!string.Equals(marker, "-", StringComparison.Ordinal))
        {
            context.ReportVariant("item-marker", path, location, marker, item.RawText ?? string.Empty);
            return;
        }

        var raw = item.RawText ?? string.Empty;
        var at = raw.IndexOf(marker, StringComparison.Ordinal);
        if (at >= 0 && at + 1 < raw.Length && !char.IsWhiteSpace(raw[at + 1]))
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

using System.Globalization;
using AdminDocs.Text;

namespace AdminDocs.Validation.Rules;

/// <summary>AD0004: lists each block the recognizer could not place in any component (kept, never dropped). No legal source.</summary>
internal sealed class UnrecognizedContentRule : CatalogRule
{
    private const int QuoteLength = 60;

    public UnrecognizedContentRule()
        : base("AD0004")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var blocks = context.Document.Unrecognized;
        if (blocks.IsDefaultOrEmpty)
        {
            return;
        }

        for (var i = 0; i < blocks.Length; i++)
        {
            if (blocks[i] is not { } block || string.IsNullOrWhiteSpace(block.Text))
            {
                continue;
            }

            context.Report("unrecognized[" + i.ToString(CultureInfo.InvariantCulture) + "]", block.Origin.Location, Quote(block.Text));
        }
    }

    /// <summary>The start of a text, white space collapsed, cut at a word boundary with "…" after about 60 characters.</summary>
    internal static string Quote(string text)
    {
        var collapsed = VietnameseText.CollapseSpaces(text);
        if (collapsed.Length <= QuoteLength)
        {
            return collapsed;
        }

        var cut = collapsed.LastIndexOf(' ', QuoteLength);
        if (cut < QuoteLength / 2)
        {
            cut = QuoteLength;
            if (char.IsHighSurrogate(collapsed[cut - 1]))
            {
                cut--;
            }
        }

        return collapsed.Substring(0, cut).TrimEnd() + "…";
    }
}

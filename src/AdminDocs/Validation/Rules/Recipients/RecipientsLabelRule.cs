using System;
using AdminDocs.Decree;
using AdminDocs.Text;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD5102: the label is exactly "Nơi nhận:": with its colon, no space before the colon, "N" the only capital.
/// ND30 PL I, II.9.d.
/// </summary>
internal sealed class RecipientsLabelRule : CatalogRule
{
    /// <summary>The label as the decree writes it.</summary>
    public const string Expected = FixedTexts.RecipientsLabel;

    private const string Words = FixedTexts.RecipientsWords;

    public RecipientsLabelRule()
        : base("AD5102")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        if (context.Document.Recipients?.Label is not { } label || label.Text is null)
        {
            return;
        }

        var written = label.Text.Trim();
        if (string.Equals(written, Expected, StringComparison.Ordinal) || written.Length == 0)
        {
            return;
        }

        const string Path = "recipients.label";
        var hasColon = written.EndsWith(":", StringComparison.Ordinal);
        var core = hasColon ? written.Substring(0, written.Length - 1) : written.TrimEnd('.', ';', ',');
        var spaceBefore = hasColon && core.Length > 0 && char.IsWhiteSpace(core[core.Length - 1]);
        core = core.TrimEnd();
        var sameWords = string.Equals(VietnameseText.CollapseSpaces(core), core, StringComparison.Ordinal)
            && string.Equals(core.ToUpperInvariant(), Words.ToUpperInvariant(), StringComparison.Ordinal);
        if (!sameWords)
        {
            context.Report(Path, label.Origin.Location, written, Expected);
            return;
        }

        if (!string.Equals(core, Words, StringComparison.Ordinal))
        {
            context.ReportVariant("case", Path, label.Origin.Location, written, Expected);
        }

        if (!hasColon)
        {
            context.ReportVariant("no-colon", Path, label.Origin.LocationAt(core.Length), written, Expected);
        }
        else if (spaceBefore)
        {
            context.ReportVariant("space-before-colon", Path, label.Origin.LocationAt(core.Length), written, Expected);
        }
    }
}

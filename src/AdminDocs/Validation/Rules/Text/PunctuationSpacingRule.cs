using System.Globalization;
using AdminDocs.Decree;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD6001: no space before ";" "," ":" "!" "?" or a sentence-ending ".", and a space after ";" "," ":" before a word,
/// in the subject, Kính gửi items, body, Nơi nhận items, signature lines and appendices (labels, the number line,
/// the place-date line and the title have their own rules). ND30 PL I, V; Vietnamese typography.
/// </summary>
internal sealed class PunctuationSpacingRule : CatalogRule
{
    public PunctuationSpacingRule()
        : base("AD6001")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var document = context.Document;

        // The running texts (subject, Kính gửi and Nơi nhận items, body and appendix bodies) are walked once, by the
        // same walker the wording rules use; the signature lines and appendix titles are AD6001's own.
        foreach (var line in TextLines.Of(document))
        {
            Check(context, line.Path, line.Origin, line.Text);
        }

        if (!document.Signatures.IsDefault)
        {
            for (var i = 0; i < document.Signatures.Length; i++)
            {
                if (document.Signatures[i] is { } block)
                {
                    CheckSignature(context, block, i);
                }
            }
        }

        if (!document.Appendices.IsDefault)
        {
            for (var i = 0; i < document.Appendices.Length; i++)
            {
                if (document.Appendices[i]?.Title is { } title)
                {
                    Check(context, "appendices[" + Index(i) + "].title", title.Origin, title.Text);
                }
            }
        }
    }

    private static void CheckSignature(RuleContext context, SignatureBlock block, int index)
    {
        var path = SignatureText.PathOf(index);
        var titles = block.Titles;
        var lines = block.Lines;
        if (lines.IsEmpty)
        {
            for (var j = 0; j < titles.Length; j++)
            {
                var start = j == 0 && Authorities.KindOf(block.Authority) != AuthorityKind.None ? 0 : PrefixEnd(titles[j]);
                Check(context, path + ".titles[" + Index(j) + "]", null, titles[j], start);
            }

            if (block.SignerName is { } name)
            {
                Check(context, path + ".signerName", name.Origin, name.Text);
            }

            return;
        }

        var titleLines = new TextElement?[titles.Length];
        for (var j = 0; j < titles.Length; j++)
        {
            titleLines[j] = SignatureText.LineOfTitle(block, j);
        }

        foreach (var line in lines)
        {
            if (line?.Text is null)
            {
                continue;
            }

            var linePath = path;
            if (block.SignerName is { } name && ReferenceEquals(line, name))
            {
                linePath = path + ".signerName";
            }
            else if (block.SignerName is { } signer && string.Equals(line.Text.Trim(), signer.Text?.Trim(), System.StringComparison.Ordinal))
            {
                linePath = path + ".signerName";
            }
            else
            {
                var j = System.Array.FindIndex(titleLines, t => ReferenceEquals(t, line));
                if (j >= 0)
                {
                    linePath = path + ".titles[" + Index(j) + "]";
                }
            }

            Check(context, linePath, line.Origin, line.Text, PrefixEnd(line.Text));
        }
    }

    // Where the text after an authority prefix starts (the prefix is AD5002's business), or 0.
    private static int PrefixEnd(string? line) => Authorities.Parse(line) is { } p ? p.RestOffset : 0;

    private static void Check(RuleContext context, string path, SourceSpan? origin, string? text, int start = 0)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        foreach (var finding in PunctuationSpacing.Scan(text, start))
        {
            context.ReportVariant(
                finding.Variant,
                path,
                TextLocator.Locate(origin, text!, finding.Offset),
                PunctuationSpacing.Context(text!, finding.Offset),
                new string(finding.Mark, 1));
        }
    }

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}

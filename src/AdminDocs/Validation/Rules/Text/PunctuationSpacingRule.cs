using System.Globalization;

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
        var title = 0;
        foreach (var line in block.SignatureLines)
        {
            var linePath = path;
            if (line.Role == SignatureLineRole.Name)
            {
                linePath = path + ".signerName";
            }
            else if (line.IsTitle)
            {
                linePath = path + ".titles[" + Index(title++) + "]";
            }

            // The prefix is AD5002's business: the check starts at the title.
            Check(context, linePath, line.Origin, line.Text, line.Role == SignatureLineRole.Authority ? line.TitleOffset : 0);
        }
    }

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

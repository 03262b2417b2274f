using System.Collections.Immutable;
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
        if (document.Subject is { } subject && !subject.Lines.IsDefault)
        {
            foreach (var line in subject.Lines)
            {
                Check(context, "subject", subject.Origin, line);
            }
        }

        if (document.Addressees is { } addressees && !addressees.Items.IsDefault)
        {
            for (var i = 0; i < addressees.Items.Length; i++)
            {
                if (addressees.Items[i] is { } item)
                {
                    Check(context, "addressees.items[" + Index(i) + "]", item.Origin, item.Text);
                }
            }
        }

        CheckBody(context, "body", document.Body);

        if (document.Recipients is { } recipients && !recipients.Items.IsDefault)
        {
            for (var i = 0; i < recipients.Items.Length; i++)
            {
                if (recipients.Items[i] is { } item)
                {
                    Check(context, "recipients.items[" + Index(i) + "]", item.Origin, item.Text);
                }
            }
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
                if (document.Appendices[i] is not { } appendix)
                {
                    continue;
                }

                var path = "appendices[" + Index(i) + "]";
                if (appendix.Title is { } title)
                {
                    Check(context, path + ".title", title.Origin, title.Text);
                }

                CheckBody(context, path + ".body", appendix.Body);
            }
        }
    }

    private static void CheckBody(RuleContext context, string path, Body? body)
    {
        if (body is not null && !body.Nodes.IsDefault)
        {
            CheckNodes(context, path + ".nodes", body.Nodes, 0);
        }
    }

    private static void CheckNodes(RuleContext context, string path, ImmutableArray<BodyNode> nodes, int depth)
    {
        if (nodes.IsDefault || depth > 64)
        {
            return;
        }

        for (var i = 0; i < nodes.Length; i++)
        {
            var nodePath = path + "[" + Index(i) + "]";
            switch (nodes[i])
            {
                case Paragraph paragraph:
                    Check(context, nodePath, paragraph.Origin, paragraph.Text);
                    break;
                case LegalBasis basis:
                    Check(context, nodePath, basis.Origin, basis.Text);
                    break;
                case Proposal proposal:
                    Check(context, nodePath, proposal.Origin, proposal.Text);
                    break;
                case BodySection section:
                    Check(context, nodePath + ".heading", section.Origin, section.Heading);
                    CheckNodes(context, nodePath + ".children", section.Children, depth + 1);
                    break;
                default:
                    break;
            }
        }
    }

    private static void CheckSignature(RuleContext context, SignatureBlock block, int index)
    {
        var path = SignatureText.PathOf(index);
        var titles = block.Titles.IsDefault ? ImmutableArray<string>.Empty : block.Titles;
        var lines = block.Lines.IsDefault ? ImmutableArray<TextElement>.Empty : block.Lines;
        if (lines.IsEmpty)
        {
            for (var j = 0; j < titles.Length; j++)
            {
                var start = j == 0 && SignatureText.KindOf(block.Authority) != AuthorityKind.None ? 0 : PrefixEnd(titles[j]);
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
    private static int PrefixEnd(string? line) => SignatureText.ParsePrefix(line) is { } p ? p.RestOffset : 0;

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

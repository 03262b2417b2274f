using System;
using System.Collections.Generic;
using AdminDocs.Sources;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD5010 (info): an issued .docx carries the seal or the signature as an image — a seal or signature scan, or the
/// image of a digital signature — in or next to the main signature block (NĐ 30/2020 Điều 8.2.h; Phụ lục I, II.8).
/// An image counts when it is anchored in a block of the signature, within two blocks of it, or in another cell of the
/// same table row. A draft is expected to have none, so nothing is said in stage "draft"; formats other than .docx
/// do not report their images and are not judged.
/// </summary>
internal sealed class SealOrDigitalSignatureRule : CatalogRule
{
    private const int Reach = 2;

    public SealOrDigitalSignatureRule()
        : base("AD5010")
    {
    }

    public override void Analyze(RuleContext context)
    {
        if (context.Stage != ValidationStage.Issued
            || !string.Equals(context.Source.Format, "docx", StringComparison.OrdinalIgnoreCase)
            || context.Document.Signature is not { } signature)
        {
            return;
        }

        var blocks = new List<SourceBlock>();
        foreach (var line in signature.Lines)
        {
            if (line is not null)
            {
                blocks.AddRange(line.Origin.Blocks);
            }
        }

        blocks.AddRange(signature.Origin.Blocks);
        if (signature.SignerName is { } name)
        {
            blocks.AddRange(name.Origin.Blocks);
        }

        blocks.RemoveAll(b => b is null);
        if (blocks.Count == 0)
        {
            return;
        }

        if (HasImageNear(context.Source, blocks))
        {
            return;
        }

        var first = signature.Lines.IsEmpty ? null : signature.Lines[0];
        context.Report("signature", signature.Origin.Location ?? first?.Origin.Location, StyleFacts.Quote(first?.Text ?? signature.SignerName?.Text));
    }

    private static bool HasImageNear(SourceDocument source, List<SourceBlock> blocks)
    {
        var min = int.MaxValue;
        var max = int.MinValue;
        foreach (var b in blocks)
        {
            min = Math.Min(min, b.Index);
            max = Math.Max(max, b.Index);
        }

        foreach (var image in source.Images)
        {
            if (image?.BlockIndex is not { } at)
            {
                continue;
            }

            if (at >= min - Reach && at <= max + Reach)
            {
                return true;
            }

            var cell = at >= 0 && at < source.Blocks.Length ? source.Blocks[at]?.Cell : null;
            if (cell is not null && blocks.Exists(b => b.Cell is { } c && StyleFacts.SameRow(c, cell)))
            {
                return true;
            }
        }

        return false;
    }
}

using System;

namespace AdminDocs.Validation.Rules;

/// <summary>AD4002: each căn cứ ends with ";" and the last line of the block ends with "." (NĐ 30/2020) or ","
/// (TT 01/2011, before "QUYẾT ĐỊNH:") (NĐ 30/2020 Phụ lục I, II.6.a).</summary>
internal sealed class LegalBasisPunctuationRule : CatalogRule
{
    public LegalBasisPunctuationRule()
        : base("AD4002")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var block = LegalBasisBlock.Of(context.Document);
        var last = context.Profile == DocumentProfile.Tt01 ? "," : ".";
        for (var i = 0; i < block.Count; i++)
        {
            var text = LegalBasisBlock.TextOf(block[i]).TrimEnd();
            var location = block[i].Node.Origin.Location;
            if (i < block.Count - 1)
            {
                if (!text.EndsWith(";", StringComparison.Ordinal))
                {
                    context.Report(block[i].Path, location, text, ";");
                }
            }
            else if (!text.EndsWith(last, StringComparison.Ordinal))
            {
                context.ReportVariant("last", block[i].Path, location, text, last);
            }
        }
    }
}

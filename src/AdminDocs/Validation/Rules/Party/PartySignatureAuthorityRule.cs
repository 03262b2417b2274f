using System.Text.RegularExpressions;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD7003: a Party document is signed T/M, K/T or T/L (or Q. for an acting head), never with the state forms TM.,
/// KT., TL. or TUQ. (Hướng dẫn 36-HD/VPTW, II.1.7 [S]). Checks the first line of each block and the lines that
/// start with a prefix inside it.
/// </summary>
internal sealed class PartySignatureAuthorityRule : CatalogRule
{
    private static readonly Regex StatePrefix = new(@"^(?<p>TM|KT|TL|TUQ)\s*\.", RegexOptions.CultureInvariant);

    private static readonly Regex PartyPrefix = new(@"^(?:T/M|K/T|T/L|Q\.)\s", RegexOptions.CultureInvariant);

    private static readonly Regex LoosePartyPrefix = new(@"^(?<p>T\s*/\s*M|K\s*/\s*T|T\s*/\s*L|TM|KT|TL)(?=\s)", RegexOptions.CultureInvariant);

    public PartySignatureAuthorityRule()
        : base("AD7003")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var signatures = context.Document.Signatures;
        for (var i = 0; i < signatures.Length; i++)
        {
            var block = signatures[i];
            for (var k = 0; k < block.Lines.Length; k++)
            {
                var line = block.Lines[k];
                var text = line.Text;
                var path = "signatures[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
                if (StatePrefix.Match(text) is { Success: true } state)
                {
                    var party = state.Groups["p"].Value switch
                    {
                        "TM" => "T/M",
                        "KT" => "K/T",
                        "TL" => "T/L",
                        _ => "T/L",
                    };
                    context.ReportVariant("state-prefix", path + ".authority", line.Origin.Location, text, party);
                }
                else if (!PartyPrefix.IsMatch(text) && LoosePartyPrefix.Match(text) is { Success: true } loose)
                {
                    context.ReportVariant("malformed", path + ".authority", line.Origin.Location, text, loose.Groups["p"].Value);
                }
            }
        }
    }
}

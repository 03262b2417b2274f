using System.Linq;
using AdminDocs.Decree;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD7003: a Party document is signed T/M, K/T or T/L (or Q. for an acting head), never with the state forms TM.,
/// KT., TL. or TUQ. (Hướng dẫn 36-HD/VPTW, II.1.7 [S]). Checks the prefix of every authority line of each block,
/// as the recognizer parsed it.
/// </summary>
internal sealed class PartySignatureAuthorityRule : CatalogRule
{
    public PartySignatureAuthorityRule()
        : base("AD7003")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var signatures = context.Document.Signatures;
        for (var i = 0; i < signatures.Length; i++)
        {
            var path = SignatureText.PathOf(i) + ".authority";
            foreach (var line in signatures[i].SignatureLines)
            {
                if (line.ParsedPrefix is not { } prefix)
                {
                    continue;
                }

                var location = line.Origin.LocationAt(prefix.PrefixOffset);
                var compact = new string(prefix.Prefix.Where(c => !char.IsWhiteSpace(c)).ToArray());
                var upper = string.Equals(compact, compact.ToUpperInvariant(), System.StringComparison.Ordinal);
                if (prefix.Kind != AuthorityKind.Acting && compact == prefix.Canonical)
                {
                    // The state form (TM., KT., TL., TUQ.): the Party writes T/M, K/T, T/L.
                    var party = prefix.Kind switch
                    {
                        AuthorityKind.OnBehalf => "T/M",
                        AuthorityKind.SignFor => "K/T",
                        _ => "T/L",
                    };
                    context.ReportVariant("state-prefix", path, location, line.Text, party);
                }
                else if (prefix.Kind is AuthorityKind.OnBehalf or AuthorityKind.SignFor or AuthorityKind.ByOrder
                    && upper && compact.IndexOf('.') < 0 && !prefix.MissingSpace && prefix.Rest.Length > 0
                    && !(prefix.Flaw == AuthorityFlaw.Slash && compact.Length == 3 && compact == prefix.Prefix))
                {
                    // A Party form written loosely ("T / M", "TM", "KT"); T/M, K/T, T/L exactly are right.
                    context.ReportVariant("malformed", path, location, line.Text, prefix.Prefix);
                }
            }
        }
    }
}

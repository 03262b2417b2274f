using System.Linq;
using AdminDocs.Text;

namespace AdminDocs.Validation.Rules;

/// <summary>
/// AD5007: the signer's name is in title case ("Nguyễn Văn A"): not all capitals, no word starting with a lower-case
/// letter. ND30 PL I, II.7.đ.
/// </summary>
internal sealed class SignerNameCaseRule : CatalogRule
{
    public SignerNameCaseRule()
        : base("AD5007")
    {
    }

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var signatures = context.Document.Signatures;
        if (signatures.IsDefaultOrEmpty)
        {
            return;
        }

        for (var i = 0; i < signatures.Length; i++)
        {
            if (signatures[i] is not { } block || SignatureText.Name(block, i) is not { } found)
            {
                continue;
            }

            var (written, path, location) = found;
            var name = SignatureText.WithoutAcademicTitle(written);
            if (VietnameseText.CountLetters(name) >= 2 && VietnameseText.IsAllCaps(name))
            {
                context.ReportVariant("all-caps", path, location, written, SignatureText.TitleCase(name, lowerRest: true));
            }
            else if (name.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries).Any(StartsLower))
            {
                context.ReportVariant("lower-case-word", path, location, written, SignatureText.TitleCase(name, lowerRest: false));
            }
        }
    }

    private static bool StartsLower(string word)
    {
        foreach (var ch in word)
        {
            if (char.IsLetter(ch))
            {
                return char.IsLower(ch);
            }
        }

        return false;
    }
}

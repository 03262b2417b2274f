using System.Text.RegularExpressions;
using AdminDocs.Decree;

namespace AdminDocs.Validation.Rules;

/// <summary>AD3107: a công văn's trích yếu starts with "V/v" and a space, exactly (not "V/V", "v/v", "V/v:", "Về việc")
/// (NĐ 30/2020 Phụ lục I, II.5.b; Mục V example "V/v nâng bậc lương năm 2019").</summary>
internal sealed class CongVanSubjectVvRule : CatalogRule
{
    private const string Expected = FixedTexts.SubjectPrefix;

    private static readonly Regex Vv = new(@"^(?<vv>[Vv]\s*/\s*[Vv])(?<punct>\s*[:.;,\-–]+)?(?<space>\s*)", RegexOptions.CultureInvariant);

    private static readonly char[] Spaces = { ' ', '\t', '\u00A0' };

    private static readonly Regex VeViec = new(@"^về\s+việc\s*:?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public CongVanSubjectVvRule()
        : base("AD3107")
    {
    }

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        var subject = document.Subject;
        if (document.Kind != DocumentKind.OfficialLetter || subject is null)
        {
            return;
        }

        var line = subject.FirstLineAsWritten;
        if (string.IsNullOrWhiteSpace(line))
        {
            line = (subject.Prefix is null ? string.Empty : subject.Prefix + " ") + (subject.Lines.IsDefaultOrEmpty ? string.Empty : subject.Lines[0] ?? string.Empty);
        }

        line = line.TrimStart();
        var location = subject.Origin.Location;
        var m = Vv.Match(line);
        if (m.Success)
        {
            var vv = m.Groups["vv"].Value;
            if (vv != Expected)
            {
                var variant = vv switch
                {
                    "V/V" => "uppercase",
                    "v/v" => "lowercase",
                    _ => "form",
                };
                context.ReportVariant(variant, "subject", location, vv, Expected);
            }

            var punct = m.Groups["punct"];
            if (punct.Success)
            {
                var written = vv + punct.Value;
                context.ReportVariant(punct.Value.Contains(":") ? "colon" : "punctuation", "subject", location, written, Expected);
            }
            else if (m.Groups["space"].Length == 0 && m.Length < line.Length)
            {
                var end = line.IndexOfAny(Spaces, m.Length);
                context.ReportVariant("missing-space", "subject", location, end < 0 ? line : line.Substring(0, end), Expected);
            }

            return;
        }

        var veViec = VeViec.Match(line);
        if (veViec.Success)
        {
            context.ReportVariant("ve-viec", "subject", location, veViec.Value.Trim(), Expected);
        }
        else if (string.IsNullOrEmpty(subject.Prefix))
        {
            context.ReportVariant("missing", "subject", location, line, Expected);
        }
        else
        {
            context.Report("subject", location, subject.Prefix!, Expected);
        }
    }
}

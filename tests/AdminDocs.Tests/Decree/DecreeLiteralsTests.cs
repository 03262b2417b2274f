using System;
using System.Collections.Generic;
using System.Linq;
using AdminDocs.Decree;
using AdminDocs.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Decree;

/// <summary>
/// The decree's fixed forms have one home, <c>src/AdminDocs/Decree/</c>: no other source file spells one of them in
/// code (comments and XML docs aside, and messages: a literal is flagged when it IS a fixed form, not when a longer
/// sentence quotes one). A second copy is how the recognizer and the rules came to disagree (issue 12).
/// </summary>
public class DecreeLiteralsTests
{
    private const string Home = "src/AdminDocs/Decree/";

    /// <summary>The literals only the home may spell.</summary>
    private static readonly Lazy<HashSet<string>> Forbidden = new(() =>
    {
        var set = new HashSet<string>(StringComparer.Ordinal)
        {
            FixedTexts.NationalTitle, FixedTexts.NationalTitleOldTone, FixedTexts.Motto, FixedTexts.PartyHeading,
            FixedTexts.AddresseesWords, FixedTexts.AddresseesLabel, FixedTexts.RecipientsWords, FixedTexts.RecipientsLabel,
            FixedTexts.AsAbove, FixedTexts.ArchiveWord, FixedTexts.ArchiveWord + ":", FixedTexts.ArchiveWord + ": ",
            FixedTexts.SubjectPrefix, Numbering.PointLetters, Fonts.TimesNewRoman, Dashes.Chars,
            Marks.Tt01Urgency, Marks.Draft, ".Vn", "VNI-", "VNI ",
        };
        set.UnionWith(FixedTexts.MottoPhrases);
        set.UnionWith(Marks.UrgencyRecognized);
        set.UnionWith(Marks.Secrecy);
        set.UnionWith(Marks.Circulation);
        set.UnionWith(Authorities.CanonicalPrefixes);
        return set;
    });

    [Fact]
    public void No_file_outside_the_home_spells_a_fixed_form_in_code()
    {
        var offenders = new List<string>();
        foreach (var (path, text) in CodeScanner.SourceFiles(Home))
        {
            foreach (var (line, literal) in CodeScanner.Literals(text))
            {
                if (Forbidden.Value.Contains(literal) || IsDashClass(literal))
                {
                    offenders.Add($"{path}:{line}: \"{literal}\"");
                }
            }

            foreach (var (line, code) in CodeScanner.CodeLines(text))
            {
                if (code.Replace(" ", string.Empty).Contains("DateTime(2020,3,5", StringComparison.Ordinal))
                {
                    offenders.Add($"{path}:{line}: the ND30 cut-off date");
                }
            }
        }

        string.Join(Environment.NewLine, offenders).Should().BeEmpty("the decree's fixed forms live in {0} only", Home);
    }

    [Fact]
    public void The_scanner_sees_through_comments_and_finds_literals_in_code()
    {
        const string source = "// \"KT.\" in a comment\n/// <summary>\"TM.\"</summary>\nvar a = \"KT.\"; /* \"TL.\" */ var b = @\"x\"\"y\"; var c = $\"{d} Như trên\";\nvar e = '\\'';\n";

        CodeScanner.Literals(source).Select(l => l.Literal).Should().Equal("KT.", "x\"y", " Như trên");
    }

    [Fact]
    public void The_scan_would_catch_a_copy()
    {
        var literals = CodeScanner.Literals("private static readonly string[] Levels = { \"MẬT\", \"TỐI MẬT\" };").Select(l => l.Literal);

        literals.Should().OnlyContain(l => Forbidden.Value.Contains(l));
        IsDashClass("[-–—‐‑]").Should().BeTrue();
    }

    // Three or more of the dash characters in one literal: a list or a class of them.
    private static bool IsDashClass(string literal) => literal.Where(Dashes.IsDash).Distinct().Count() >= 3;
}

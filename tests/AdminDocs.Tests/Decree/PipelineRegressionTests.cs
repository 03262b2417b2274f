using System.IO;
using System.Linq;
using AdminDocs.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Decree;

/// <summary>
/// The two results the recognizer and the rules disagreed on while each kept its own copy of the decree's forms
/// (issue 12), checked through the real pipeline: text → reader → recognizer → validator.
/// </summary>
public class PipelineRegressionTests
{
    private static string Sample() => File.ReadAllText(Dump.Asset("samples/bao-cao-mau-nd30.txt"));

    [Theory]
    [InlineData("kt.", "KT.")]
    [InlineData("Kt.", "KT.")]
    public void A_lower_case_authority_is_recognized_and_judged_by_the_signature_rule(string written, string expected)
    {
        var text = Sample().Replace("**KT. GIÁM ĐỐC", "**" + written + " GIÁM ĐỐC");

        var model = TestDocuments.Recognize(text);
        var result = TestDocuments.ValidateText(text);

        model.Signatures.Should().ContainSingle().Which.Authority.Should().Be(written);
        model.Signatures[0].Titles.Should().Equal("GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
        result.Of("AD0004").Should().BeEmpty();
        var d = result.Of("AD5002").Should().ContainSingle().Subject;
        d.MessageKey.Should().Be("AD5002.lower-case");
        d.Arguments.Should().Equal(written, expected);
    }

    [Fact]
    public void A_sentence_that_starts_like_a_lower_case_prefix_is_not_a_signature()
    {
        var text = Sample().Replace("**KT. GIÁM ĐỐC", "**KT. GIÁM ĐỐC\ntl. Giám đốc");

        var model = TestDocuments.Recognize(text);

        model.Signatures.Select(s => s.Authority).Should().NotContain("tl.");
    }

    [Theory]
    [InlineData('\u2012')] // figure dash
    [InlineData('\u2013')] // en dash
    [InlineData('\u2014')] // em dash
    [InlineData('\u2010')] // hyphen
    [InlineData('\u2011')] // non-breaking hyphen
    [InlineData('\u2212')] // minus sign
    public void A_wrong_dash_in_the_ky_hieu_is_a_separator_error_not_a_wrong_type(char dash)
    {
        var line = "Số: 215/BC" + dash + "SGTVT";
        var text = Sample().Replace("Số: 215/BC-SGTVT", line);

        var model = TestDocuments.Recognize(text);
        var result = TestDocuments.ValidateText(text);

        model.Number!.SymbolGroups.Should().Equal("BC", "SGTVT");
        result.Of("AD2208").Should().BeEmpty();
        var d = result.Of("AD2206").Should().ContainSingle().Subject;
        d.MessageKey.Should().Be("AD2206.dash");
        d.Arguments.Should().Equal("215/BC" + dash + "SGTVT", dash.ToString());
    }

    [Fact]
    public void The_sample_itself_raises_neither()
    {
        var result = TestDocuments.ValidateText(Sample());

        result.Diagnostics.Select(d => d.Id).Should().NotContain(new[] { "AD0004", "AD5002", "AD2206", "AD2208" });
    }
}

using System;
using System.IO;
using System.Text;
using AdminDocs.Cli.Tests.Support;
using AdminDocs.Docx;
using AdminDocs.Html;
using AdminDocs.Text.Encodings;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests;

/// <summary><c>admindocs convert --fix-encoding</c>: legacy-encoded text is converted before recognition, with the
/// encoding and the evidence stated on standard error, and a Unicode file is left as it is.</summary>
public class FixEncodingCliTests
{
    private static readonly string SamplePath =
        Path.Combine(AppContext.BaseDirectory, "TestAssets", "samples", "bao-cao-mau-nd30.txt");

    private static readonly Validator Real = Validator.CreateBuilder().AddDocx().AddHtml().Build();

    private static string Sample => File.ReadAllText(SamplePath);

    [Fact]
    public void A_VNI_file_detected_by_its_characters_converts_to_the_same_document_as_the_Unicode_original()
    {
        using var temp = new TempFolder();
        var expected = Convert(temp, SamplePath, "expected.txt");
        var legacy = temp.Write("vni.txt", VietnameseEncodings.FromUnicode(Sample, LegacyEncoding.Vni));

        var run = InProcess.Run(Real, "convert", "--fix-encoding", legacy, Path.Combine(temp.Path, "out.txt"));

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stderr.Should().Contain("converting from VNI (detected: ").And.Contain("line(s) look like VNI").And.Contain("the file is UTF-8");
        File.ReadAllText(Path.Combine(temp.Path, "out.txt")).Should().Be(expected);
    }

    [Theory]
    [InlineData("viscii", LegacyEncoding.Viscii)]
    [InlineData("windows-1258", LegacyEncoding.Windows1258)]
    [InlineData("vni", LegacyEncoding.Vni)]
    public void A_file_of_legacy_bytes_is_decoded_with_the_named_encoding(string word, LegacyEncoding encoding)
    {
        using var temp = new TempFolder();
        var expected = Convert(temp, SamplePath, "expected.txt");
        var legacy = Path.Combine(temp.Path, "legacy.txt");
        File.WriteAllBytes(legacy, Encoding.Latin1.GetBytes(VietnameseEncodings.FromUnicode(Sample, encoding)));

        var run = InProcess.Run(Real, "convert", "--fix-encoding", "--encoding", word, legacy, Path.Combine(temp.Path, "out.txt"));

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stderr.Should().Contain("(--encoding; the file is not UTF-8: read byte by byte)");
        File.ReadAllText(Path.Combine(temp.Path, "out.txt")).Should().Be(expected);
    }

    [Fact]
    public void A_TCVN3_text_is_detected_and_converted()
    {
        using var temp = new TempFolder();
        var legacy = temp.Write("tcvn3.txt", "Uû ban nh©n d©n tØnh Hµ Giang\nCéng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\nB¸o c¸o kÕt qu¶ c«ng t¸c n¨m 2003\n");

        var run = InProcess.Run(Real, "convert", "--fix-encoding", legacy, Path.Combine(temp.Path, "out.txt"));

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stderr.Should().Contain("converting from TCVN3 (ABC) (detected: ").And.Contain("0 like VNI; first at line 1");
        var text = File.ReadAllText(Path.Combine(temp.Path, "out.txt"));
        text.Should().Contain("Uỷ ban nhân dân tỉnh Hà Giang").And.Contain("Độc lập - Tự do - Hạnh phúc").And.Contain("Báo cáo kết quả công tác năm 2003");
        run.Stderr.Should().NotContain("AD0003", "the converted text no longer looks legacy-encoded");
    }

    [Fact]
    public void A_Unicode_file_is_left_as_it_is_and_the_tool_says_it_converted_nothing()
    {
        using var temp = new TempFolder();
        var expected = Convert(temp, SamplePath, "expected.txt");

        var run = InProcess.Run(Real, "convert", "--fix-encoding", SamplePath, Path.Combine(temp.Path, "out.txt"));

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stderr.Should().Contain("no legacy encoding detected").And.Contain("nothing converted");
        File.ReadAllText(Path.Combine(temp.Path, "out.txt")).Should().Be(expected);
    }

    [Fact]
    public void Encoding_without_fix_encoding_and_a_docx_input_are_usage_errors()
    {
        using var temp = new TempFolder();
        var run = InProcess.Run(Real, "convert", "--encoding", "vni", SamplePath, Path.Combine(temp.Path, "out.txt"));
        run.ExitCode.Should().Be(2, run.ToString());
        run.Stderr.Should().Contain("--encoding and --detect-viqr are used with --fix-encoding");

        var bad = InProcess.Run(Real, "convert", "--fix-encoding", "--encoding", "latin9", SamplePath, Path.Combine(temp.Path, "out.txt"));
        bad.ExitCode.Should().Be(2, bad.ToString());
    }

    [Fact]
    public void A_docx_typed_in_dot_VnTime_fonts_is_converted_run_by_run_and_recognized()
    {
        using var temp = new TempFolder();
        var input = Path.Combine(AppContext.BaseDirectory, "TestAssets", "docx", "legacy-font-vntime.docx");
        var before = InProcess.Run(Real, "convert", input, Path.Combine(temp.Path, "before.txt"));

        var run = InProcess.Run(Real, "convert", "--fix-encoding", input, Path.Combine(temp.Path, "out.txt"));

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stderr.Should().MatchRegex(@"converted \d+ run\(s\) in \.Vn\* fonts from TCVN3 \(ABC\) and 0 in VNI-\* fonts");
        run.Stderr.Should().NotContain("AD0003", "the converted runs are Unicode in Times New Roman");
        before.Stderr.Should().Contain("AD0003");
        var text = File.ReadAllText(Path.Combine(temp.Path, "out.txt"));
        text.Should().Contain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").And.Contain("Bình Định, ngày 05 tháng 12 năm 2024");

        var encoding = InProcess.Run(Real, "convert", "--fix-encoding", "--encoding", "tcvn3", input, Path.Combine(temp.Path, "x.txt"));
        encoding.ExitCode.Should().Be(2, encoding.ToString());
        encoding.Stderr.Should().Contain("the font of each run names its encoding");
    }

    [Fact]
    public void The_tool_process_converts_a_VNI_file()
    {
        using var temp = new TempFolder();
        temp.Write("vni.txt", VietnameseEncodings.FromUnicode(Sample, LegacyEncoding.Vni));

        var run = CliProcess.Run(temp.Path, "convert", "--fix-encoding", "--encoding", "vni", "vni.txt", "out.docx");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stderr.Should().Contain("converting from VNI (--encoding; the file is UTF-8");
        run.Stdout.Should().Contain("out.docx (docx, Report, ND30)");
    }

    [Fact]
    public void An_html_page_typed_in_dot_VnTime_converts_to_the_same_document_as_the_Unicode_original()
    {
        using var temp = new TempFolder();
        var page = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n");
        var unicode = new StringBuilder(page.ToString());
        foreach (var line in Sample.Replace("\r", string.Empty).Split('\n'))
        {
            // Lines of capitals with tones are typed in the capital font .VnTimeH, as a clerk did; the others in .VnTime.
            var caps = AdminDocs.Text.VietnameseText.IsAllCaps(line);
            page.Append("<p style=\"font-family:'").Append(caps ? ".VnTimeH" : ".VnTime").Append("'\">")
                .Append(caps ? System.Net.WebUtility.HtmlEncode(VietnameseEncodings.FromUnicode(line, LegacyEncoding.Tcvn3, capitalFont: true)) : Tcvn3Html(line))
                .Append(line.Length == 0 ? "&nbsp;" : string.Empty).Append("</p>\n");
            unicode.Append("<p style=\"font-family:'Times New Roman'\">").Append(System.Net.WebUtility.HtmlEncode(line))
                .Append(line.Length == 0 ? "&nbsp;" : string.Empty).Append("</p>\n");
        }

        var expected = Convert(temp, temp.Write("unicode.html", unicode.Append("</body></html>").ToString()), "expected.txt");
        var input = temp.Write("cu.html", page.Append("</body></html>").ToString());
        var before = InProcess.Run(Real, "validate", input);
        before.Stdout.Should().Contain("AD0003");

        var run = InProcess.Run(Real, "convert", "--fix-encoding", input, Path.Combine(temp.Path, "out.txt"));

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stderr.Should().MatchRegex(@"converted \d+ text\(s\) in \.Vn\* fonts from TCVN3 \(ABC\) and 0 in VNI-\* fonts from VNI to Unicode, \d+ font declaration\(s\) set to Times New Roman");
        run.Stderr.Should().NotContain("AD0003");
        File.ReadAllText(Path.Combine(temp.Path, "out.txt")).Should().Be(expected);
    }

    [Fact]
    public void VIQR_is_converted_by_auto_only_with_detect_viqr_and_validate_reports_it_only_when_asked()
    {
        using var temp = new TempFolder();
        var expected = Convert(temp, SamplePath, "expected.txt");
        var input = temp.Write("viqr.txt", VietnameseEncodings.FromUnicode(Sample, LegacyEncoding.Viqr));

        var plain = InProcess.Run(Real, "convert", "--fix-encoding", input, Path.Combine(temp.Path, "plain.txt"));
        plain.Stderr.Should().Contain("no legacy encoding detected");

        var run = InProcess.Run(Real, "convert", "--fix-encoding", "--detect-viqr", input, Path.Combine(temp.Path, "out.txt"));
        run.ExitCode.Should().Be(0, run.ToString());
        run.Stderr.Should().MatchRegex(@"converting from VIQR \(detected: \d+ line\(s\) look like VIQR, none looks like TCVN3 or VNI, --detect-viqr; first at line \d+");
        File.ReadAllText(Path.Combine(temp.Path, "out.txt")).Should().Be(expected);

        InProcess.Run(Real, "validate", input).Stdout.Should().NotContain("AD0003");
        var asked = InProcess.Run(Real, "validate", "--detect-viqr", "--lang", "en", input);
        asked.Stdout.Should().Contain("AD0003").And.Contain("reads as VIQR");
        InProcess.Run(Real, "validate", "--detect-viqr", SamplePath).Stdout.Should().NotContain("AD0003", "the Unicode sample does not look like VIQR");
    }

    // A capital with a tone ("Ủ" of "Ủy ban") has no code in the lower-case font: the clerk typed it in .VnTimeH.
    private static string Tcvn3Html(string line)
    {
        var html = new StringBuilder();
        foreach (var c in line)
        {
            try
            {
                html.Append(System.Net.WebUtility.HtmlEncode(VietnameseEncodings.FromUnicode(c.ToString(), LegacyEncoding.Tcvn3)));
            }
            catch (ArgumentException)
            {
                html.Append("<span style=\"font-family:.VnTimeH\">").Append(VietnameseEncodings.FromUnicode(c.ToString(), LegacyEncoding.Tcvn3, capitalFont: true)).Append("</span>");
            }
        }

        return html.ToString();
    }

    private static string Convert(TempFolder temp, string input, string name)
    {
        var run = InProcess.Run(Real, "convert", input, Path.Combine(temp.Path, name));
        run.ExitCode.Should().Be(0, run.ToString());
        return File.ReadAllText(Path.Combine(temp.Path, name));
    }
}

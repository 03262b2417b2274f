using System;
using System.IO;
using System.Text;
using AdminDocs.Cli.Tests.Support;
using AdminDocs.Docx;
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

    private static readonly Validator Real = Validator.CreateBuilder().AddDocx().Build();

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
        run.Stderr.Should().Contain("--encoding is used with --fix-encoding");

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

    private static string Convert(TempFolder temp, string input, string name)
    {
        var run = InProcess.Run(Real, "convert", input, Path.Combine(temp.Path, name));
        run.ExitCode.Should().Be(0, run.ToString());
        return File.ReadAllText(Path.Combine(temp.Path, name));
    }
}

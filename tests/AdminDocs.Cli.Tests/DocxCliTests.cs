using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using AdminDocs.Cli.Tests.Support;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests;

/// <summary>The real tool on .docx files: bad inputs give one clear diagnostic and exit code 1; a good .docx is
/// recognized exactly as the text version of the same document.</summary>
public class DocxCliTests
{
    private static readonly string SamplePath =
        Path.Combine(AppContext.BaseDirectory, "TestAssets", "samples", "bao-cao-mau-nd30.txt");

    public static TheoryData<string> BadInputNames()
    {
        var data = new TheoryData<string>();
        foreach (var input in DocxInputs.BadInputs())
        {
            data.Add(input.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadInputNames))]
    public void A_bad_docx_gives_one_diagnostic_and_exit_code_1(string name)
    {
        var input = DocxInputs.BadInputs().Single(i => i.Name == name);
        using var temp = new TempFolder();
        File.WriteAllBytes(Path.Combine(temp.Path, name), input.Bytes);

        var started = DateTime.UtcNow;
        var run = CliProcess.Run(temp.Path, "validate", "--lang", "en", name);

        run.ExitCode.Should().Be(1, run.ToString());
        run.Stderr.Should().BeEmpty();
        var id = input.Key.Split('.')[0];
        var lines = run.StdoutLines;
        lines.Should().HaveCount(2, run.ToString());
        lines[0].Should().StartWith($"{name}: error {id} ").And.Contain(input.Says);
        lines[1].Should().Be("1 file: 1 error, 0 warnings, 0 infos");
        (DateTime.UtcNow - started).Should().BeLessThan(TimeSpan.FromSeconds(30));
    }

    [Theory]
    [MemberData(nameof(BadInputNames))]
    public void A_bad_docx_in_json_names_its_message_in_vietnamese(string name)
    {
        var input = DocxInputs.BadInputs().Single(i => i.Name == name);
        using var temp = new TempFolder();
        File.WriteAllBytes(Path.Combine(temp.Path, name), input.Bytes);

        var run = CliProcess.Run(temp.Path, "validate", "--format", "json", name);

        run.ExitCode.Should().Be(1, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        var file = json.RootElement.GetProperty("files")[0];
        file.GetProperty("format").GetString().Should().Be("docx");
        var diagnostics = file.GetProperty("diagnostics").EnumerateArray().ToArray();
        diagnostics.Should().ContainSingle();
        diagnostics[0].GetProperty("id").GetString().Should().Be(input.Key.Split('.')[0]);
        diagnostics[0].GetProperty("message").GetString().Should().NotBeNullOrWhiteSpace().And.MatchRegex("[ạảãàáâậầấẩẫăắằặẳẵệềếểễộồốổỗơớờợởỡưứừựửữđ]");
    }

    [Fact]
    public void A_docm_is_read_and_says_its_macros_were_ignored()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(Path.Combine(temp.Path, "macro.docm"), DocxInputs.Docm("BÁO CÁO"));

        var run = CliProcess.Run(temp.Path, "validate", "--lang", "en", "macro.docm");

        run.ExitCode.Should().BeOneOf(new[] { 0, 1 }, run.ToString());
        run.Stderr.Should().BeEmpty();
        run.StdoutLines.Should().ContainSingle(l => l.StartsWith("macro.docm: info AD0001 ", StringComparison.Ordinal) && l.Contains("macros were ignored", StringComparison.Ordinal));
        run.StdoutLines.Should().NotContain(l => l.Contains(" error AD0001 ", StringComparison.Ordinal) || l.Contains(" AD0002 ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_good_docx_gives_the_same_document_as_its_text_version()
    {
        using var temp = new TempFolder();
        var text = File.ReadAllText(SamplePath);
        File.WriteAllText(Path.Combine(temp.Path, "bao-cao.txt"), text);
        File.WriteAllBytes(Path.Combine(temp.Path, "bao-cao.docx"), DocxInputs.FromText(
            text,
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "SỞ GIAO THÔNG VẬN TẢI",
            "Độc lập - Tự do - Hạnh phúc",
            "BÁO CÁO",
            "Kết quả hoạt động thông tin đối ngoại năm 2024",
            "và kế hoạch thực hiện năm 2025"));

        var run = CliProcess.Run(temp.Path, "validate", "--format", "json", "bao-cao.txt", "bao-cao.docx");

        run.Stderr.Should().BeEmpty(run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        var files = json.RootElement.GetProperty("files");
        files.GetArrayLength().Should().Be(2);
        files[0].GetProperty("format").GetString().Should().Be("text");
        files[1].GetProperty("format").GetString().Should().Be("docx");
        files[1].GetProperty("profile").GetString().Should().Be(files[0].GetProperty("profile").GetString());
        files[1].GetProperty("document").GetRawText().Should().Be(files[0].GetProperty("document").GetRawText());
        files[1].GetProperty("diagnostics").EnumerateArray()
            .Should().NotContain(d => d.GetProperty("id").GetString() == "AD0001" || d.GetProperty("id").GetString() == "AD0002");
    }

    [Fact]
    public void A_folder_includes_docx_and_docm_files()
    {
        using var temp = new TempFolder();
        temp.Write("docs/a.txt", "x");
        Directory.CreateDirectory(Path.Combine(temp.Path, "docs", "sub"));
        File.WriteAllBytes(Path.Combine(temp.Path, "docs", "b.docx"), DocxInputs.FromText("BÁO CÁO"));
        File.WriteAllBytes(Path.Combine(temp.Path, "docs", "sub", "c.docm"), DocxInputs.Docm("BÁO CÁO"));
        temp.Write("docs/d.doc", "x");

        var run = CliProcess.Run(temp.Path, "validate", "--format", "json", "docs");

        run.Stderr.Should().BeEmpty();
        using var json = JsonDocument.Parse(run.Stdout);
        json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).Should().Equal(
            Path.Combine("docs", "a.txt"),
            Path.Combine("docs", "b.docx"),
            Path.Combine("docs", "sub", "c.docm"));
    }

    [Fact]
    public void The_help_lists_the_docx_extensions()
    {
        var run = CliProcess.Run(null, "validate", "--help");

        run.Stdout.Should().Contain(".docx").And.Contain(".docm");
    }
}

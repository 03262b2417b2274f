using System.IO;
using System.Linq;
using AdminDocs.Cli.Tests.Support;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests;

/// <summary>--format github: GitHub Actions workflow commands, one per diagnostic, escaped as the toolkit escapes.</summary>
public class GitHubReportWriterTests
{
    [Fact]
    public void Each_diagnostic_is_one_workflow_command_with_its_severity_place_and_escaped_values()
    {
        var sample = File.ReadAllBytes(Path.Combine(System.AppContext.BaseDirectory, "TestAssets", "samples", "bao-cao-sgtvt-binh-dinh-2019.txt"));
        var result = Validator.Default.Validate(new MemoryStream(sample), "báo cáo, 2019:v1.txt");

        var lines = GitHubReportWriter.Format(new[] { result }, MessageLanguage.English).Split('\n', System.StringSplitOptions.RemoveEmptyEntries);

        lines.Should().HaveCount(result.Diagnostics.Length);
        lines.Should().Contain(l => l.StartsWith("::error file=báo cáo%2C 2019%3Av1.txt,title=AD2001 national-title-missing::", System.StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("::notice file=báo cáo%2C 2019%3Av1.txt,line=3,col=5,title=AD2202 number-blank::", System.StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("::warning file=báo cáo%2C 2019%3Av1.txt,line=71,col=11,title=AD6001 punctuation-spacing::", System.StringComparison.Ordinal));
        lines.Should().OnlyContain(l => l.StartsWith("::error ", System.StringComparison.Ordinal) || l.StartsWith("::warning ", System.StringComparison.Ordinal) || l.StartsWith("::notice ", System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_tool_writes_annotations_with_format_github()
    {
        using var temp = new TempFolder();
        temp.Write("r.txt", "Số: 5/BC-SNV\nHà Nội, ngày 05 tháng 01 năm 2021\n");
        var run = CliProcess.Run(temp.Path, "validate", "--format", "github", "--lang", "en", "r.txt");
        // Two of the five anchors only: AD0005 (a warning) sends the "component missing" rules to notChecked (no
        // cascade of errors), so the run has warnings only and exits 0.
        run.ExitCode.Should().Be(0, run.ToString());
        run.StdoutLines.Should().Contain(l => l.StartsWith("::warning file=r.txt,title=AD0005 not-an-administrative-document::", System.StringComparison.Ordinal));
        run.StdoutLines.Should().Contain("::warning file=r.txt,line=1,col=5,title=AD2204 number-leading-zero::" + run.StdoutLines.First(l => l.Contains("AD2204")).Split("::")[2]);
        run.StdoutLines.Should().OnlyContain(l => l.StartsWith("::"));
    }
}

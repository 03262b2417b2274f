using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using AdminDocs.Cli.Tests.Support;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests;

/// <summary>The tool on a file with no text (AD0001 alone, whatever the format) and on text that is not an
/// administrative document (AD0005 and its AD0004 infos; the component-missing rules in notChecked).</summary>
public class EmptyAndNotAdministrativeCliTests
{
    private static readonly string[] MissingComponentRules =
        ["AD2001", "AD2004", "AD2101", "AD2201", "AD3001", "AD3101", "AD3105", "AD4001", "AD5001", "AD5006", "AD5101"];

    public static TheoryData<string, byte[], string> EmptyFiles() => new()
    {
        { "rong.txt", [], "The file contains no text" },
        { "rong.txt", [0xEF, 0xBB, 0xBF, (byte)' ', (byte)'\r', (byte)'\n', (byte)'\t', (byte)'\n'], "The file contains no text" },
        { "rong.html", [], "The file contains no text" },
        { "rong.htm", Encoding.UTF8.GetBytes("\n   \n"), "The file contains no text" },
        { "rong.html", [0xEF, 0xBB, 0xBF, (byte)'\n'], "The file contains no text" },
        { "rong.docx", [], "The file is empty (0 bytes)" },
        { "rong.docx", Encoding.UTF8.GetBytes("   \n"), "The file is a text file" },
    };

    [Theory]
    [MemberData(nameof(EmptyFiles))]
    public void An_empty_file_of_any_format_is_AD0001_alone(string name, byte[] bytes, string message)
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(Path.Combine(temp.Path, name), bytes);

        var run = CliProcess.Run(temp.Path, "validate", "--format", "json", "--lang", "en", name);

        run.ExitCode.Should().Be(1, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        var file = json.RootElement.GetProperty("files")[0];
        var diagnostic = file.GetProperty("diagnostics").EnumerateArray().Should().ContainSingle().Which;
        diagnostic.GetProperty("id").GetString().Should().Be("AD0001");
        diagnostic.GetProperty("message").GetString().Should().StartWith(message);
        file.GetProperty("notChecked").EnumerateArray().Select(e => e.GetString()).Should().Contain(MissingComponentRules);
    }

    [Fact]
    public void An_empty_text_file_in_the_text_report_is_one_line_and_a_summary()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(Path.Combine(temp.Path, "rong.txt"), []);

        var run = CliProcess.Run(temp.Path, "validate", "--lang", "en", "rong.txt");

        run.ExitCode.Should().Be(1, run.ToString());
        run.StdoutLines.Should().Equal(
            "rong.txt: error AD0001 unreadable-input: The file contains no text: it is empty, holds only blank space, or its pages are pictures (a scan). There is nothing to check; open the original document and save it again with its text.",
            "1 file: 1 error, 0 warnings, 0 infos");
    }

    [Fact]
    public void Convert_writes_nothing_for_an_empty_file()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(Path.Combine(temp.Path, "rong.txt"), []);

        var run = CliProcess.Run(temp.Path, "convert", "rong.txt", "rong.docx");

        run.ExitCode.Should().Be(1, run.ToString());
        run.Stderr.Should().Contain("AD0001").And.Contain("nothing written");
        File.Exists(Path.Combine(temp.Path, "rong.docx")).Should().BeFalse();
    }

    [Fact]
    public void A_shopping_list_is_AD0005_and_its_AD0004_infos_with_the_missing_rules_not_checked()
    {
        using var temp = new TempFolder();
        File.WriteAllText(Path.Combine(temp.Path, "mua-sam.txt"), "Mua sắm cuối tuần\n- 2 kg gạo\n- 1 chai nước mắm\n- rau muống\n- trứng gà\n");

        var run = CliProcess.Run(temp.Path, "validate", "--format", "json", "mua-sam.txt");

        run.ExitCode.Should().Be(0, "AD0005 is a warning and nothing else fires: " + run);
        using var json = JsonDocument.Parse(run.Stdout);
        var file = json.RootElement.GetProperty("files")[0];
        file.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString())
            .Should().Equal("AD0005", "AD0004", "AD0004", "AD0004", "AD0004", "AD0004");
        var notChecked = file.GetProperty("notChecked").EnumerateArray().Select(e => e.GetString()).ToList();
        notChecked.Should().Contain(MissingComponentRules);
        notChecked.Should().Contain("AD1001", "layout rules stay not checked on plain text");
        json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32().Should().Be(0);
    }
}

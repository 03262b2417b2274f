using System;
using System.IO;
using AdminDocs.Cli.Tests.Support;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests;

/// <summary>AD2212 across the files of one run (Nghị định 30, Điều 15).</summary>
public class DuplicateNumberCliTests
{
    [Fact]
    public void Two_different_documents_with_the_same_number_of_one_issuer_in_one_year_both_get_AD2212()
    {
        using var temp = new TempFolder();
        var sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestAssets", "samples", "bao-cao-mau-nd30.txt"));
        temp.Write("a/bao-cao.txt", sample);
        temp.Write("b/bao-cao-ban-sao.txt", sample.Replace("ngày 05 tháng 12 năm 2024", "ngày 19 tháng 12 năm 2024", StringComparison.Ordinal));
        temp.Write("c/bao-cao-khac.txt", sample.Replace("Số: 215/BC-SGTVT", "Số: 216/BC-SGTVT", StringComparison.Ordinal));

        var run = CliProcess.Run(temp.Path, "validate", "--lang", "en", ".");

        run.ExitCode.Should().Be(0, run.ToString()); // AD2212 is a warning (rules.tsv)
        run.Stdout.Should().Contain("a/bao-cao.txt:7:1: warning AD2212 number-duplicate: The number \"Số: 215/BC-SGTVT\" is also used by ./b/bao-cao-ban-sao.txt");
        run.Stdout.Should().Contain("warning AD2212 number-duplicate: The number \"Số: 215/BC-SGTVT\" is also used by ./a/bao-cao.txt");
        run.Stdout.Should().NotContain("c/bao-cao-khac.txt:7:1: warning AD2212").And.NotContain("c/bao-cao-khac.txt:7:1: error AD2212");
    }

    [Fact]
    public void The_same_document_in_two_files_is_one_document_in_several_formats_not_a_duplicate()
    {
        using var temp = new TempFolder();
        var sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestAssets", "samples", "bao-cao-mau-nd30.txt"));
        temp.Write("a/bao-cao.txt", sample);
        temp.Write("b/bao-cao-ban-sao.txt", sample);

        var run = CliProcess.Run(temp.Path, "validate", "--lang", "en", ".");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().NotContain("AD2212");
    }
}

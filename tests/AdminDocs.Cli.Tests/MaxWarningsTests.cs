using System;
using System.IO;
using AdminDocs.Cli.Tests.Support;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests;

/// <summary>--max-warnings N: more than N warnings fail the run even when --fail-on is error.</summary>
public class MaxWarningsTests
{
    private static CliRun Run(params string[] options)
    {
        using var temp = new TempFolder();
        var sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestAssets", "samples", "bao-cao-mau-nd30.txt"));
        // Two warnings (AD3106 subject in capitals, AD6001 space before ";"), no error.
        temp.Write("r.txt", sample
            .Replace("Kết quả hoạt động thông tin đối ngoại năm 2024", "KẾT QUẢ HOẠT ĐỘNG THÔNG TIN ĐỐI NGOẠI NĂM 2024", StringComparison.Ordinal)
            .Replace("và kế hoạch thực hiện năm 2025", "VÀ KẾ HOẠCH THỰC HIỆN NĂM 2025", StringComparison.Ordinal)
            .Replace("- Sở Thông tin và Truyền thông;", "- Sở Thông tin và Truyền thông ;", StringComparison.Ordinal));
        var args = new string[options.Length + 2];
        args[0] = "validate";
        options.CopyTo(args, 1);
        args[^1] = "r.txt";
        return CliProcess.Run(temp.Path, args);
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData("2", 0)]
    [InlineData("1", 1)]
    [InlineData("0", 1)]
    public void More_warnings_than_allowed_fail_the_run(string? max, int exitCode)
    {
        var run = max is null ? Run() : Run("--max-warnings", max);
        run.ExitCode.Should().Be(exitCode, run.ToString());
        run.Stdout.Should().Contain("0 errors, 2 warnings");
    }

    [Fact]
    public void A_negative_limit_is_a_usage_error() => Run("--max-warnings", "-1").ExitCode.Should().Be(2);
}

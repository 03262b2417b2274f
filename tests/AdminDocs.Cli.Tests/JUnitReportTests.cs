using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using AdminDocs.Cli.Tests.Support;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests;

/// <summary>--format junit: one test suite per file, one test case per rule, failures at --fail-on.</summary>
public class JUnitReportTests
{
    private static XDocument Run(params string[] extra)
    {
        using var temp = new TempFolder();
        var samples = Path.Combine(AppContext.BaseDirectory, "TestAssets", "samples");
        File.Copy(Path.Combine(samples, "bao-cao-sgtvt-binh-dinh-2019.txt"), Path.Combine(temp.Path, "real.txt"));
        File.Copy(Path.Combine(samples, "bao-cao-mau-nd30.txt"), Path.Combine(temp.Path, "good.txt"));
        var run = CliProcess.Run(temp.Path, new[] { "validate", "--format", "junit", "--lang", "en", "-o", "report.xml" }.Concat(extra).Concat(new[] { "good.txt", "real.txt" }).ToArray());
        run.ExitCode.Should().Be(1, run.ToString());
        return XDocument.Load(Path.Combine(temp.Path, "report.xml"));
    }

    [Fact]
    public void Each_file_is_a_suite_and_each_rule_a_case_failing_on_errors()
    {
        var xml = Run();
        var suites = xml.Root!.Elements("testsuite").ToList();
        suites.Select(s => (string)s.Attribute("name")!).Should().Equal("good.txt", "real.txt");

        var good = suites[0];
        good.Descendants("failure").Should().BeEmpty();
        ((int)good.Attribute("tests")!).Should().Be(good.Elements("testcase").Count()).And.BeGreaterThan(50);
        ((int)good.Attribute("skipped")!).Should().Be(good.Elements("testcase").Count(c => c.Element("skipped") is not null)).And.BeGreaterThan(0, "layout rules cannot be checked on text");

        var real = suites[1];
        real.Elements("testcase").Where(c => c.Element("failure") is not null).Select(c => ((string)c.Attribute("name")!).Split(' ')[0])
            .Should().BeEquivalentTo(new[] { "AD2001", "AD2004", "AD2101", "AD2208" });
        ((int)real.Attribute("failures")!).Should().Be(4);
        real.Elements("testcase").Single(c => ((string)c.Attribute("name")!).StartsWith("AD6001", StringComparison.Ordinal))
            .Element("system-out")!.Value.Should().Contain("real.txt:71: warning:");
    }

    [Fact]
    public void Fail_on_warning_makes_warnings_failures_too()
    {
        var real = Run("--fail-on", "warning").Root!.Elements("testsuite").Single(s => (string)s.Attribute("name")! == "real.txt");
        ((int)real.Attribute("failures")!).Should().Be(6);
    }
}

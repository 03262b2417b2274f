using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AdminDocs.Cli.Tests.Support;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests;

/// <summary>
/// The HTML report in a real browser: headless Chromium (Debian's <c>chromium</c>, installed by <c>.ci/run</c>) prints
/// it to PDF, and the PDF's text (poppler's <c>pdftotext</c>) holds the summary, the document and its findings.
/// </summary>
public class HtmlReportBrowserTests
{
    [Fact]
    public void Chromium_renders_the_report_with_the_document_and_its_findings()
    {
        using var temp = new TempFolder();
        var docx = Path.Combine(temp.Path, "bc-2019.docx");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "TestAssets", "docx", "sgtvt-2019-office-tables.docx"), docx);
        var report = Path.Combine(temp.Path, "report.html");
        var run = CliProcess.Run(temp.Path, "validate", "--format", "html", "--lang", "en", "-o", "report.html", "bc-2019.docx");
        run.ExitCode.Should().Be(1, run.ToString());

        var pdf = Path.Combine(temp.Path, "report.pdf");
        var chromium = Tool("chromium");
        Exec(chromium, temp.Path, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf=" + pdf, new Uri(report).AbsoluteUri);
        File.Exists(pdf).Should().BeTrue("Chromium printed the report");
        Exec(Tool("pdfinfo"), temp.Path, pdf).Should().MatchRegex(@"Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)", "the report prints on A4");

        var text = Exec(Tool("pdftotext"), temp.Path, "-layout", pdf, "-");
        text.Should().Contain("Validation report").And.Contain("bc-2019.docx");
        text.Should().Contain("KẾT QUẢ HOẠT ĐỘNG THÔNG TIN ĐỐI NGOẠI NĂM 2019", "the document itself is drawn");
        foreach (var id in new[] { "AD2001", "AD2208", "AD3104", "AD5009" })
        {
            text.Should().Contain(id, "the finding {0} is shown", id);
        }
    }

    private static string Tool(string name)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':')
            .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
        path.Should().NotBeNull($"'{name}' must be installed for this test (.ci/run installs it: apt-get install chromium poppler-utils)");
        return path!;
    }

    private static string Exec(string file, string workingDirectory, params string[] args)
    {
        // Chromium writes its profile under HOME.
        var run = CliProcess.RunProgram(file, workingDirectory, null, TimeSpan.FromMinutes(2), new Dictionary<string, string?> { ["HOME"] = workingDirectory }, args);
        run.ExitCode.Should().Be(0, "{0} failed: {1}", file, run.Stderr);
        return run.Stdout;
    }
}

using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using AdminDocs.Reading;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;
using Xunit.Abstractions;

namespace AdminDocs.Docx.Tests.Package;

/// <summary>The two stress cases of issue 3 that must be read, not rejected.</summary>
public class StressTests
{
    private readonly ITestOutputHelper _output;

    public StressTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void A_document_of_100000_paragraphs_is_read_in_bounded_time_and_memory()
    {
        const int Count = 100_000;
        var docx = PackageInputs.Docx(Enumerable.Range(1, Count).Select(i => $"{i}. Đoạn văn thứ {i} của báo cáo kết quả thực hiện nhiệm vụ năm 2024.").ToArray());

        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var peakBefore = process.PeakWorkingSet64;
        var watch = Stopwatch.StartNew();
        var source = new DocxReader().Read(new MemoryStream(docx, writable: false), "big.docx", ReaderLimits.Default, CancellationToken.None);
        var read = watch.Elapsed;
        var result = Validator.CreateBuilder().AddDocx().Build().Validate(source);
        var total = watch.Elapsed;
        process.Refresh();

        _output.WriteLine(
            $"100,000 paragraphs: {docx.Length / 1024} KiB .docx; read {read.TotalMilliseconds:F0} ms, read + recognize + validate {total.TotalMilliseconds:F0} ms; " +
            $"managed heap before {before / (1024 * 1024)} MiB; peak working set {peakBefore / (1024 * 1024)} -> {process.PeakWorkingSet64 / (1024 * 1024)} MiB");
        source.Diagnostics.Should().NotContain(d => d.Id == "AD0001" || d.Id == "AD0002");
        source.Blocks.Length.Should().Be(Count);
        result.Diagnostics.Should().NotContain(d => d.Id == "AD0001" || d.Id == "AD0002");
        // Generous bounds (a Debug build on a loaded CI machine); they catch a hang or quadratic cost, not a regression.
        read.Should().BeLessThan(TimeSpan.FromSeconds(30));
        total.Should().BeLessThan(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void A_docm_is_read_with_its_macros_ignored()
    {
        var source = new DocxReader().Read(new MemoryStream(PackageInputs.Docm("BÁO CÁO", "Kết quả công tác năm 2024"), writable: false), "macro.docm", ReaderLimits.Default, CancellationToken.None);

        source.Blocks.Select(b => b.Text).Should().Contain("BÁO CÁO").And.Contain("Kết quả công tác năm 2024");
        var d = source.Diagnostics.Should().ContainSingle(x => x.Id == "AD0001").Subject;
        d.MessageKey.Should().Be("AD0001.macros-ignored");
        d.Severity.Should().Be(DiagnosticSeverity.Info);
        source.Diagnostics.Should().NotContain(x => x.Id == "AD0002" || (x.Id == "AD0001" && x.Severity == DiagnosticSeverity.Error));
    }
}

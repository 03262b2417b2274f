using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AdminDocs.Cli.Tests.Support;
using AdminDocs.Reading;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests.Reliability;

/// <summary>
/// Every documented limit (docs/limits.md) at the limit and just past it, lowered through the options so the inputs
/// stay small: at the limit the document is read with no AD0002, one unit past it gives the documented AD0002.
/// </summary>
public class LimitBoundaryTests
{
    private static readonly string Text = string.Join("\n", Enumerable.Range(1, 40).Select(i => $"Đoạn {i}: Ủy ban nhân dân tỉnh báo cáo kết quả."));

    private static readonly ReaderLimits Open = ReaderLimits.Default with { MaxCompressionRatio = 1_000_000 };

    public static TheoryData<string> Formats() => new() { "txt", "html", "docx" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Input_size(string format)
    {
        var bytes = Input(format);
        AtAndPast(format, bytes, Open with { MaxInputBytes = bytes.Length }, Open with { MaxInputBytes = bytes.Length - 1 }, "AD0002.file-too-large");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Blocks(string format)
    {
        var bytes = Input(format);
        var count = Read(format, bytes, Open).Document.Source!.Blocks.Length;
        count.Should().Be(40);
        AtAndPast(format, bytes, Open with { MaxBlocks = count }, Open with { MaxBlocks = count - 1 }, "AD0002.too-many-blocks");
    }

    [Theory]
    [InlineData("txt", "AD0002.line-too-long")]
    [InlineData("html", "AD0002.line-too-long")]
    [InlineData("docx", "AD0002.paragraph-too-long")]
    public void Block_length(string format, string key)
    {
        var bytes = Input(format);
        var longest = Read(format, bytes, Open).Document.Source!.Blocks.Max(b => b.Text.Length);
        AtAndPast(format, bytes, Open with { MaxBlockLength = longest }, Open with { MaxBlockLength = longest - 1 }, key);
    }

    [Fact]
    public void Nesting_depth()
    {
        var html = Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 30)) + "Ủy ban" + string.Concat(Enumerable.Repeat("</div>", 30)) + "</body></html>");
        var depth = Enumerable.Range(1, 100).First(d => Keys("html", html, Open with { MaxNestingDepth = d }).Length == 0);
        depth.Should().BeInRange(30, 33, "30 divs inside html and body");
        AtAndPast("html", html, Open with { MaxNestingDepth = depth }, Open with { MaxNestingDepth = depth - 1 }, "AD0002.nesting-too-deep");
    }

    [Fact]
    public void Part_size_total_size_and_entries()
    {
        var docx = DocxInputs.FromText(Text);
        using var zip = new ZipArchive(new MemoryStream(docx));
        var largest = zip.Entries.Max(e => e.Length);
        var total = zip.Entries.Sum(e => e.Length);
        var entries = zip.Entries.Count;

        AtAndPast("docx", docx, Open with { MaxPartBytes = largest }, Open with { MaxPartBytes = largest - 1 }, "AD0002.part-too-large");
        AtAndPast("docx", docx, Open with { MaxUncompressedBytes = total }, Open with { MaxUncompressedBytes = total - 1 }, "AD0002.uncompressed-too-large");
        AtAndPast("docx", docx, Open with { MaxArchiveEntries = entries }, Open with { MaxArchiveEntries = entries - 1 }, "AD0002.too-many-entries");
    }

    [Fact]
    public void Compression_ratio()
    {
        // Parts under 1 MiB are exempt: a document.xml padded past it with white space compresses about 1000:1.
        var docx = DocxInputs.FromText(Text + "\n" + new string(' ', 1_200_000) + "x");
        using var zip = new ZipArchive(new MemoryStream(docx));
        var part = zip.Entries.Single(e => e.FullName == "word/document.xml");
        var ratio = part.Length / (double)part.CompressedLength;
        ratio.Should().BeGreaterThan(100);

        AtAndPast("docx", docx, Open with { MaxCompressionRatio = ratio }, Open with { MaxCompressionRatio = ratio * 0.999 }, "AD0002.compression-ratio");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_zero_time_limit_lets_no_document_through(string format)
    {
        var result = Read(format, Input(format), Open with { MaxDocumentTime = TimeSpan.Zero });

        var d = result.Diagnostics.Should().ContainSingle().Subject;
        d.MessageKey.Should().Be("AD0002.time-limit");
        d.Arguments.Should().Equal("0");
        result.Document.Source!.Blocks.Should().BeEmpty();
        result.NotChecked.Should().NotBeEmpty("no rule ran");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void No_time_limit_and_the_default_one_read_the_document(string format)
    {
        Keys(format, Input(format), Open with { MaxDocumentTime = null }).Should().BeEmpty();
        Keys(format, Input(format), Open).Should().BeEmpty();
        ReaderLimits.Default.MaxDocumentTime.Should().Be(TimeSpan.FromMinutes(2));
    }

    [Fact]
    public void A_token_the_caller_cancelled_still_throws_and_is_not_a_time_limit()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var act = () => CommandLineApp.ToolValidator.Validate(new MemoryStream(Input("docx")), "a.docx", ValidationOptions.Default, cts.Token);
        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void A_document_still_being_read_when_the_time_is_up_stops_with_the_diagnostic()
    {
        // 200,000 lines take far longer than a millisecond to read and recognize; the reader sees the token and stops.
        // No timing is asserted: only that the run ends (a generous hang guard) with the diagnostic.
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Ủy ban nhân dân tỉnh báo cáo kết quả.\n", 200_000)));
        var options = ValidationOptions.Default with { Limits = Open with { MaxDocumentTime = TimeSpan.FromMilliseconds(1) } };
        var run = Task.Run(() => CommandLineApp.ToolValidator.Validate(new MemoryStream(text), "big.txt", options));

        run.Wait(TimeSpan.FromMinutes(3)).Should().BeTrue("the time limit must stop the run");
        run.Result.Diagnostics.Select(d => d.MessageKey).Should().Equal("AD0002.time-limit");
    }

    private static void AtAndPast(string format, byte[] bytes, ReaderLimits at, ReaderLimits past, string key)
    {
        Keys(format, bytes, at).Should().NotContain(k => k.StartsWith("AD0002", StringComparison.Ordinal), "at the limit the input is read");
        Keys(format, bytes, past).Should().Contain(key, "one past the limit");
    }

    private static string[] Keys(string format, byte[] bytes, ReaderLimits limits) =>
        Read(format, bytes, limits).Diagnostics.Where(d => d.Id is "AD0001" or "AD0002").Select(d => d.MessageKey).ToArray();

    private static ValidationResult Read(string format, byte[] bytes, ReaderLimits limits) =>
        CommandLineApp.ToolValidator.Validate(new MemoryStream(bytes), "a." + format, ValidationOptions.Default with { Limits = limits });

    private static byte[] Input(string format) => format switch
    {
        "txt" => Encoding.UTF8.GetBytes(Text),
        "html" => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>" + string.Concat(Text.Split('\n').Select(l => "<p>" + l + "</p>")) + "</body></html>"),
        _ => DocxInputs.FromText(Text),
    };
}

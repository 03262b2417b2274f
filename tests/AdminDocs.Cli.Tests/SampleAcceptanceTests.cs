using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using AdminDocs.Cli.Tests.Support;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests;

/// <summary>
/// The acceptance test of the foundation issue: the real draft báo cáo of Sở GTVT Bình Định (2019), validated by the
/// real tool. It needs the recognizer and the header, number, place-date, title and signature rules.
/// </summary>
public class SampleAcceptanceTests
{
    private static readonly string SamplePath =
        Path.Combine(AppContext.BaseDirectory, "TestAssets", "samples", "bao-cao-sgtvt-binh-dinh-2019.txt");

    private static JsonElement ValidateSample(params string[] extra)
    {
        File.Exists(SamplePath).Should().BeTrue("the sample is copied from tests/AdminDocs.TestAssets");
        var run = CliProcess.Run(null, new[] { "validate", "--format", "json" }.Concat(extra).Append(SamplePath).ToArray());
        run.ExitCode.Should().Be(1, "the sample has errors\n" + run);
        run.Stderr.Should().BeEmpty();
        using var json = JsonDocument.Parse(run.Stdout);
        var files = json.RootElement.GetProperty("files");
        files.GetArrayLength().Should().Be(1);
        return files[0].Clone();
    }

    private static string?[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()).ToArray();

    [Fact]
    public void The_sample_is_recognized_as_a_TT01_report()
    {
        var file = ValidateSample();
        var doc = file.GetProperty("document");

        file.GetProperty("path").GetString().Should().Be(SamplePath);
        file.GetProperty("format").GetString().Should().Be("text");
        file.GetProperty("profile").GetString().Should().Be("TT01");
        file.GetProperty("stage").GetString().Should().Be("draft");
        doc.GetProperty("kind").GetString().Should().Be("BaoCao");

        var number = doc.GetProperty("number");
        number.GetProperty("symbol").GetString().Should().Be("SGTVT-VP");
        number.GetProperty("value").ValueKind.Should().Be(JsonValueKind.Null);

        var placeDate = doc.GetProperty("placeDate");
        placeDate.GetProperty("place").GetString().Should().Be("Bình Định");
        placeDate.GetProperty("day").ValueKind.Should().Be(JsonValueKind.Null);
        placeDate.GetProperty("month").GetInt32().Should().Be(11);
        placeDate.GetProperty("year").GetInt32().Should().Be(2019);

        doc.GetProperty("title").GetString().Should().Be("BÁO CÁO");
        doc.GetProperty("subject").GetString().Should().Be("KẾT QUẢ HOẠT ĐỘNG THÔNG TIN ĐỐI NGOẠI NĂM 2019 VÀ KẾ HOẠCH THỰC HIỆN NĂM 2020");
        Strings(doc.GetProperty("recipients")).Should().Equal("Sở TT&TT ;", "Giám đốc Sở (b/c);", "Trang Website Sở;", "Lưu: VT, VP.");

        var signature = doc.GetProperty("signature");
        signature.GetProperty("authority").GetString().Should().Be("KT.");
        Strings(signature.GetProperty("titles")).Should().Equal("GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
        signature.GetProperty("signerName").GetString().Should().Be("Đỗ Nguyên Đức");
    }

    [Fact]
    public void The_sample_draft_gives_exactly_the_expected_errors_and_warnings_and_the_draft_infos()
    {
        var diagnostics = ValidateSample().GetProperty("diagnostics").EnumerateArray()
            .Select(d => (Id: d.GetProperty("id").GetString()!, Severity: d.GetProperty("severity").GetString()!))
            .ToArray();

        var errorsAndWarnings = diagnostics.Where(d => d.Severity is "error" or "warning").Select(d => d.Id).ToArray();
        errorsAndWarnings.Distinct().Should().BeEquivalentTo(new[] { "AD2001", "AD2004", "AD2101", "AD2208", "AD3106", "AD6001" });
        errorsAndWarnings.Count(id => id == "AD6001").Should().Be(1);

        var infos = diagnostics.Where(d => d.Severity == "info").Select(d => d.Id).ToArray();
        infos.Should().Contain("AD2202").And.Contain("AD3008");
    }

    [Fact]
    public void For_issue_the_blank_number_and_day_are_errors()
    {
        var diagnostics = ValidateSample("--stage", "issued").GetProperty("diagnostics").EnumerateArray()
            .Select(d => (Id: d.GetProperty("id").GetString()!, Severity: d.GetProperty("severity").GetString()!))
            .ToArray();

        diagnostics.Where(d => d.Id is "AD2202" or "AD3008").Should().NotBeEmpty()
            .And.OnlyContain(d => d.Severity == "error");
        diagnostics.Select(d => d.Id).Should().Contain("AD2202").And.Contain("AD3008");
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using AdminDocs.Cli.Tests.Support;
using AdminDocs.Json;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests.Reliability;

/// <summary>Nothing is shared between documents: the report does not depend on --jobs or on which thread validated
/// a document, and a hostile file changes nothing for the next one.</summary>
public class IsolationTests
{
    private static readonly string Assets = Path.Combine(AppContext.BaseDirectory, "TestAssets");

    /// <summary>The .txt, .docx and .html test assets under 200 kB, in a fixed order.</summary>
    private static List<string> Mixed() =>
        new[] { "corpus", "samples", "real/text", "real/docx", "docx", "html" }
            .SelectMany(d => Directory.GetFiles(Path.Combine(Assets, d)))
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".docx", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal))
            .Where(f => new FileInfo(f).Length < 200_000)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void A_thousand_mixed_documents_give_the_same_json_with_one_job_and_with_four()
    {
        using var temp = new TempFolder();
        var files = Mixed();
        for (var i = 0; i < 1000; i++)
        {
            var f = files[i % files.Count];
            File.Copy(f, Path.Combine(temp.Path, $"d{i:D4}{Path.GetExtension(f)}"));
        }

        var serial = InProcess.Run(CommandLineApp.ToolValidator, "validate", "--jobs", "1", "--format", "json", temp.Path);
        var parallel = InProcess.Run(CommandLineApp.ToolValidator, "validate", "--jobs", "4", "--format", "json", temp.Path);

        serial.Stdout.Length.Should().BeGreaterThan(100_000);
        parallel.Stdout.Should().Be(serial.Stdout);
        JsonDocument.Parse(serial.Stdout).RootElement.GetProperty("files").GetArrayLength().Should().Be(1000);
    }

    [Fact]
    public void One_shared_validator_on_many_threads_gives_the_same_results_as_one_thread()
    {
        var files = Mixed();
        var inputs = Enumerable.Range(0, 1000).Select(i => files[i % files.Count]).Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToArray();
        var validator = CommandLineApp.ToolValidator;
        var today = ValidationOptions.Default with { Today = new DateTime(2026, 1, 1) };

        var sequential = inputs.Select(x => Json(validator.Validate(new MemoryStream(x.Bytes), x.Name, today))).ToArray();
        var concurrent = new string[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            concurrent[i] = Json(validator.Validate(new MemoryStream(inputs[i].Bytes), inputs[i].Name, today)));

        concurrent.Should().Equal(sequential);
    }

    [Fact]
    public void The_same_file_gives_the_same_result_before_and_after_hostile_ones()
    {
        var validator = CommandLineApp.ToolValidator;
        var good = File.ReadAllBytes(Path.Combine(Assets, "samples", "bao-cao-mau-nd30.txt"));
        var goodDocx = File.ReadAllBytes(Path.Combine(Assets, "docx", "mau-nd30-layout.docx"));
        string Run(byte[] bytes, string name) => Json(validator.Validate(new MemoryStream(bytes), name));
        var before = (Run(good, "a.txt"), Run(goodDocx, "a.docx"));

        foreach (var (name, bytes, _, _) in DocxInputs.BadInputs())
        {
            Run(bytes, name);
        }

        foreach (var f in Directory.GetFiles(Path.Combine(Assets, "fuzz")))
        {
            Run(File.ReadAllBytes(f), Path.GetFileName(f));
        }

        Run(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<div>", 5000))), "deep.html");
        Run(new byte[] { 0, 1, 2, 0xFF, 0xFE }, "binary.txt");
        Run(Encoding.Latin1.GetBytes("B¸o c¸o kÕt qu¶\nCéng hßa x· héi"), "tcvn3.txt");

        (Run(good, "a.txt"), Run(goodDocx, "a.docx")).Should().Be(before);
    }

    [Fact]
    public void Every_input_fuzzing_found_ends_in_a_result()
    {
        foreach (var f in Directory.GetFiles(Path.Combine(Assets, "fuzz")))
        {
            var result = CommandLineApp.ToolValidator.Validate(new MemoryStream(File.ReadAllBytes(f)), Path.GetFileName(f));
            result.Diagnostics.Where(d => d.MessageKey == "rule-failed").Should().BeEmpty(f);
        }
    }

    private static string Json(ValidationResult result)
    {
        using var m = new MemoryStream();
        using (var w = new Utf8JsonWriter(m, ValidationJson.CreateWriterOptions()))
        {
            ValidationJson.Write(w, new[] { result }, MessageLanguage.English);
        }

        return Encoding.UTF8.GetString(m.ToArray());
    }
}

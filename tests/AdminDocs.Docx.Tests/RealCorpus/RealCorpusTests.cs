using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using Xunit;
using Xunit.Abstractions;

namespace AdminDocs.Docx.Tests.RealCorpus;

/// <summary>
/// The scorer of the real corpus (docs/accuracy.md): every document of tests/AdminDocs.TestAssets/real with a
/// hand-written <c>.expected.json</c> is read through the tool's validator; the recognized fields are compared with
/// the expected ones (accuracy per field and per kind, against the committed floor in real/accuracy-floor.json), and
/// every error or warning must be one of the document's real defects or a hand-classified known false finding
/// (real/known-false-findings.json). Run: <c>dotnet test tests/AdminDocs.Docx.Tests --filter RealCorpus</c>.
/// </summary>
public class RealCorpusTests
{
    private static readonly Lazy<RealCorpusRun> Corpus = new(RealCorpusRun.Execute);

    private static readonly Lazy<string> Report = new(() => BuildReport(Corpus.Value));

    private const string NotAnAdministrativeDocument = "AD0005";

    private readonly ITestOutputHelper _output;

    public RealCorpusTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void Every_document_is_read_without_a_crash()
    {
        var corpus = Corpus.Value;
        corpus.Documents.Should().NotBeEmpty("the real corpus is in TestAssets/real");
        corpus.Problems.Should().BeEmpty();
        corpus.Documents.Should().OnlyContain(d => d.Read);
    }

    [Fact]
    public void Field_accuracy_does_not_drop_below_the_committed_floor()
    {
        var corpus = Corpus.Value;
        _output.WriteLine(Report.Value);
        var failures = new List<string>();
        foreach (var (set, floor) in corpus.Floors)
        {
            var scores = corpus.Documents.Where(d => d.Set == set).SelectMany(d => d.Scores).ToList();
            if (scores.Count == 0)
            {
                continue;
            }

            var total = Accuracy(scores);
            if (total < floor.Total - 1e-9)
            {
                failures.Add($"{set}: total field accuracy {Percent(total)} < floor {Percent(floor.Total)}");
            }

            foreach (var (field, fieldFloor) in floor.Fields)
            {
                var fieldScores = scores.Where(s => s.Field == field).ToList();
                if (fieldScores.Count > 0 && Accuracy(fieldScores) < fieldFloor - 1e-9)
                {
                    failures.Add($"{set}: {field} accuracy {Percent(Accuracy(fieldScores))} < floor {Percent(fieldFloor)}");
                }
            }
        }

        failures.Should().BeEmpty("accuracy on the real corpus may only go up (raise the floor when it does)");
    }

    [Fact]
    public void No_error_or_warning_outside_the_real_defects_and_the_known_false_findings()
    {
        var corpus = Corpus.Value;
        _output.WriteLine(Report.Value);
        var unexpected = Unexpected(corpus).Where(u => corpus.ClassifiedSets.Contains(u.File.Split('/')[0])).Select(u => $"{u.File}: {u.Rule} ({u.Finding.Severity}) {u.Finding.Message}").ToList();
        unexpected.Should().BeEmpty(
            "an error or warning on a real document of a classified folder must be one of its real defects (.expected.json) or a classified known false finding (real/known-false-findings.json)");
    }

    private static IEnumerable<(string File, string Rule, RealCorpusRun.Finding Finding)> Unexpected(RealCorpusRun corpus)
    {
        var knownFalse = corpus.KnownFalse.Select(k => (k.File, k.Rule)).ToHashSet();
        foreach (var document in corpus.Documents)
        {
            var defects = document.Defects.Select(d => d.Rule).ToHashSet(StringComparer.Ordinal);
            foreach (var group in document.Findings.GroupBy(f => f.Rule, StringComparer.Ordinal))
            {
                // On a document outside the administrative kinds (expected kind "Other"), "not an administrative
                // document" is the right answer, neither a defect of the file nor a false finding.
                if (group.Key == NotAnAdministrativeDocument && document.Kind == "Other")
                {
                    continue;
                }

                if (!defects.Contains(group.Key) && !knownFalse.Contains((document.File, group.Key)))
                {
                    yield return (document.File, group.Key, group.First());
                }
            }
        }
    }

    private static double Accuracy(List<RealCorpusRun.FieldScore> scores) =>
        scores.Count == 0 ? 1 : (double)scores.Count(s => s.Correct) / scores.Count;

    private static string Percent(double value) => (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Cell(List<RealCorpusRun.FieldScore> scores) =>
        scores.Count == 0 ? "—" : $"{Percent(Accuracy(scores))} ({scores.Count(s => s.Correct)}/{scores.Count})";

    // Each error or warning counts once; it is real when its rule is among the document's real defects
    // (.expected.json), false otherwise (AD0005 on a document that is not administrative is neither).
    private static void AppendPrecision(StringBuilder sb, List<RealCorpusRun.DocumentRun> documents, string heading)
    {
        var judged = documents
            .SelectMany(d => d.Findings
                .Where(f => !(f.Rule == NotAnAdministrativeDocument && d.Kind == "Other"))
                .Select(f => (f.Rule, f.Severity, Real: d.Defects.Any(x => x.Rule == f.Rule), d.File)))
            .ToList();
        var pairs = judged.Select(j => (j.File, j.Rule, j.Real)).Distinct().ToList();
        string Ratio(int real, int raised) => raised == 0 ? "—" : $"{Percent((double)real / raised)} ({real}/{raised})";
        var errors = judged.Where(j => j.Severity == "error").ToList();
        sb.AppendLine(heading).AppendLine();
        var errorPairs = judged.Where(j => j.Severity == "error").Select(j => (j.File, j.Rule, j.Real)).Distinct().ToList();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Findings: errors {Ratio(errors.Count(e => e.Real), errors.Count)} real; errors and warnings {Ratio(judged.Count(j => j.Real), judged.Count)} real. By (file, rule) pair: errors {Ratio(errorPairs.Count(p => p.Real), errorPairs.Count)}; errors and warnings {Ratio(pairs.Count(p => p.Real), pairs.Count)}.").AppendLine();
        sb.AppendLine("| rule | errors real/raised | warnings real/raised | precision (findings) | files real/raised |").AppendLine("|---|---|---|---|---|");
        foreach (var rule in judged.GroupBy(j => j.Rule).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var e = rule.Where(j => j.Severity == "error").ToList();
            var w = rule.Where(j => j.Severity == "warning").ToList();
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {rule.Key} | {(e.Count == 0 ? "—" : $"{e.Count(j => j.Real)}/{e.Count}")} | {(w.Count == 0 ? "—" : $"{w.Count(j => j.Real)}/{w.Count}")} | {Ratio(rule.Count(j => j.Real), rule.Count())} | {pairs.Count(p => p.Rule == rule.Key && p.Real)}/{pairs.Count(p => p.Rule == rule.Key)} |");
        }

        sb.AppendLine();
    }

    private const string HeldOut = "heldout";

    private static string BuildReport(RealCorpusRun corpus)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# Real corpus: accuracy and findings").AppendLine();
        foreach (var set in corpus.Documents.Select(d => d.Set).Distinct().OrderBy(s => s, StringComparer.Ordinal))
        {
            var documents = corpus.Documents.Where(d => d.Set == set).ToList();
            var scores = documents.SelectMany(d => d.Scores).ToList();
            sb.AppendLine(CultureInfo.InvariantCulture, $"## {set}: {documents.Count} documents, {documents.Count(d => d.Read)} read, field accuracy {Cell(scores)}").AppendLine();
            sb.AppendLine("| field | accuracy |").AppendLine("|---|---|");
            foreach (var field in RealCorpusRun.Fields)
            {
                var fieldScores = scores.Where(s => s.Field == field).ToList();
                if (fieldScores.Count > 0)
                {
                    sb.AppendLine(CultureInfo.InvariantCulture, $"| {field} | {Cell(fieldScores)} |");
                }
            }

            sb.AppendLine().AppendLine("| kind | documents | accuracy |").AppendLine("|---|---|---|");
            foreach (var kind in documents.GroupBy(d => d.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"| {kind.Key} | {kind.Count()} | {Cell(kind.SelectMany(d => d.Scores).ToList())} |");
            }

            sb.AppendLine();
            var defects = documents.SelectMany(d => d.Defects.Select(x => (d, x.Rule))).ToList();
            var found = defects.Count(x => x.d.Findings.Any(f => f.Rule == x.Rule));
            var known = corpus.KnownFalse.Where(k => documents.Any(d => d.File == k.File)).ToList();
            var knownSeen = known.Count(k => documents.Single(d => d.File == k.File).Findings.Any(f => f.Rule == k.Rule));
            var unexpected = Unexpected(corpus).Where(u => documents.Any(d => d.File == u.File)).ToList();
            sb.AppendLine(CultureInfo.InvariantCulture, $"Real defects (errors and warnings): {defects.Count}; found {found}, missed {defects.Count - found}.").AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"Known false findings: {known.Count} listed, {knownSeen} still reported, {known.Count - knownSeen} no longer appear (remove them from the list). Unexpected findings: {unexpected.Count}{(corpus.ClassifiedSets.Contains(set) ? string.Empty : " (folder not classified yet: printed, not failing)")}.").AppendLine();
            if (known.Count > 0)
            {
                sb.AppendLine("| rule | known false findings still reported |").AppendLine("|---|---|");
                foreach (var rule in known.Where(k => documents.Single(d => d.File == k.File).Findings.Any(f => f.Rule == k.Rule))
                             .GroupBy(k => k.Rule).OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    sb.AppendLine(CultureInfo.InvariantCulture, $"| {rule.Key} | {rule.Count()} |");
                }

                sb.AppendLine();
            }

            AppendPrecision(sb, documents, "### Precision per rule");

            sb.AppendLine("### Field mismatches").AppendLine();
            foreach (var document in documents)
            {
                foreach (var miss in document.Scores.Where(s => !s.Correct))
                {
                    sb.AppendLine(CultureInfo.InvariantCulture, $"- {Path.GetFileName(document.File)} · {miss.Field}: expected `{miss.Expected ?? "null"}`, got `{miss.Actual ?? "null"}`");
                }
            }

            sb.AppendLine().AppendLine("### Real defects missed").AppendLine();
            foreach (var (document, rule) in defects.Where(x => !x.d.Findings.Any(f => f.Rule == x.Rule)))
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"- {Path.GetFileName(document.File)} · {rule}: {document.Defects.First(x => x.Rule == rule).Why}");
            }

            sb.AppendLine().AppendLine("### Known false findings that no longer appear").AppendLine();
            foreach (var k in known.Where(k => !documents.Single(d => d.File == k.File).Findings.Any(f => f.Rule == k.Rule)))
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"- {Path.GetFileName(k.File)} · {k.Rule}");
            }

            sb.AppendLine().AppendLine("### Visible text the reader lost (.docx, report only)").AppendLine();
            foreach (var document in documents.Where(d => d.LostWords.Count > 0))
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"- {Path.GetFileName(document.File)}: {document.LostWords.Count} word(s): {string.Join(" ", document.LostWords.Take(12).Select(w => $"`{w}`"))}");
            }

            sb.AppendLine().AppendLine("### Unexpected findings").AppendLine();
            foreach (var (file, rule, finding) in unexpected)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"- {Path.GetFileName(file)} · {rule} ({finding.Severity}): {finding.Message}");
            }

            sb.AppendLine();
        }

        // The held-out folder (real/heldout) is kept apart from the tuning of the rules: it has its own section
        // above and is left out of the figure for the tuned folders, so that its precision stays an honest one.
        AppendPrecision(sb, corpus.Documents.Where(d => d.Set != HeldOut).ToList(), "## Precision per rule, tuned folders (all but heldout)");
        var text = sb.ToString();
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "real-corpus-report.md"), text, new UTF8Encoding(false));
        return text;
    }
}

using System.Collections.Immutable;
using AdminDocs.Sources;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests;

public class TextReportWriterTests
{
    private static Diagnostic Make(string id, SourceLocation? location, string key, params string[] args) =>
        new(RuleCatalog.Get(id), RuleCatalog.Get(id).DefaultSeverity, key, args.ToImmutableArray(), "x", location);

    [Fact]
    public void Line_and_column_are_left_out_when_missing()
    {
        TextReportWriter.FormatDiagnostic("a.txt", Make("AD2001", null, "AD2001"), MessageLanguage.English)
            .Should().StartWith("a.txt: error AD2001 national-title-missing: ");
        TextReportWriter.FormatDiagnostic("a.txt", Make("AD2001", new SourceLocation(4, null), "AD2001"), MessageLanguage.English)
            .Should().StartWith("a.txt:4: error AD2001 ");
        TextReportWriter.FormatDiagnostic("a.txt", Make("AD2001", SourceLocation.AtLine(4, 2), "AD2001"), MessageLanguage.English)
            .Should().StartWith("a.txt:4:2: error AD2001 ");
    }

    [Fact]
    public void A_rule_without_a_legal_source_has_no_brackets()
    {
        var line = TextReportWriter.FormatDiagnostic("a.pdf", Make("AD0001", null, "AD0001.unsupported-format", ".pdf", ".txt"), MessageLanguage.English);

        line.Should().Be("a.pdf: error AD0001 unreadable-input: Files with the extension \".pdf\" cannot be read; supported: .txt.");
    }

    [Fact]
    public void Line_breaks_in_a_message_become_spaces()
    {
        var line = TextReportWriter.FormatDiagnostic("a.txt", Make("AD0001", null, "no-such-key", "one\r\ntwo\nthree"), MessageLanguage.English);

        line.Should().NotContain("\n").And.NotContain("\r").And.Contain("one two three");
    }

    [Theory]
    [InlineData(1, 1, 1, 1, "1 file: 1 error, 1 warning, 1 info")]
    [InlineData(2, 6, 1, 2, "2 files: 6 errors, 1 warning, 2 infos")]
    [InlineData(0, 0, 0, 0, "0 files: 0 errors, 0 warnings, 0 infos")]
    public void The_summary_counts_in_english(int files, int errors, int warnings, int infos, string expected) =>
        TextReportWriter.FormatSummary(files, errors, warnings, infos).Should().Be(expected);
}

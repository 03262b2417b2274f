using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Validation;

public class ValidatorTests
{
    private static AdminDocument Dated(string line) =>
        TestDocuments.CorrectReport() with { PlaceDate = LineParsers.ParsePlaceDate(line) };

    [Theory]
    [InlineData("Hà Nội, ngày 04 tháng 3 năm 2020", DocumentProfile.Tt01)]
    [InlineData("Hà Nội, ngày 05 tháng 3 năm 2020", DocumentProfile.Nd30)]
    [InlineData("Hà Nội, ngày    tháng 3 năm 2020", DocumentProfile.Nd30)]
    [InlineData("Hà Nội, ngày    tháng 02 năm 2020", DocumentProfile.Tt01)]
    [InlineData("Bình Định, ngày    tháng 11 năm 2019", DocumentProfile.Tt01)]
    [InlineData("Hà Nội, ngày 29 tháng 6 năm 2019", DocumentProfile.Tt01)]
    [InlineData("Hà Nội, ngày 01 tháng 01 năm 2021", DocumentProfile.Nd30)]
    public void The_profile_follows_the_document_date(string dateLine, DocumentProfile expected)
    {
        Validator.ResolveProfile(Dated(dateLine)).Should().Be(expected);
        TestDocuments.Validate(Dated(dateLine)).Profile.Should().Be(expected);
    }

    [Fact]
    public void Without_a_date_the_profile_is_ND30_and_a_Party_document_is_HD36()
    {
        Validator.ResolveProfile(new AdminDocument()).Should().Be(DocumentProfile.Nd30);
        var party = new AdminDocument { PartyHeading = new TextElement("ĐẢNG CỘNG SẢN VIỆT NAM") };
        Validator.ResolveProfile(party).Should().Be(DocumentProfile.Hd36);
    }

    [Theory]
    [InlineData("Số: 33/2009/QĐ-UBND", "Hà Nội, ngày", DocumentProfile.Tt01)]
    [InlineData("Số: 33/2021/QĐ-UBND", "Hà Nội, ngày", DocumentProfile.Nd30)]
    [InlineData("Số: 33/QĐ-UBND", "Hà Nội, ngày 2019", DocumentProfile.Nd30)]
    public void Without_a_readable_date_the_year_of_the_number_gives_the_profile(string numberLine, string dateLine, DocumentProfile expected)
    {
        var doc = TestDocuments.CorrectReport() with
        {
            Number = LineParsers.ParseNumber(numberLine),
            PlaceDate = new PlaceDate(dateLine),
        };

        doc.PlaceDate!.Year.Should().BeNull();
        Validator.ResolveProfile(doc).Should().Be(expected);
    }

    [Fact]
    public void A_profile_given_in_the_options_wins_and_rules_of_other_profiles_do_not_run()
    {
        var doc = Dated("Hà Nội, ngày 01 tháng 01 năm 2019") with { NationalTitle = null };
        TestDocuments.Validate(doc, new ValidationOptions { Profile = DocumentProfile.Nd30 }).Profile.Should().Be(DocumentProfile.Nd30);
        var hd36 = TestDocuments.Validate(doc, new ValidationOptions { Profile = DocumentProfile.Hd36 });
        hd36.Of("AD2001").Should().BeEmpty("the Quốc hiệu rules belong to the state profiles only");
    }

    [Fact]
    public void Layout_and_page_rules_are_listed_as_not_checked_for_text()
    {
        var result = TestDocuments.ValidateText(File.ReadAllText(Dump.Asset("samples/bao-cao-mau-nd30.txt")));
        result.NotChecked.Should().Contain(new[] { "AD1001", "AD1004", "AD2003", "AD5009" });
        result.NotChecked.Should().NotContain("AD2001");
        result.NotChecked.Should().OnlyContain(id => RuleCatalog.Get(id).Needs != Sources.SourceFacts.Text);
    }

    [Fact]
    public void Diagnostics_are_sorted_missing_components_first_then_by_line_and_id()
    {
        var result = TestDocuments.ValidateText(File.ReadAllText(Dump.Asset("samples/bao-cao-sgtvt-binh-dinh-2019.txt")));
        var keys = result.Diagnostics.Select(d => (HasLine: d.Location?.Line is not null, Line: d.Location?.Line ?? 0, d.Location?.Column, d.Id)).ToList();
        keys.Select(k => k.HasLine ? 1 : 0).Should().BeInAscendingOrder();
        keys.Where(k => k.HasLine).Select(k => k.Line).Should().BeInAscendingOrder();
        keys.Where(k => !k.HasLine).Select(k => k.Id).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void A_rule_can_be_turned_off_or_given_another_severity()
    {
        var doc = TestDocuments.CorrectReport() with { NationalTitle = null };
        var off = new ValidationOptions { RuleSeverities = ImmutableDictionary<string, DiagnosticSeverity?>.Empty.Add("AD2001", null) };
        TestDocuments.Validate(doc, off).Of("AD2001").Should().BeEmpty();
        var warn = new ValidationOptions { RuleSeverities = ImmutableDictionary<string, DiagnosticSeverity?>.Empty.Add("AD2001", DiagnosticSeverity.Warning) };
        TestDocuments.Validate(doc, warn).Of("AD2001").Single().Severity.Should().Be(DiagnosticSeverity.Warning);
    }

    private sealed class ThrowingRule : Rule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.Get("AD6006");

        public override void Analyze(RuleContext context) => throw new InvalidOperationException("boom");
    }

    [Fact]
    public void A_rule_that_throws_becomes_a_diagnostic_not_a_crash()
    {
        var validator = Validator.CreateBuilder().AddRule(new ThrowingRule()).Build();
        var result = validator.Validate(TestDocuments.CorrectReport());
        var d = result.Diagnostics.Should().ContainSingle(x => x.MessageKey == "rule-failed").Subject;
        d.Id.Should().Be("AD6006");
        d.GetMessage(MessageLanguage.English).Should().Contain("boom");
    }

    [Fact]
    public void The_validator_is_thread_safe_and_deterministic()
    {
        var bytes = File.ReadAllBytes(Dump.Asset("samples/bao-cao-sgtvt-binh-dinh-2019.txt"));
        string Run() => string.Join("\n", Validator.Default.Validate(new MemoryStream(bytes), "a.txt").Diagnostics.Select(d => d.ToString()));
        var expected = Run();
        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = Run());
        results.Should().OnlyContain(r => r == expected);
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var act = () => Validator.Default.Validate(new MemoryStream(Encoding.UTF8.GetBytes("Số: 01/BC-X")), "a.txt", cancellationToken: cts.Token);
        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void An_unsupported_file_gives_AD0001_and_a_missing_file_an_IOException()
    {
        var result = Validator.Default.Validate(new MemoryStream(new byte[] { 1, 2, 3 }), "report.pdf");
        var d = result.Diagnostics.Should().ContainSingle(x => x.Id == "AD0001").Subject;
        d.GetMessage(MessageLanguage.English).Should().Contain(".pdf").And.Contain(".txt");
        result.Diagnostics.Should().ContainSingle("an unreadable file feeds no rule: no 'missing component' findings");
        result.NotChecked.Should().Contain(new[] { "AD2001", "AD5001", "AD6001" });
        var missing = () => Validator.Default.ValidateFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".txt"));
        missing.Should().Throw<FileNotFoundException>();
    }

    [Fact]
    public async Task ValidateFileAsync_reads_recognizes_and_validates_a_file()
    {
        var result = await Validator.Default.ValidateFileAsync(Dump.Asset("samples/bao-cao-mau-nd30.txt"));
        result.Path.Should().EndWith("bao-cao-mau-nd30.txt");
        result.Format.Should().Be("text");
        result.Document.Kind.Should().Be(DocumentKind.Report);
    }
}

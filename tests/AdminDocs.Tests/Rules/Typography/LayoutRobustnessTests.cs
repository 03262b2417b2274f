using System;
using System.Collections.Immutable;
using System.Linq;
using AdminDocs.Sources;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Typography;

/// <summary>The page and typography rules never throw and stay silent where the source gives no facts.</summary>
public class LayoutRobustnessTests
{
    [Theory]
    [InlineData(DocumentProfile.Nd30)]
    [InlineData(DocumentProfile.Tt01)]
    [InlineData(DocumentProfile.Hd36)]
    public void Blocks_and_sections_without_any_fact_give_nothing(DocumentProfile profile)
    {
        var source = LayoutSource.CorrectReport()
            .Where((_, _) => true, b => b with { Format = null, Runs = ImmutableArray.Create(new TextRun(b.Text, new RunFormat())) })
            .Page(_ => new PageSection())
            .Build();

        var result = Validator.Default.Validate(source, new ValidationOptions { Profile = profile });

        result.Diagnostics.Should().NotContain(d => d.MessageKey == "rule-failed");
        result.Layout().Should().BeEmpty();
    }

    [Fact]
    public void Odd_indexes_empty_runs_and_empty_documents_do_not_throw()
    {
        var odd = LayoutSource.CorrectReport()
            .Where((_, _) => true, b => b with { Section = 7, Runs = ImmutableArray<TextRun>.Empty, ListLabel = "" })
            .Page(p => p with
            {
                Index = -3,
                FirstBlockIndex = 50,
                LastBlockIndex = 2,
                PaperWidthMm = 0,
                PaperHeightMm = -1,
                MarginLeftMm = double.NaN,
                PageNumberFormat = "",
                PageNumbers = ImmutableArray.Create(new PageNumberField { BlockIndex = 1000, Alignment = (TextAlignment)42 }, new PageNumberField { BlockIndex = -1, InHeader = true }),
            })
            .Build();
        var empty = new SourceDocument("docx", ImmutableArray<SourceBlock>.Empty)
        {
            Facts = SourceFacts.Layout | SourceFacts.Page,
            Sections = ImmutableArray.Create(new PageSection()),
        };

        foreach (var profile in new[] { DocumentProfile.Nd30, DocumentProfile.Tt01, DocumentProfile.Hd36 })
        {
            foreach (var source in new[] { odd, empty })
            {
                Validator.Default.Validate(source, new ValidationOptions { Profile = profile }).Diagnostics
                    .Should().NotContain(d => d.MessageKey == "rule-failed");
            }
        }
    }

    [Fact]
    public void A_hundred_wrong_paragraphs_give_a_handful_of_findings()
    {
        var source = LayoutSource.CorrectReport();
        for (var i = 0; i < 100; i++)
        {
            source.Append("Nội dung đoạn văn số " + i + " của báo cáo.", BlockKind.Paragraph, LayoutSource.BodyFormat, LayoutSource.Run());
        }

        var result = source
            .Where((b, _) => b.Kind == BlockKind.Paragraph, b => b.WithFormat(f => f with { Alignment = TextAlignment.Left, FirstLineIndentCm = 0, SpacingBeforePoints = 0, LineSpacingMultiple = 2 }).WithRuns(r => r with { FontFamily = "Arial", FontSizePoints = 12, Color = "FF0000" }))
            .Validate();

        result.Diagnostics.Should().NotContain(d => d.MessageKey == "rule-failed");
        result.Layout().Length.Should().BeLessThanOrEqualTo(10, string.Join("\n", result.Layout().Select(d => d.MessageKey)));
        result.Layout().Should().OnlyContain(d => Messages.Contains(d.MessageKey), "every reported key has its message");
        result.Layout().Select(d => d.Id).Distinct().Should().Contain(new[] { "AD1004", "AD1005", "AD1009", "AD1010", "AD1011", "AD1013" });
    }

    [Fact]
    public void Every_layout_message_reads_in_both_languages()
    {
        foreach (var key in Messages.Keys.Where(k => k.StartsWith("AD10", StringComparison.Ordinal)))
        {
            Messages.Template(key, MessageLanguage.Vietnamese).Should().NotBe(Messages.Template(key, MessageLanguage.English), key);
        }

        Messages.Keys.Count(k => k.StartsWith("AD10", StringComparison.Ordinal)).Should().BeGreaterThan(30);
    }
}

using System;
using System.Collections.Immutable;
using System.Linq;
using AdminDocs.Sources;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Style;

/// <summary>The style rules never throw and never guess: odd runs, stray anchors and missing facts.</summary>
public class StyleRobustnessTests
{
    [Fact]
    public void Odd_runs_stray_anchors_and_unknown_facts_do_not_break_the_rules()
    {
        var source = new StyleReport().Build();
        var random = new Random(30_2020);
        var blocks = source.Blocks.Select(b =>
        {
            switch (random.Next(5))
            {
                case 0:
                    return b with { Runs = ImmutableArray<TextRun>.Empty, Format = null, Cell = null };
                case 1:
                    // Runs that do not line up with the text.
                    return b with { Runs = ImmutableArray.Create(new TextRun("  x", new RunFormat { FontSizePoints = 9 }), new TextRun(string.Empty, new RunFormat())) };
                case 2:
                    // The text split into one run per character, sizes unknown.
                    return b with { Runs = b.Text.Select(c => new TextRun(c.ToString(), new RunFormat { Bold = true })).ToImmutableArray() };
                case 3:
                    return b with { Cell = new TableCellPosition(-1, -1, 7) { ColumnCount = 0, ColumnSpan = 0 } };
                default:
                    return b;
            }
        }).ToImmutableArray();
        var odd = source with
        {
            Blocks = blocks,
            Lines = ImmutableArray.Create(new SourceLine { BlockIndex = 9999, LengthMm = -3 }, new SourceLine { BlockIndex = -1 }, new SourceLine()),
            Images = ImmutableArray.Create(new SourceImage { BlockIndex = -5 }, new SourceImage { BlockIndex = 100_000 }, new SourceImage()),
        };
        foreach (var profile in new[] { DocumentProfile.Nd30, DocumentProfile.Tt01, DocumentProfile.Hd36 })
        {
            foreach (var stage in new[] { ValidationStage.Draft, ValidationStage.Issued })
            {
                var result = Validator.Default.Validate(odd, new ValidationOptions { Profile = profile, Stage = stage });
                result.Diagnostics.Should().NotContain(d => d.MessageKey == "rule-failed", string.Join(" | ", result.Diagnostics.Where(d => d.MessageKey == "rule-failed").Select(d => string.Join(",", d.Arguments))));
            }
        }
    }

    [Fact]
    public void A_document_built_in_code_has_no_layout_and_no_style_finding()
    {
        var result = Validator.Default.Validate(TestSupport.TestDocuments.CorrectReport(), new ValidationOptions { Stage = ValidationStage.Issued });
        result.Diagnostics.Should().NotContain(d => StyleReport.StyleIds.Contains(d.Id));
    }

    [Fact]
    public void Sizes_are_reported_with_their_half_points()
    {
        var report = new StyleReport();
        report.NationalTitle = report.NationalTitle with { Size = 13.5 };
        report.Single("AD2003").Arguments.Should().Equal("13.5", "12", "13");
    }
}

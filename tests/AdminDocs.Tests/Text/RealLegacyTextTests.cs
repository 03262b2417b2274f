using System;
using System.IO;
using System.Linq;
using System.Text;
using AdminDocs.Reading;
using AdminDocs.Text;
using AdminDocs.Text.Encodings;
using AdminDocs.Validation;
using CsCheck;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Text;

/// <summary>Real legacy-encoded text (tests/AdminDocs.TestAssets/legacy, sources in its README): detected, converted
/// to its hand-made Unicode transcript, and read like any other document afterwards; and Unicode text never taken
/// for a legacy encoding.</summary>
public class RealLegacyTextTests
{
    private static string Asset(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestAssets", "legacy", name));

    [Fact]
    public void The_2002_Ministry_of_Finance_decision_is_detected_as_TCVN3_and_converts_to_its_transcript()
    {
        var legacy = Asset("mof-2002-qd144-excerpt.tcvn3.txt");
        var truth = Asset("mof-2002-qd144-excerpt.unicode.txt").Split('\n');

        var evidence = VietnameseEncodings.Detect(legacy);
        evidence.Should().NotBeNull();
        evidence!.Encoding.Should().Be(LegacyEncoding.Tcvn3);
        evidence.LineCount.Should().Be(4);
        evidence.OtherLineCount.Should().Be(0);

        var source = new PlainTextReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(legacy)), "qd144.txt", ReaderLimits.Default, default);
        var d = source.Diagnostics.Should().ContainSingle(x => x.Id == "AD0003").Subject;
        d.MessageKey.Should().Be("AD0003.lines");
        d.Arguments.Take(2).Should().Equal("TCVN3 (ABC)", "4");
        d.Location!.Line.Should().Be(1);

        var converted = VietnameseEncodings.ToUnicode(legacy, LegacyEncoding.Tcvn3).Split('\n');
        for (var i = 0; i < 4; i++)
        {
            // The excerpt lost TCVN3's ư (byte 0xAD, a soft hyphen) in "bé tr­ëng": the bytes say "trởng" (README).
            VietnameseText.CollapseSpaces(converted[i]).Should().Be(VietnameseText.CollapseSpaces(truth[i].Replace("trưởng", "trởng")));
        }
    }

    [Fact]
    public void After_conversion_the_decision_reads_like_any_other_text()
    {
        var converted = VietnameseEncodings.ToUnicode(Asset("mof-2002-qd144-excerpt.tcvn3.txt"), LegacyEncoding.Tcvn3);
        var result = Validator.Default.Validate(PlainTextReader.ReadText(converted, "qd144.txt", ReaderLimits.Default));
        result.Diagnostics.Should().NotContain(x => x.Id == "AD0003");
        result.Document.PlaceDate.Should().NotBeNull();
        result.Document.PlaceDate!.Place.Should().Be("Hà nội");
        result.Document.PlaceDate.Year.Should().Be(2002);
    }

    [Fact]
    public void Unicode_text_of_real_words_is_never_taken_for_a_legacy_encoding()
    {
        var words = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestAssets", "samples", "bao-cao-mau-nd30.txt"))
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct().ToArray();
        Gen.OneOf(words.Select(Gen.Const).ToArray()).Array[1, 12].Array[1, 8].Sample(lines =>
        {
            var text = string.Join("\n", lines.Select(l => string.Join(" ", l)));
            VietnameseEncodings.Detect(text).Should().BeNull(text);
            VietnameseEncodings.Detect(text, includeViqr: true).Should().BeNull(text);
            var source = PlainTextReader.ReadText(text, "x.txt", ReaderLimits.Default);
            source.Diagnostics.Should().NotContain(x => x.Id == "AD0003", text);
            Validator.Default.Validate(source, ValidationOptions.Default.WithDetectViqr(true)).Diagnostics.Should().NotContain(x => x.Id == "AD0003", text);
        }, iter: 200);
    }
}

using System;
using System.Collections.Immutable;
using System.Linq;
using AdminDocs.Sources;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;

namespace AdminDocs.Tests.Rules;

/// <summary>
/// Shared helpers for the tests of the header, number, place-date, title and addressee rules: bad examples are built
/// from <see cref="TestDocuments.CorrectReport"/> with <c>with</c>, validated with the default validator, and the
/// findings of this rule set are checked (so that a bad example must not be reported twice by a neighbour rule).
/// </summary>
public static class TextRuleKit
{
    /// <summary>The ids of the rules of this set.</summary>
    public static readonly ImmutableArray<string> OwnIds = ImmutableArray.Create(
        "AD2001", "AD2002", "AD2004", "AD2005", "AD2007", "AD2101", "AD2102", "AD2104",
        "AD2201", "AD2202", "AD2203", "AD2204", "AD2205", "AD2206", "AD2207", "AD2208", "AD2209", "AD2210",
        "AD3001", "AD3002", "AD3003", "AD3004", "AD3005", "AD3006", "AD3007", "AD3008", "AD3009",
        "AD3101", "AD3102", "AD3103", "AD3105", "AD3106", "AD3107", "AD3109",
        "AD3201", "AD3202");

    /// <summary>A fixed "today" well after the correct report's date (05/12/2024).</summary>
    public static readonly DateTime Today = new(2025, 6, 1, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>Draft stage, fixed today.</summary>
    public static ValidationOptions Draft { get; } = new() { Today = Today };

    /// <summary>Issue stage, fixed today.</summary>
    public static ValidationOptions Issued { get; } = new() { Today = Today, Stage = ValidationStage.Issued };

    /// <summary>TT 01/2011 profile, fixed today.</summary>
    public static ValidationOptions Tt01 { get; } = new() { Today = Today, Profile = DocumentProfile.Tt01 };

    /// <summary>The correct báo cáo.</summary>
    public static AdminDocument Correct() => TestDocuments.CorrectReport();

    /// <summary>A correct công văn: no title, ký hiệu issuer-unit, "V/v ..." trích yếu, "Kính gửi:".</summary>
    public static AdminDocument CorrectLetter() => Correct() with
    {
        Kind = DocumentKind.OfficialLetter,
        Title = null,
        Number = LineParsers.ParseNumber("Số: 125/SGTVT-VP"),
        Subject = Vv("V/v", "V/v triển khai nhiệm vụ năm 2025", "triển khai nhiệm vụ năm 2025"),
    };

    /// <summary>A công văn trích yếu with its prefix and first line as written.</summary>
    public static Subject Vv(string? prefix, string firstLine, string text) =>
        new(ImmutableArray.Create(text)) { Prefix = prefix, FirstLineAsWritten = firstLine };

    /// <summary>The correct report turned into another named kind (title and ký hiệu follow).</summary>
    public static AdminDocument AsKind(DocumentKind kind)
    {
        var info = DocumentKindInfo.Get(kind);
        return Correct() with
        {
            Kind = kind,
            Title = info.Title is null ? null : new TextElement(info.Title),
            Number = info.Abbreviation is null ? LineParsers.ParseNumber("Số: 125/SGTVT-VP") : LineParsers.ParseNumber($"Số: 125/{info.Abbreviation}-SGTVT"),
        };
    }

    /// <summary>The correct report with another số/ký hiệu line, parsed as the recognizer does.</summary>
    public static AdminDocument WithNumber(string line) => Correct() with { Number = ParsedNumber(line) };

    /// <summary>The correct report with another place-date line, parsed as the recognizer does.</summary>
    public static AdminDocument WithPlaceDate(string line) => Correct() with { PlaceDate = ParsedPlaceDate(line) };

    /// <summary>Parses a number line; fails the test when the parser rejects it.</summary>
    public static DocumentNumber ParsedNumber(string line)
    {
        var n = LineParsers.ParseNumber(line);
        n.Should().NotBeNull("the parser must accept \"{0}\"", line);
        return n!;
    }

    /// <summary>Parses a place-date line; fails the test when the parser rejects it.</summary>
    public static global::AdminDocs.PlaceDate ParsedPlaceDate(string line)
    {
        var p = LineParsers.ParsePlaceDate(line);
        p.Should().NotBeNull("the parser must accept \"{0}\"", line);
        return p!;
    }

    /// <summary>A source span for a line of a text file (line <paramref name="line"/>, column 1).</summary>
    public static SourceSpan At(string text, int line) => SourceSpan.Of(new SourceBlock(0, text, SourceLocation.AtLine(line, 1)));

    /// <summary>The findings of this rule set.</summary>
    public static Diagnostic[] Own(AdminDocument document, ValidationOptions? options = null) =>
        TestDocuments.Validate(document, options ?? Draft).Diagnostics.Where(d => OwnIds.Contains(d.Id)).ToArray();

    /// <summary>Asserts that no rule of this set reports anything.</summary>
    public static void ShouldBeSilent(AdminDocument document, ValidationOptions? options = null) =>
        Own(document, options).Select(d => d.ToString()).Should().BeEmpty();

    /// <summary>Asserts that the rules of this set report exactly <paramref name="ids"/> (in any order) and returns them.</summary>
    public static Diagnostic[] ShouldReportOnly(AdminDocument document, ValidationOptions? options, params string[] ids)
    {
        var own = Own(document, options);
        own.Select(d => d.Id).Should().BeEquivalentTo(ids, because: "the findings were {0}", string.Join(" | ", own.Select(d => d.ToString())));
        return own;
    }

    /// <summary>Asserts that the rules of this set report one finding, of rule <paramref name="id"/>, and returns it.</summary>
    public static Diagnostic ShouldReportSingle(AdminDocument document, string id, ValidationOptions? options = null) =>
        ShouldReportOnly(document, options, id)[0];

    /// <summary>Asserts severity, model path, message key, and that both messages exist and quote <paramref name="quoted"/>.</summary>
    public static Diagnostic ShouldBe(this Diagnostic d, DiagnosticSeverity severity, string modelPath, string messageKey, params string[] quoted)
    {
        d.Severity.Should().Be(severity);
        d.ModelPath.Should().Be(modelPath);
        d.MessageKey.Should().Be(messageKey);
        Messages.Contains(messageKey).Should().BeTrue("the message {0} must be in the catalog", messageKey);
        var en = d.GetMessage(MessageLanguage.English);
        var vi = d.GetMessage(MessageLanguage.Vietnamese);
        en.Should().NotBeNullOrWhiteSpace().And.NotContain("{0}").And.NotBe(vi);
        vi.Should().NotBeNullOrWhiteSpace().And.NotContain("{0}");
        foreach (var q in quoted)
        {
            d.Arguments.Should().Contain(q);
            en.Should().Contain(q);
            vi.Should().Contain(q);
        }

        return d;
    }
}

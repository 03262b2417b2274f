using System.Collections.Immutable;
using System.Linq;
using AdminDocs.Sources;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;

namespace AdminDocs.Tests.Rules;

/// <summary>Shortcuts for the tests of the reader, signature, recipients and text rules.</summary>
internal static class FooterRules
{
    /// <summary>The ids of the rules these tests cover.</summary>
    public static readonly ImmutableArray<string> Ids = ImmutableArray.Create(
        "AD0004", "AD0005", "AD5001", "AD5002", "AD5003", "AD5004", "AD5005", "AD5006", "AD5007", "AD5008",
        "AD5101", "AD5102", "AD5103", "AD5104", "AD5105", "AD5106", "AD6001");

    /// <summary>The diagnostics of the covered rules (and any failure of one of them) for a document.</summary>
    public static Diagnostic[] Of(AdminDocument document, ValidationOptions? options = null) =>
        TestDocuments.Validate(document, options).Diagnostics
            .Where(d => d.MessageKey == "rule-failed" ? Ids.Contains(d.Arguments[0]) : Ids.Contains(d.Id))
            .ToArray();

    /// <summary>Asserts that exactly one diagnostic of the covered rules is reported, and returns it.</summary>
    public static Diagnostic Single(AdminDocument document, string id, string? variant = null, ValidationOptions? options = null)
    {
        var found = Of(document, options);
        found.Should().ContainSingle(because: "exactly one finding is expected, got: {0}", string.Join(" | ", found.Select(d => d.MessageKey + " " + d.ModelPath)));
        var d = found[0];
        d.Id.Should().Be(id);
        d.MessageKey.Should().Be(variant is null ? id : id + "." + variant);
        d.Severity.Should().Be(RuleCatalog.Get(id).DefaultSeverity);
        ShouldHaveMessages(d);
        return d;
    }

    /// <summary>Asserts that a diagnostic has a real message in both languages.</summary>
    public static void ShouldHaveMessages(Diagnostic d)
    {
        Messages.Contains(d.MessageKey).Should().BeTrue($"the key {d.MessageKey} needs a message");
        foreach (var language in new[] { MessageLanguage.English, MessageLanguage.Vietnamese })
        {
            var message = d.GetMessage(language);
            message.Should().NotBeNullOrWhiteSpace();
            message.Should().NotContain("{0}").And.NotContain("{1}");
        }
    }

    /// <summary>The correct report with another main signature block.</summary>
    public static AdminDocument WithSignature(string? authority, string? name, params string[] titles) =>
        TestDocuments.CorrectReport() with
        {
            Signatures = ImmutableArray.Create(new SignatureBlock
            {
                Authority = authority,
                Titles = titles.ToImmutableArray(),
                SignerName = name is null ? null : new TextElement(name),
            }),
        };

    /// <summary>The correct report with other Nơi nhận lines (built as the recognizer builds them).</summary>
    public static AdminDocument WithRecipients(params string[] lines) =>
        TestDocuments.CorrectReport() with
        {
            Recipients = new AdminDocs.Recipients(new TextElement("Nơi nhận:"))
            {
                Items = lines.Select(TestDocuments.Item).ToImmutableArray(),
            },
        };

    /// <summary>A source block at a 1-based line of a text file.</summary>
    public static SourceBlock Block(string text, int line, int index = 0) => new(index, text, SourceLocation.AtLine(line));
}

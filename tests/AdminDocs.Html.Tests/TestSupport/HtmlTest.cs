using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using AdminDocs.Reading;
using AdminDocs.Recognition;
using AdminDocs.Sources;

namespace AdminDocs.Html.Tests.TestSupport;

/// <summary>Shortcuts for the HTML tests: read text or HTML, recognize, write.</summary>
public static class HtmlTest
{
    public static string Asset(string relative) => Path.Combine(AppContext.BaseDirectory, "TestAssets", relative);

    public static AdminDocument FromText(string text) =>
        DocumentRecognizer.Recognize(PlainTextReader.ReadText(text, "test.txt"));

    public static SourceDocument Read(string html, ReaderLimits? limits = null) => HtmlReader.ReadHtml(html, "test.html", limits);

    public static SourceDocument ReadBytes(byte[] bytes, ReaderLimits? limits = null) =>
        new HtmlReader().Read(new MemoryStream(bytes), "test.html", limits ?? ReaderLimits.Default, default);

    public static AdminDocument Recognize(string html) => DocumentRecognizer.Recognize(Read(html));

    public static string Write(AdminDocument document, HtmlWriterOptions? options = null) => new HtmlWriter(options).Write(document);

    /// <summary>The model without the rules typed as text ("-----"): the writer draws them with CSS instead.</summary>
    public static AdminDocument WithoutTypedRules(AdminDocument d) => d with
    {
        Motto = d.Motto is null ? null : d.Motto with { Rule = null },
        NationalTitle = d.NationalTitle is null ? null : d.NationalTitle with { Rule = null },
        PartyHeading = d.PartyHeading is null ? null : d.PartyHeading with { Rule = null },
        IssuingAgency = d.IssuingAgency is null ? null : d.IssuingAgency with { Rule = null },
        Title = d.Title is null ? null : d.Title with { Rule = null },
        Subject = d.Subject is null ? null : d.Subject with { Rule = null },
        Unrecognized = d.Unrecognized.Where(u => !u.Text.All(c => char.IsWhiteSpace(c) || "-–—_*=~.·".Contains(c))).ToImmutableArray(),
    };

    public static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    public static string Outline(SourceDocument source) =>
        string.Join("\n", source.Blocks.Select(b => $"{b.Index}: {(b.Cell is { } c ? $"[t{c.Table} r{c.Row} c{c.Column}/{c.ColumnCount}] " : string.Empty)}{b.Text}"));
}

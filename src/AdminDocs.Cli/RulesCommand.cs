using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using AdminDocs.Validation;

namespace AdminDocs.Cli;

/// <summary>
/// <c>admindocs rules</c>: lists the rule catalog (text table or JSON), explains one rule (<c>admindocs rules
/// AD2208</c> or by name), or writes the pages <c>docs/rules/*.md</c> (<c>--write-docs DIR</c>).
/// </summary>
internal sealed class RulesCommand
{
    private readonly ChoiceOption<bool> _json = new(
        "--format",
        ["-f"],
        "text (a table, or the explanation) or json.",
        "text",
        ("text", false),
        ("json", true));

    private readonly ChoiceOption<MessageLanguage> _language = CommonOptions.Language("The language: Vietnamese (vi) or English (en).");

    private readonly Option<string?> _writeDocs = new("--write-docs")
    {
        Description = "Write one Markdown page per rule and an index (README.md) into DIR, e.g. docs/rules.",
        HelpName = "DIR",
    };

    private readonly Argument<string?> _rule = new("rule")
    {
        Description = "A rule id (AD2208) or name (symbol-type-abbreviation) to explain; without it, every rule is listed.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary>Builds the System.CommandLine command.</summary>
    /// <returns>The command.</returns>
    public Command CreateCommand()
    {
        var command = new Command("rules", "List the rules of the catalog, or explain one: what it checks, its legal source, how to fix it, examples, how to turn it off.")
        {
            _json.Option,
            _language.Option,
            _writeDocs,
            _rule,
        };
        command.SetAction(parseResult => Execute(
            parseResult.GetValue(_rule),
            _json.GetValue(parseResult),
            _language.GetValue(parseResult),
            parseResult.GetValue(_writeDocs),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Runs the command.</summary>
    /// <param name="rule">The rule to explain, or <see langword="null"/> to list them all.</param>
    /// <param name="json">Whether to write JSON.</param>
    /// <param name="language">The language.</param>
    /// <param name="writeDocs">A folder to write the pages into, or <see langword="null"/>.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>0, or 2 for an unknown rule or a folder that cannot be written.</returns>
    public static int Execute(string? rule, bool json, MessageLanguage language, string? writeDocs, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (writeDocs is not null)
        {
            try
            {
                var count = RuleDocPages.Write(writeDocs);
                stdout.WriteLine($"Wrote {count.ToString(CultureInfo.InvariantCulture)} files to {writeDocs}.");
                return ExitCodes.Success;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine($"admindocs: error: '{writeDocs}': cannot write the rule pages: {ex.Message}");
                return ExitCodes.UsageOrIoError;
            }
        }

        string output;
        if (rule is null)
        {
            output = json ? ListJson(language) : ListText(language);
        }
        else
        {
            var descriptor = RuleCatalog.Find(rule);
            if (descriptor is null)
            {
                stderr.WriteLine($"admindocs: error: '{rule}' is not a rule id or name.");
                var suggestions = Suggest(rule);
                if (suggestions.Count > 0)
                {
                    stderr.WriteLine("Did you mean " + string.Join(", ", suggestions.Select(d => $"{d.Id} ({d.Name})")) + "?");
                }

                stderr.WriteLine("Run 'admindocs rules' for the list.");
                return ExitCodes.UsageOrIoError;
            }

            output = json ? ExplainJson(descriptor, language) : RuleDocPages.Explain(descriptor, language);
        }

        try
        {
            stdout.Write(output);
            stdout.Flush();
        }
        catch (IOException ex)
        {
            stderr.WriteLine($"admindocs: error: cannot write to standard output: {ex.Message}");
            return ExitCodes.UsageOrIoError;
        }

        return ExitCodes.Success;
    }

    /// <summary>The rules whose id or name is closest to <paramref name="text"/> (at most three).</summary>
    /// <param name="text">What the user typed.</param>
    /// <returns>The suggestions, best first.</returns>
    public static IReadOnlyList<RuleDescriptor> Suggest(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var query = text.Trim();
        var upper = query.ToUpperInvariant();
        var lower = query.ToLowerInvariant();
        var candidates = RuleCatalog.All
            .Select(d =>
            {
                var byId = EditDistance.Between(upper, d.Id);
                var byName = EditDistance.Between(lower, d.Name);
                var contains = lower.Length >= 4 && d.Name.Contains(lower, StringComparison.Ordinal) ? 0 : int.MaxValue;
                var score = Math.Min(Math.Min(byId, byName), contains);
                var limit = byId <= byName ? 2 : Math.Max(2, d.Name.Length / 3);
                return (d, score, limit);
            })
            .Where(x => x.score <= x.limit)
            .OrderBy(x => x.score).ThenBy(x => x.d.Id, StringComparer.Ordinal)
            .ToList();

        // Only the closest: "AD2280" suggests AD2208 (one transposition), not every AD22xx two steps away.
        return candidates.TakeWhile(x => x.score == candidates[0].score).Take(3).Select(x => x.d).ToList();
    }

    /// <summary>The catalog as a text table.</summary>
    /// <param name="language">The language of the headings and the summary.</param>
    /// <returns>The table.</returns>
    public static string ListText(MessageLanguage language)
    {
        var vi = language == MessageLanguage.Vietnamese;
        var rows = RuleCatalog.All.Select(d => new[] { d.Id, d.Name, d.DefaultSeverity.ToName(), d.Component, d.LegalSource }).ToList();
        var headings = vi
            ? new[] { "MÃ", "TÊN", "MỨC ĐỘ", "THÀNH PHẦN", "CĂN CỨ" }
            : new[] { "ID", "NAME", "SEVERITY", "COMPONENT", "SOURCE" };
        var widths = Enumerable.Range(0, 4).Select(i => rows.Select(r => r[i].Length).Append(headings[i].Length).Max()).ToArray();
        var s = new StringBuilder();
        foreach (var row in rows.Prepend(headings))
        {
            for (var i = 0; i < 4; i++)
            {
                s.Append(row[i].PadRight(widths[i] + 2));
            }

            s.Append(row[4]).Append('\n');
        }

        s.Append('\n').Append(vi
            ? $"{rows.Count} quy tắc. 'admindocs rules AD2208' giải thích một quy tắc; tài liệu: docs/rules/."
            : $"{rows.Count} rules. 'admindocs rules AD2208' explains one; documentation: docs/rules/.").Append('\n');
        return s.ToString();
    }

    /// <summary>The catalog as JSON: <c>{"rules": [{"id", "name", "severity", "component", "checkedOn", "profiles", "description", "source", "help"}]}</c>.</summary>
    /// <param name="language">The language of "description".</param>
    /// <returns>The JSON, ending with a line end.</returns>
    public static string ListJson(MessageLanguage language) =>
        WriteJson(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("rules");
            foreach (var d in RuleCatalog.All)
            {
                w.WriteStartObject();
                WriteRuleProperties(w, d, language);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });

    /// <summary>One rule's explanation as JSON: the list's properties plus "messages", "fix" and "example".</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="language">The language.</param>
    /// <returns>The JSON, ending with a line end.</returns>
    public static string ExplainJson(RuleDescriptor rule, MessageLanguage language)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var doc = RuleDocs.Find(rule.Id) ?? throw new InvalidDataException($"{rule.Id} has no explanation.");
        var vi = language == MessageLanguage.Vietnamese;
        return WriteJson(w =>
        {
            w.WriteStartObject();
            WriteRuleProperties(w, rule, language);
            w.WriteStartArray("messages");
            foreach (var (key, en, viMessage) in RuleDocPages.MessageTemplates(rule.Id))
            {
                w.WriteStartObject();
                w.WriteString("key", key);
                w.WriteString("template", vi ? viMessage : en);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("fix", vi ? doc.FixVi : doc.FixEn);
            w.WriteStartObject("example");
            w.WriteString("kind", doc.Example.Checked ? "text" : "prose");
            w.WriteString("bad", doc.Example.Bad);
            w.WriteString("good", doc.Example.Good);
            w.WriteEndObject();
            w.WriteStartObject("turnOff");
            w.WriteStartObject("rules");
            w.WriteString(rule.Id, "off");
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    private static void WriteRuleProperties(Utf8JsonWriter w, RuleDescriptor d, MessageLanguage language)
    {
        w.WriteString("id", d.Id);
        w.WriteString("name", d.Name);
        w.WriteString("severity", d.DefaultSeverity.ToName());
        w.WriteString("component", d.Component);
        w.WriteString("checkedOn", d.Needs == Sources.SourceFacts.Text ? "text" : "docx");
        w.WriteStartArray("profiles");
        foreach (var p in d.Profiles)
        {
            w.WriteStringValue(p.ToName());
        }

        w.WriteEndArray();
        w.WriteString("description", language == MessageLanguage.Vietnamese ? RuleDocs.Find(d.Id)?.SummaryVi ?? d.Description : d.Description);
        w.WriteString("source", d.LegalSource);
        w.WriteString("help", d.HelpPath);
    }

    private static string WriteJson(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }
}

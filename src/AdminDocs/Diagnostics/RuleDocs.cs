using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;

namespace AdminDocs.Validation;

/// <summary>
/// What the catalog (<c>rules.tsv</c>) does not say about a rule: its Vietnamese summary, how to fix it in both
/// languages and a bad and a good example. The one source of <c>admindocs rules ID</c>, of the pages
/// <c>docs/rules/ADxxxx.md</c> and of <see cref="RuleDescriptor.GetFix"/>.
/// </summary>
/// <param name="Id">The rule id, e.g. "AD2208".</param>
/// <param name="SummaryVi">What the rule checks, in Vietnamese (the English is the catalog's description).</param>
/// <param name="FixEn">How to fix it, in English.</param>
/// <param name="FixVi">How to fix it, in Vietnamese.</param>
/// <param name="Example">The bad and the good example.</param>
internal sealed record RuleDoc(string Id, string SummaryVi, string FixEn, string FixVi, RuleExample Example);

/// <summary>
/// A bad and a good example of a rule. A <see cref="Checked"/> example is a piece of a real document: the catalog
/// test puts it in place of <see cref="Replace"/> in the document named by <see cref="Base"/>, validates it and
/// asserts that the bad one triggers the rule and the good one does not. A prose example describes a layout (.docx)
/// that plain text cannot show.
/// </summary>
/// <param name="Checked">Whether the example is text that the catalog test validates.</param>
/// <param name="Base">The document the example is a piece of: "sample" (samples/bao-cao-mau-nd30.txt), a file of
/// the test corpus ("corpus/18-cong-van-vv.txt"), or "none" (the example is the whole document).</param>
/// <param name="Replace">The lines of the base document that the example replaces, or <see langword="null"/>.</param>
/// <param name="Bad">The bad example.</param>
/// <param name="Good">The good example.</param>
/// <param name="Profile">The profile to validate with ("ND30", "TT01", "HD36"), or <see langword="null"/> for auto.</param>
/// <param name="Stage">The stage ("draft", "issued"), or <see langword="null"/> for draft.</param>
/// <param name="Abbreviations">The organisation's abbreviations (the AD2210 option), or <see langword="null"/>.</param>
/// <param name="Append">Lines added at the end of both examples (e.g. an appendix), or <see langword="null"/>.</param>
internal sealed record RuleExample(bool Checked, string Base, string? Replace, string Bad, string Good, string? Profile, string? Stage, string? Abbreviations = null, string? Append = null);

/// <summary>Reads the rule explanations embedded from <c>Catalog/rule-docs/*.txt</c>.</summary>
/// <remarks>
/// The format, one block per rule:
/// <code>
/// === AD2208
/// vi: one line in Vietnamese
/// fix.en: one line
/// fix.vi: one line
/// example: text            (or prose)
/// base: sample
/// replace: Số: 215/BC-SGTVT
/// bad:
///     Số: 215/SGTVT
/// good:
///     Số: 215/BC-SGTVT
/// </code>
/// A key followed by nothing takes the next lines indented by four spaces; a line starting with "#" is a comment.
/// </remarks>
internal static class RuleDocs
{
    private const string ResourcePrefix = "AdminDocs.Catalog.rule-docs.";

    private static readonly Lazy<ImmutableDictionary<string, RuleDoc>> LazyAll = new(Load);

    /// <summary>Every explanation, by rule id.</summary>
    public static ImmutableDictionary<string, RuleDoc> All => LazyAll.Value;

    /// <summary>The explanation of a rule, or <see langword="null"/>.</summary>
    /// <param name="id">The rule id.</param>
    /// <returns>The explanation.</returns>
    public static RuleDoc? Find(string id) => All.TryGetValue(id, out var doc) ? doc : null;

    /// <summary>Parses one file of explanations.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="fileName">Its name, for error messages.</param>
    /// <returns>The explanations, in file order.</returns>
    /// <exception cref="InvalidDataException">The text is not in the format.</exception>
    public static IReadOnlyList<RuleDoc> Parse(string text, string fileName)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var docs = new List<RuleDoc>();
        string? id = null;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        string? multiKey = null;
        var multi = new List<string>();
        var lines = text.Replace("\r\n", "\n").Split('\n');

        void EndMulti()
        {
            if (multiKey is not null)
            {
                while (multi.Count > 0 && multi[multi.Count - 1].Length == 0)
                {
                    multi.RemoveAt(multi.Count - 1);
                }

                fields[multiKey] = string.Join("\n", multi);
                multiKey = null;
                multi.Clear();
            }
        }

        void EndRule()
        {
            EndMulti();
            if (id is not null)
            {
                docs.Add(Build(id, fields, fileName));
            }

            fields.Clear();
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (multiKey is not null && (line.StartsWith("    ", StringComparison.Ordinal) || line.Length == 0))
            {
                multi.Add(line.Length == 0 ? string.Empty : line.Substring(4));
                continue;
            }

            EndMulti();
            if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                EndRule();
                id = line.Substring(4).Trim();
                continue;
            }

            var colon = line.IndexOf(':');
            if (id is null || colon <= 0)
            {
                throw new InvalidDataException($"{fileName}:{i + 1}: expected '=== ADxxxx' or 'key: value', found '{line}'.");
            }

            var key = line.Substring(0, colon).Trim();
            var value = line.Substring(colon + 1).Trim();
            if (fields.ContainsKey(key))
            {
                throw new InvalidDataException($"{fileName}:{i + 1}: {id} has '{key}' twice.");
            }

            if (value.Length == 0)
            {
                multiKey = key;
            }
            else
            {
                fields[key] = value;
            }
        }

        EndRule();
        return docs;
    }

    private static RuleDoc Build(string id, Dictionary<string, string> f, string fileName)
    {
        string Required(string key) =>
            f.TryGetValue(key, out var v) && v.Length > 0 ? v : throw new InvalidDataException($"{fileName}: {id} has no '{key}'.");

        var known = new[] { "vi", "fix.en", "fix.vi", "example", "base", "replace", "bad", "good", "profile", "stage", "abbreviations", "append" };
        var unknown = f.Keys.FirstOrDefault(k => !known.Contains(k, StringComparer.Ordinal));
        if (unknown is not null)
        {
            throw new InvalidDataException($"{fileName}: {id} has an unknown key '{unknown}'.");
        }

        var kind = Required("example");
        if (kind is not ("text" or "prose"))
        {
            throw new InvalidDataException($"{fileName}: {id}: 'example' is 'text' or 'prose', not '{kind}'.");
        }

        var example = new RuleExample(
            kind == "text",
            f.TryGetValue("base", out var b) ? b : "sample",
            f.TryGetValue("replace", out var r) ? r : null,
            f.TryGetValue("bad", out var bad) ? bad : string.Empty,
            Required("good"),
            f.TryGetValue("profile", out var p) ? p : null,
            f.TryGetValue("stage", out var s) ? s : null,
            f.TryGetValue("abbreviations", out var a) ? a : null,
            f.TryGetValue("append", out var append) ? append : null);
        return new RuleDoc(id, Required("vi"), Required("fix.en"), Required("fix.vi"), example);
    }

    private static ImmutableDictionary<string, RuleDoc> Load()
    {
        var assembly = typeof(RuleDocs).Assembly;
        var builder = ImmutableDictionary.CreateBuilder<string, RuleDoc>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidDataException($"The embedded resource {name} is missing.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            foreach (var doc in Parse(reader.ReadToEnd().Normalize(NormalizationForm.FormC), name))
            {
                if (builder.ContainsKey(doc.Id))
                {
                    throw new InvalidDataException($"{name}: {doc.Id} is explained twice.");
                }

                builder.Add(doc.Id, doc);
            }
        }

        return builder.ToImmutable();
    }
}

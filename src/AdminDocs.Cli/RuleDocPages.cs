using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using AdminDocs.Sources;
using AdminDocs.Validation;

namespace AdminDocs.Cli;

/// <summary>
/// Renders a rule's explanation — the catalog row, its messages and its <see cref="RuleDoc"/> — as a Markdown page
/// (<c>docs/rules/ADxxxx.md</c>, both languages), the index <c>docs/rules/README.md</c>, or plain text for the
/// terminal (<c>admindocs rules ID</c>, one language).
/// </summary>
internal static class RuleDocPages
{
    /// <summary>The command that regenerates the pages, quoted on each page and by the golden test.</summary>
    public const string RegenerateCommand = "dotnet run --project src/AdminDocs.Cli -- rules --write-docs docs/rules";

    /// <summary>The rules of the catalog that have a page, in id order.</summary>
    public static IEnumerable<RuleDescriptor> Rules => RuleCatalog.All;

    /// <summary>Every page: file name (e.g. "AD2208.md", "README.md") and content.</summary>
    /// <returns>The pages, index first.</returns>
    public static IEnumerable<(string FileName, string Content)> All()
    {
        yield return ("README.md", Index());
        foreach (var rule in Rules)
        {
            yield return (rule.Id + ".md", Page(rule));
        }
    }

    /// <summary>Writes every page into a folder, creating it if needed.</summary>
    /// <param name="folder">The folder, e.g. docs/rules.</param>
    /// <returns>The number of files written.</returns>
    public static int Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var count = 0;
        foreach (var (fileName, content) in All())
        {
            File.WriteAllText(Path.Combine(folder, fileName), content, new UTF8Encoding(false));
            count++;
        }

        return count;
    }

    /// <summary>The Markdown page of one rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The page, with "\n" line ends.</returns>
    public static string Page(RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var doc = RuleDocs.Find(rule.Id) ?? throw new InvalidDataException($"{rule.Id} has no explanation in src/AdminDocs/Catalog/rule-docs.");
        var s = new StringBuilder();
        s.Append("<!-- Generated from src/AdminDocs/Catalog by `").Append(RegenerateCommand).Append("`; do not edit. -->\n");
        s.Append("# ").Append(rule.Id).Append(' ').Append(rule.Name).Append("\n\n");
        s.Append(rule.Description).Append("\n\n");
        s.Append('*').Append(doc.SummaryVi).Append("*\n\n");
        s.Append("| | |\n|---|---|\n");
        s.Append("| Severity / Mức độ | ").Append(rule.DefaultSeverity.ToName()).Append(" (").Append(SeverityVi(rule.DefaultSeverity)).Append(") |\n");
        s.Append("| Component / Thành phần | ").Append(rule.Component).Append(" |\n");
        s.Append("| Profiles / Bộ quy tắc | ").Append(string.Join(", ", rule.Profiles.Select(p => p.ToName()))).Append(" |\n");
        s.Append("| Checked on / Kiểm tra trên | ").Append(CheckedOn(rule, MessageLanguage.English)).Append(" |\n");
        s.Append("| Legal source / Căn cứ | ").Append(EscapeCell(rule.LegalSource)).Append(" |\n");
        foreach (var (profile, source) in rule.ProfileSources.OrderBy(p => p.Key))
        {
            s.Append("| Legal source under ").Append(profile.ToName()).Append(" / Căn cứ theo ").Append(profile.ToName()).Append(" | ")
                .Append(EscapeCell(source)).Append(" |\n");
        }

        s.Append('\n');

        s.Append("## Message / Thông báo\n\n");
        foreach (var (key, en, vi) in MessageTemplates(rule.Id))
        {
            s.Append("- `").Append(key).Append("`\n");
            s.Append("  - vi: ").Append(vi).Append('\n');
            s.Append("  - en: ").Append(en).Append('\n');
        }

        s.Append("\n## How to fix / Cách sửa\n\n");
        s.Append(doc.FixEn).Append("\n\n");
        s.Append(doc.FixVi).Append("\n\n");

        s.Append("## Examples / Ví dụ\n\n");
        AppendExamples(s, doc.Example, Style.Page, MessageLanguage.English);

        s.Append("## Turning it off / Tắt quy tắc\n\n");
        s.Append(TurnOff(rule, MessageLanguage.English)).Append("\n\n");
        s.Append("```json\n").Append(ConfigSnippet(rule)).Append("\n```\n\n");
        s.Append(TurnOff(rule, MessageLanguage.Vietnamese)).Append('\n');
        return s.ToString();
    }

    /// <summary>The index page: every rule with its severity, component and source, by component.</summary>
    /// <returns>The page.</returns>
    public static string Index()
    {
        var s = new StringBuilder();
        s.Append("<!-- Generated from src/AdminDocs/Catalog by `").Append(RegenerateCommand).Append("`; do not edit. -->\n");
        s.Append("# Rules / Quy tắc\n\n");
        s.Append("Every rule of the catalog ([`src/AdminDocs/Catalog/rules.tsv`](../../src/AdminDocs/Catalog/rules.tsv)), ")
            .Append(Rules.Count().ToString(CultureInfo.InvariantCulture))
            .Append(" in all. `admindocs rules` lists them; `admindocs rules AD2208` (or `admindocs rules symbol-type-abbreviation`) explains one in the terminal. ")
            .Append("A rule that needs layout is checked on .docx only; on a .txt file it is reported as not checked.\n\n");
        s.Append("| Id | Name | Severity | Component | Checked on | Legal source |\n|---|---|---|---|---|---|\n");
        foreach (var rule in Rules)
        {
            s.Append("| [").Append(rule.Id).Append("](").Append(rule.Id).Append(".md) | ").Append(rule.Name)
                .Append(" | ").Append(rule.DefaultSeverity.ToName())
                .Append(" | ").Append(rule.Component)
                .Append(" | ").Append(CheckedOn(rule, MessageLanguage.English))
                .Append(" | ").Append(EscapeCell(rule.LegalSource)).Append(" |\n");
        }

        return s.ToString();
    }

    /// <summary>The explanation of one rule for the terminal, in one language: what <c>admindocs rules ID</c>
    /// prints, and the <c>help.text</c> of the rule in a SARIF log.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text, with "\n" line ends.</returns>
    public static string Explain(RuleDescriptor rule, MessageLanguage language) => Render(rule, language, Style.Terminal);

    /// <summary>The same explanation as <see cref="Explain"/> in Markdown, in one language, for the
    /// <c>help.markdown</c> of the rule in a SARIF log: no link into the repository (the log's <c>helpUri</c> points
    /// at the page), plain text escaped, examples in code blocks.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="language">The language.</param>
    /// <returns>The Markdown, with "\n" line ends.</returns>
    public static string ExplainMarkdown(RuleDescriptor rule, MessageLanguage language) => Render(rule, language, Style.Help);

    private static string Render(RuleDescriptor rule, MessageLanguage language, Style style)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var doc = RuleDocs.Find(rule.Id) ?? throw new InvalidDataException($"{rule.Id} has no explanation.");
        var vi = language == MessageLanguage.Vietnamese;
        var md = style == Style.Help;
        string T(string text) => md ? EscapeMarkdown(text) : text;
        var s = new StringBuilder();
        if (md)
        {
            s.Append("**").Append(rule.Id).Append(' ').Append(T(rule.Name)).Append("**\n\n");
        }
        else
        {
            s.Append(rule.Id).Append(' ').Append(rule.Name).Append('\n');
        }

        s.Append(T(vi ? doc.SummaryVi : rule.Description)).Append("\n\n");
        void Property(string labelVi, string labelEn, string value)
        {
            if (md)
            {
                s.Append("- **").Append((vi ? labelVi : labelEn).TrimEnd(':', ' ')).Append(":** ").Append(T(value)).Append('\n');
            }
            else
            {
                s.Append(vi ? labelVi : labelEn).Append(value).Append('\n');
            }
        }

        Property("Mức độ:      ", "Severity:    ", rule.DefaultSeverity.ToName());
        Property("Thành phần:  ", "Component:   ", rule.Component);
        Property("Bộ quy tắc:  ", "Profiles:    ", string.Join(", ", rule.Profiles.Select(p => p.ToName())));
        Property("Kiểm tra:    ", "Checked on:  ", CheckedOn(rule, language));
        Property("Căn cứ:      ", "Source:      ", rule.LegalSource);
        s.Append('\n');
        s.Append(md ? (vi ? "**Thông báo:**\n\n" : "**Message:**\n\n") : (vi ? "Thông báo:\n" : "Message:\n"));
        foreach (var (_, en, viMessage) in MessageTemplates(rule.Id))
        {
            s.Append(md ? "- " : "  ").Append(T(vi ? viMessage : en)).Append('\n');
        }

        var fix = T(vi ? doc.FixVi : doc.FixEn);
        s.Append('\n').Append(md ? (vi ? "**Cách sửa:**\n\n" : "**How to fix:**\n\n") : (vi ? "Cách sửa:\n  " : "How to fix:\n  ")).Append(fix).Append("\n\n");
        AppendExamples(s, doc.Example, style, language);
        s.Append(T(TurnOff(rule, language))).Append('\n');
        if (md)
        {
            s.Append("\n```json\n").Append(ConfigSnippet(rule)).Append("\n```\n");
        }
        else
        {
            s.Append(ConfigSnippet(rule)).Append('\n');
            s.Append('\n').Append(vi ? "Tài liệu: " : "Documentation: ").Append(rule.HelpPath).Append('\n');
        }

        return s.ToString();
    }

    /// <summary>The message templates of a rule: its own key first, then its variants ("AD2203.lowercase").</summary>
    /// <param name="id">The rule id.</param>
    /// <returns>Key, English and Vietnamese template.</returns>
    public static IEnumerable<(string Key, string En, string Vi)> MessageTemplates(string id) =>
        Messages.Keys
            .Where(k => k == id || k.StartsWith(id + ".", StringComparison.Ordinal))
            .OrderBy(k => k.Length).ThenBy(k => k, StringComparer.Ordinal)
            .Select(k => (k, Messages.Template(k, MessageLanguage.English) ?? string.Empty, Messages.Template(k, MessageLanguage.Vietnamese) ?? string.Empty));

    private static void AppendExamples(StringBuilder s, RuleExample example, Style style, MessageLanguage language)
    {
        var vi = language == MessageLanguage.Vietnamese;
        var where = !example.Checked ? null : style switch
        {
            Style.Page => example.Base switch
            {
                "sample" => "In the sample report [`samples/bao-cao-mau-nd30.txt`](../../samples/bao-cao-mau-nd30.txt) / Trong báo cáo mẫu:",
                "none" => null,
                var other => $"In a document like [`{Path.GetFileName(other)}`](../../tests/AdminDocs.TestAssets/{other}) / Trong một văn bản như `{Path.GetFileName(other)}`:",
            },
            Style.Help => example.Base switch
            {
                "sample" => vi ? "Trong báo cáo mẫu `samples/bao-cao-mau-nd30.txt`:" : "In the sample report `samples/bao-cao-mau-nd30.txt`:",
                "none" => null,
                var other => vi ? $"Trong một văn bản như `{Path.GetFileName(other)}`:" : $"In a document like `{Path.GetFileName(other)}`:",
            },
            _ => example.Base switch
            {
                "sample" => vi ? "Trong báo cáo mẫu samples/bao-cao-mau-nd30.txt:" : "In the sample report samples/bao-cao-mau-nd30.txt:",
                "none" => null,
                var other => vi ? $"Trong một văn bản như {Path.GetFileName(other)}:" : $"In a document like {Path.GetFileName(other)}:",
            },
        };
        if (where is not null)
        {
            s.Append(where).Append("\n\n");
        }

        if (example.Profile is not null || example.Stage is not null || example.Abbreviations is not null)
        {
            var with = string.Join(" ", new[]
            {
                example.Profile is null ? null : "--profile " + example.Profile,
                example.Stage is null ? null : "--stage " + example.Stage,
                example.Abbreviations is null ? null : "abbreviations " + example.Abbreviations,
            }.Where(x => x is not null));
            s.Append(style switch
            {
                Style.Page => $"With `{with}`:",
                Style.Help => (vi ? "Với " : "With ") + "`" + with + "`:",
                _ => (vi ? "Với " : "With ") + with + ":",
            }).Append("\n\n");
        }

        var (badLabel, goodLabel, missing, bothEnd) = style switch
        {
            Style.Page => ("**Bad / Sai**", "**Good / Đúng**", "(missing / không có)", "Both documents end with / Cả hai văn bản kết thúc bằng:"),
            Style.Help => vi ? ("**Sai:**", "**Đúng:**", "*(không có)*", "Cả hai văn bản kết thúc bằng:") : ("**Bad:**", "**Good:**", "*(missing)*", "Both documents end with:"),
            _ => vi ? ("Sai:", "Đúng:", "(không có)", "Cả hai văn bản kết thúc bằng:") : ("Bad:", "Good:", "(missing)", "Both documents end with:"),
        };
        AppendBlock(s, badLabel, example.Bad.Length == 0 ? missing : example.Bad, example.Checked && (example.Bad.Length > 0 || style != Style.Help), style);
        AppendBlock(s, goodLabel, example.Good, example.Checked, style);
        if (example.Append is not null)
        {
            AppendBlock(s, bothEnd, example.Append, example.Checked, style);
        }
    }

    private static void AppendBlock(StringBuilder s, string label, string text, bool isText, Style style)
    {
        var markdown = style != Style.Terminal;
        s.Append(label).Append(markdown ? "\n\n" : "\n");
        if (markdown && isText)
        {
            var fence = Fence(text);
            s.Append(fence).Append("text\n").Append(text).Append('\n').Append(fence).Append("\n\n");
        }
        else if (markdown)
        {
            s.Append(text).Append("\n\n");
        }
        else
        {
            foreach (var line in text.Split('\n'))
            {
                s.Append("    ").Append(line).Append('\n');
            }

            s.Append('\n');
        }
    }

    /// <summary>A code fence longer than any run of backticks in the text (at least three).</summary>
    private static string Fence(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return new string('`', Math.Max(3, longest + 1));
    }

    /// <summary>Plain text made literal in Markdown: the characters that would start emphasis, code, a link or an
    /// HTML tag ("&lt;Place&gt;") are escaped.</summary>
    private static string EscapeMarkdown(string text)
    {
        var s = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<':
                    s.Append("&lt;");
                    break;
                case '>':
                    s.Append("&gt;");
                    break;
                case '&':
                    s.Append("&amp;");
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|':
                    s.Append('\\').Append(c);
                    break;
                default:
                    s.Append(c);
                    break;
            }
        }

        return s.ToString();
    }

    private static string TurnOff(RuleDescriptor rule, MessageLanguage language) =>
        language == MessageLanguage.Vietnamese
            ? $"Để tắt quy tắc này, ghi \"{rule.Id}\": \"off\" (hoặc theo tên \"{rule.Name}\") trong mục \"rules\" của tệp admindocs.json; \"error\", \"warning\" hoặc \"info\" thay đổi mức độ."
            : $"To turn the rule off, set \"{rule.Id}\": \"off\" (or by name, \"{rule.Name}\") under \"rules\" in admindocs.json; \"error\", \"warning\" or \"info\" changes its severity.";

    private static string ConfigSnippet(RuleDescriptor rule) =>
        "{\n  \"rules\": {\n    \"" + rule.Id + "\": \"off\"\n  }\n}";

    private static string CheckedOn(RuleDescriptor rule, MessageLanguage language) =>
        rule.Needs == SourceFacts.Text
            ? (language == MessageLanguage.Vietnamese ? ".txt và .docx" : ".txt and .docx")
            : (language == MessageLanguage.Vietnamese ? ".docx (cần bố cục trang)" : ".docx (needs the layout)");

    private static string SeverityVi(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "lỗi",
        DiagnosticSeverity.Warning => "cảnh báo",
        _ => "thông tin",
    };

    private static string EscapeCell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>How an explanation is written.</summary>
    private enum Style
    {
        /// <summary>Plain text for the terminal (and SARIF help.text), one language.</summary>
        Terminal,

        /// <summary>The Markdown page docs/rules/ADxxxx.md, both languages, with links into the repository.</summary>
        Page,

        /// <summary>Markdown for SARIF help.markdown, one language, no repository links.</summary>
        Help,
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AdminDocs.Sources;
using AdminDocs.Validation;

namespace AdminDocs.Cli;

/// <summary>
/// Writes <c>admindocs validate --format html</c>: one self-contained page (no script, no external resource) with a
/// summary table of the files and of the rules that fired, then, per file, the document rendered from what the reader
/// saw — paragraphs with their alignment, indent, size, bold and italic, the header and footer tables as two columns,
/// on an A4 sheet with the decree's margins — and each finding highlighted at the paragraph it points to, with its
/// message and legal source. Findings about something missing (no location) are listed above the sheet.
/// Every text is escaped. The output depends only on the results (no clock), so it can be compared in tests.
/// </summary>
internal static class HtmlReportWriter
{
    private const string Style =
        """
        :root { --error: #b3261e; --warning: #a15c00; --info: #0b57d0; }
        * { box-sizing: border-box; }
        body { margin: 0; padding: 24px; background: #e8eaed; color: #1f1f1f; font: 14px/1.45 system-ui, "Segoe UI", "DejaVu Sans", sans-serif; }
        h1 { font-size: 22px; margin: 0 0 4px; }
        h2 { font-size: 18px; margin: 0; word-break: break-all; }
        .lead { margin: 0 0 16px; color: #444; }
        table.summary { border-collapse: collapse; background: #fff; margin: 8px 0 24px; min-width: 640px; }
        table.summary th, table.summary td { border: 1px solid #c4c7c5; padding: 4px 10px; text-align: left; vertical-align: top; }
        table.summary th { background: #f1f3f4; }
        table.summary td.n { text-align: right; font-variant-numeric: tabular-nums; }
        table.summary tfoot td { font-weight: 600; }
        .sev { display: inline-block; min-width: 64px; padding: 0 6px; border-radius: 4px; color: #fff; font-size: 12px; text-align: center; }
        .sev.error { background: var(--error); } .sev.warning { background: var(--warning); } .sev.info { background: var(--info); }
        section.file { margin: 0 0 40px; }
        .file-head { display: flex; gap: 16px; align-items: baseline; flex-wrap: wrap; margin-bottom: 8px; }
        .file-head .meta { color: #444; }
        ul.findings { list-style: none; margin: 0; padding: 0; }
        ul.findings li { margin: 4px 0; padding: 4px 8px; background: #fff; border-left: 4px solid; font-size: 13px; }
        ul.findings li.error { border-color: var(--error); } ul.findings li.warning { border-color: var(--warning); } ul.findings li.info { border-color: var(--info); }
        ul.findings .id { font-weight: 600; } ul.findings .src { color: #555; } ul.findings .at { color: #555; font-variant-numeric: tabular-nums; }
        details.not-checked { margin: 8px 0; color: #444; }
        .sheet { width: 210mm; min-height: 297mm; margin: 12px 0; padding: 20mm 15mm 20mm 30mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.3);
                 font-family: "Times New Roman", "Liberation Serif", Tinos, serif; font-size: 14pt; line-height: 1.25; color: #000; }
        .sheet.text .blk p { white-space: pre-wrap; }
        .sheet p { margin: 0 0 6pt; }
        .sheet table.layout { width: 100%; border-collapse: collapse; margin: 0 0 6pt; table-layout: fixed; }
        .sheet table.layout td { vertical-align: top; padding: 0 4px; }
        .sheet table.layout.bordered td { border: 1px solid #000; }
        .sheet .running { font-size: 11pt; color: #444; border-bottom: 1px dashed #999; margin-bottom: 6pt; }
        .sheet .running.footer { border-bottom: 0; border-top: 1px dashed #999; margin: 6pt 0 0; }
        .sheet .rule-below { border-bottom: 1px solid #000; }
        .blk.hit { outline: 2px solid; outline-offset: 2px; }
        .blk.hit.error { outline-color: var(--error); background: #fce8e6; }
        .blk.hit.warning { outline-color: var(--warning); background: #fef7e0; }
        .blk.hit.info { outline-color: var(--info); background: #e8f0fe; }
        .blk .notes { margin: 2pt 0 8pt; font: 12px/1.35 system-ui, "DejaVu Sans", sans-serif; text-align: left; text-indent: 0; }
        .blk .notes li { background: rgba(255,255,255,.9); }
        @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
        @media print { body { background: #fff; padding: 0; } .sheet { width: auto; min-height: 0; padding: 0; box-shadow: none; margin: 0 0 12pt; } }
        """;

    /// <summary>The report page for <paramref name="results"/>.</summary>
    /// <param name="results">The results, one per file, in order.</param>
    /// <param name="language">The language of the messages and the page's labels.</param>
    /// <returns>The page, UTF-8 text ending with a line end.</returns>
    public static string Format(IReadOnlyList<ValidationResult> results, MessageLanguage language)
    {
        ArgumentNullException.ThrowIfNull(results);
        var vi = language == MessageLanguage.Vietnamese;
        var html = new StringBuilder(16 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(vi ? "vi" : "en").Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"admindocs\">\n")
            .Append("<title>").Append(vi ? "AdminDocs — kết quả kiểm tra văn bản" : "AdminDocs — validation report").Append("</title>\n")
            .Append("<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");

        html.Append("<header>\n<h1>").Append(vi ? "Kết quả kiểm tra văn bản" : "Validation report").Append("</h1>\n<p class=\"lead\">")
            .Append(Escape(vi
                ? string.Create(CultureInfo.InvariantCulture, $"{results.Count} tệp: {results.Sum(r => r.ErrorCount)} lỗi, {results.Sum(r => r.WarningCount)} cảnh báo, {results.Sum(r => r.InfoCount)} thông tin")
                : TextReportWriter.FormatSummary(results.Count, results.Sum(r => r.ErrorCount), results.Sum(r => r.WarningCount), results.Sum(r => r.InfoCount))))
            .Append("</p>\n</header>\n");

        WriteFileSummary(html, results, vi);
        WriteRuleSummary(html, results, vi);

        for (var i = 0; i < results.Count; i++)
        {
            WriteFile(html, results[i], i + 1, language, vi);
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteFileSummary(StringBuilder html, IReadOnlyList<ValidationResult> results, bool vi)
    {
        html.Append("<table class=\"summary\" data-summary=\"files\">\n<thead><tr><th>")
            .Append(vi ? "Tệp" : "File").Append("</th><th>").Append(vi ? "Quy định áp dụng" : "Profile").Append("</th><th>")
            .Append(vi ? "Giai đoạn" : "Stage").Append("</th><th>").Append(vi ? "Lỗi" : "Errors").Append("</th><th>")
            .Append(vi ? "Cảnh báo" : "Warnings").Append("</th><th>").Append(vi ? "Thông tin" : "Infos").Append("</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];
            html.Append("<tr><td><a href=\"#file-").Append(Number(i + 1)).Append("\">").Append(Escape(r.Path ?? "-")).Append("</a></td><td>")
                .Append(Escape(r.Profile.ToName())).Append("</td><td>").Append(Escape(r.Stage.ToName())).Append("</td>")
                .Append("<td class=\"n\">").Append(Number(r.ErrorCount)).Append("</td><td class=\"n\">").Append(Number(r.WarningCount))
                .Append("</td><td class=\"n\">").Append(Number(r.InfoCount)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n<tfoot><tr><td colspan=\"3\">").Append(vi ? "Tổng" : "Total").Append("</td><td class=\"n\">")
            .Append(Number(results.Sum(r => r.ErrorCount))).Append("</td><td class=\"n\">").Append(Number(results.Sum(r => r.WarningCount)))
            .Append("</td><td class=\"n\">").Append(Number(results.Sum(r => r.InfoCount))).Append("</td></tr></tfoot>\n</table>\n");
    }

    private static void WriteRuleSummary(StringBuilder html, IReadOnlyList<ValidationResult> results, bool vi)
    {
        var byRule = results.SelectMany(r => r.Diagnostics)
            .GroupBy(d => (d.Id, d.Severity))
            .OrderByDescending(g => g.Key.Severity)
            .ThenBy(g => g.Key.Id, StringComparer.Ordinal)
            .ToList();
        if (byRule.Count == 0)
        {
            return;
        }

        html.Append("<table class=\"summary\" data-summary=\"rules\">\n<thead><tr><th>").Append(vi ? "Mức" : "Severity").Append("</th><th>")
            .Append(vi ? "Quy tắc" : "Rule").Append("</th><th>").Append(vi ? "Căn cứ" : "Source").Append("</th><th>")
            .Append(vi ? "Số lần" : "Count").Append("</th></tr></thead>\n<tbody>\n");
        foreach (var group in byRule)
        {
            var first = group.First();
            html.Append("<tr><td>").Append(SeverityBadge(group.Key.Severity, vi)).Append("</td><td><span class=\"id\">")
                .Append(Escape(first.Id)).Append("</span> ").Append(Escape(first.Name)).Append("</td><td>")
                .Append(Escape(IsSource(first.LegalSource) ? first.LegalSource : string.Empty)).Append("</td><td class=\"n\">")
                .Append(Number(group.Count())).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void WriteFile(StringBuilder html, ValidationResult result, int fileNumber, MessageLanguage language, bool vi)
    {
        var source = result.Source;
        var anchors = Anchor(result.Diagnostics, source);

        html.Append("<section class=\"file\" id=\"file-").Append(Number(fileNumber)).Append("\" data-path=\"").Append(Escape(result.Path ?? "-"))
            .Append("\">\n<div class=\"file-head\"><h2>").Append(Escape(result.Path ?? "-")).Append("</h2><span class=\"meta\">")
            .Append(Escape(result.Profile.ToName())).Append(", ").Append(Escape(result.Stage.ToName())).Append(" · ")
            .Append(Number(result.ErrorCount)).Append(vi ? " lỗi, " : " errors, ")
            .Append(Number(result.WarningCount)).Append(vi ? " cảnh báo, " : " warnings, ")
            .Append(Number(result.InfoCount)).Append(vi ? " thông tin" : " infos").Append("</span></div>\n");

        // Findings that point at no paragraph: something missing, or about the file as a whole.
        var unanchored = result.Diagnostics.Where(d => !anchors.Anchored.Contains(d)).ToList();
        if (unanchored.Count > 0)
        {
            html.Append("<ul class=\"findings\" data-findings=\"document\">\n");
            foreach (var d in unanchored)
            {
                WriteFinding(html, d, language, vi);
            }

            html.Append("</ul>\n");
        }

        if (!result.NotChecked.IsDefaultOrEmpty)
        {
            html.Append("<details class=\"not-checked\"><summary>")
                .Append(vi ? "Quy tắc không kiểm tra được (định dạng thiếu dữ kiện, tệp không đọc được hoặc không phải văn bản hành chính): " : "Rules not checked (the format lacks their facts, the file could not be read, or it is not an administrative document): ")
                .Append(Number(result.NotChecked.Length)).Append("</summary><p>")
                .Append(Escape(string.Join(", ", result.NotChecked))).Append("</p></details>\n");
        }

        if (source is not null && source.Blocks.Length > 0)
        {
            WriteSheet(html, result, source, anchors, language, vi);
        }

        html.Append("</section>\n");
    }

    private static void WriteSheet(StringBuilder html, ValidationResult result, SourceDocument source, Anchors anchors, MessageLanguage language, bool vi)
    {
        var isText = string.Equals(source.Format, "text", StringComparison.Ordinal);
        html.Append("<div class=\"sheet").Append(isText ? " text" : string.Empty).Append("\" data-format=\"").Append(Escape(source.Format)).Append("\">\n");
        var blocks = source.Blocks;
        var i = 0;
        while (i < blocks.Length)
        {
            var block = blocks[i];
            if (block.Cell is { NestingDepth: 0 } cell)
            {
                // A whole top-level table: its blocks are consecutive in reading order (nested tables' blocks included).
                var end = i;
                while (end < blocks.Length && blocks[end].Cell is { } c && (c.NestingDepth > 0 || c.Table == cell.Table))
                {
                    end++;
                }

                WriteTable(html, result, blocks, i, end, anchors, language, vi);
                i = end;
                continue;
            }

            var running = block.Kind switch
            {
                BlockKind.PageHeader => " running",
                BlockKind.PageFooter => " running footer",
                _ => string.Empty,
            };
            WriteBlock(html, result, block, running, anchors, language, vi);
            i++;
        }

        html.Append("</div>\n");
    }

    private static void WriteTable(
        StringBuilder html, ValidationResult result, ValueArray<SourceBlock> blocks, int start, int end, Anchors anchors, MessageLanguage language, bool vi)
    {
        var top = blocks[start].Cell!;
        var cells = new SortedDictionary<(int Row, int Column), List<SourceBlock>>();
        var spans = new Dictionary<(int Row, int Column), int>();
        var bordered = false;
        var columns = Math.Max(1, top.ColumnCount);
        for (var k = start; k < end; k++)
        {
            var b = blocks[k];
            var c = b.Cell!;
            // Blocks of a nested table are shown inside the outer cell they sit in (the last top-level cell seen).
            var key = c.NestingDepth == 0 ? (c.Row, c.Column) : cells.Keys.LastOrDefault();
            if (!cells.TryGetValue(key, out var list))
            {
                list = new List<SourceBlock>();
                cells[key] = list;
            }

            list.Add(b);
            if (c.NestingDepth == 0)
            {
                spans[key] = Math.Max(1, c.ColumnSpan);
                columns = Math.Max(columns, Math.Max(c.ColumnCount, c.Column + Math.Max(1, c.ColumnSpan)));
                bordered |= c.HasBorders == true;
            }
        }

        html.Append("<table class=\"layout").Append(bordered ? " bordered" : string.Empty).Append("\">\n");
        foreach (var row in cells.Keys.Select(k => k.Row).Distinct())
        {
            html.Append("<tr>");
            var column = 0;
            foreach (var entry in cells.Where(e => e.Key.Row == row))
            {
                for (; column < entry.Key.Column; column++)
                {
                    html.Append("<td></td>");
                }

                var span = spans.TryGetValue(entry.Key, out var s) ? s : 1;
                html.Append("<td").Append(span > 1 ? " colspan=\"" + Number(span) + "\"" : string.Empty).Append('>');
                foreach (var b in entry.Value)
                {
                    WriteBlock(html, result, b, string.Empty, anchors, language, vi);
                }

                html.Append("</td>");
                column += span;
            }

            for (; column < columns; column++)
            {
                html.Append("<td></td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void WriteBlock(
        StringBuilder html, ValidationResult result, SourceBlock block, string extraClass, Anchors anchors, MessageLanguage language, bool vi)
    {
        anchors.ByBlock.TryGetValue(block.Index, out var findings);
        var worst = findings?.Max(d => d.Severity);
        html.Append("<div class=\"blk").Append(extraClass);
        if (worst is { } w)
        {
            html.Append(" hit ").Append(w.ToName());
        }

        html.Append("\" data-block=\"").Append(Number(block.Index)).Append("\">");

        html.Append("<p");
        var style = ParagraphStyle(block.Format);
        if (style.Length > 0)
        {
            html.Append(" style=\"").Append(style).Append('"');
        }

        html.Append('>');
        if (block.ListLabel is { Length: > 0 } label)
        {
            html.Append(Escape(label)).Append(' ');
        }

        if (block.Runs.IsDefaultOrEmpty)
        {
            html.Append(Escape(block.Text));
        }
        else
        {
            foreach (var run in block.Runs)
            {
                var runStyle = RunStyle(run.Format);
                if (runStyle.Length == 0)
                {
                    html.Append(Escape(run.Text));
                }
                else
                {
                    html.Append("<span style=\"").Append(runStyle).Append("\">").Append(Escape(run.Text)).Append("</span>");
                }
            }
        }

        html.Append("</p>");
        if (findings is not null)
        {
            html.Append("<ul class=\"findings notes\">");
            foreach (var d in findings)
            {
                WriteFinding(html, d, language, vi);
            }

            html.Append("</ul>");
        }

        html.Append("</div>\n");
    }

    private static void WriteFinding(StringBuilder html, Diagnostic d, MessageLanguage language, bool vi)
    {
        html.Append("<li class=\"").Append(d.Severity.ToName()).Append("\" data-rule=\"").Append(Escape(d.Id)).Append("\">")
            .Append(SeverityBadge(d.Severity, vi)).Append(' ');
        var at = LocationText(d.Location);
        if (at.Length > 0)
        {
            html.Append("<span class=\"at\">").Append(Escape(at)).Append("</span> ");
        }

        html.Append("<span class=\"id\">").Append(Escape(d.Id)).Append(' ').Append(Escape(d.Name)).Append("</span>: ")
            .Append(Escape(d.GetMessage(language)));
        if (IsSource(d.LegalSource))
        {
            html.Append(" <span class=\"src\">[").Append(Escape(d.LegalSource)).Append("]</span>");
        }

        html.Append("</li>\n");
    }

    private static string LocationText(SourceLocation? location)
    {
        if (location is null)
        {
            return string.Empty;
        }

        if (location.Line is { } line)
        {
            return Number(line) + (location.Column is { } column ? ":" + Number(column) : string.Empty);
        }

        if (location.ParagraphIndex is { } paragraph)
        {
            var part = location.Part is null || location.Part == "word/document.xml" ? string.Empty : location.Part + ":";
            return part + "p" + Number(paragraph + 1);
        }

        return string.Empty;
    }

    private static string SeverityBadge(DiagnosticSeverity severity, bool vi)
    {
        var label = severity switch
        {
            DiagnosticSeverity.Error => vi ? "lỗi" : "error",
            DiagnosticSeverity.Warning => vi ? "cảnh báo" : "warning",
            _ => vi ? "thông tin" : "info",
        };
        return "<span class=\"sev " + severity.ToName() + "\">" + label + "</span>";
    }

    private static string ParagraphStyle(ParagraphFormat? format)
    {
        if (format is null)
        {
            return string.Empty;
        }

        var css = new StringBuilder();
        if (format.Alignment is { } alignment)
        {
            css.Append("text-align:").Append(alignment switch
            {
                TextAlignment.Center => "center",
                TextAlignment.Right => "right",
                TextAlignment.Justify => "justify",
                _ => "left",
            }).Append(';');
        }

        if (format.FirstLineIndentCm is { } indent && indent != 0)
        {
            css.Append("text-indent:").Append(Decimal(indent)).Append("cm;");
        }

        if (format.LeftIndentCm is { } left && left > 0)
        {
            css.Append("margin-left:").Append(Decimal(left)).Append("cm;");
        }

        if (format.SpacingBeforePoints is { } before)
        {
            css.Append("margin-top:").Append(Decimal(before)).Append("pt;");
        }

        if (format.SpacingAfterPoints is { } after)
        {
            css.Append("margin-bottom:").Append(Decimal(after)).Append("pt;");
        }

        if (format.BottomBorder == true)
        {
            css.Append("border-bottom:1px solid #000;");
        }

        return css.ToString();
    }

    private static string RunStyle(RunFormat format)
    {
        var css = new StringBuilder();
        if (format.Bold == true)
        {
            css.Append("font-weight:bold;");
        }

        if (format.Italic == true)
        {
            css.Append("font-style:italic;");
        }

        if (format.Underline == true)
        {
            css.Append("text-decoration:underline;");
        }

        if (format.AllCaps == true)
        {
            css.Append("text-transform:uppercase;");
        }

        if (format.FontSizePoints is { } size && size > 0 && size < 200)
        {
            css.Append("font-size:").Append(Decimal(size)).Append("pt;");
        }

        return css.ToString();
    }

    /// <summary>Which diagnostics point at which block: by line for text, by part and paragraph for .docx.</summary>
    private static Anchors Anchor(IEnumerable<Diagnostic> diagnostics, SourceDocument? source)
    {
        var anchors = new Anchors();
        if (source is null || source.Blocks.IsDefaultOrEmpty)
        {
            return anchors;
        }

        // Text: a block covers the lines from its first line to the number of line ends in it.
        var byLine = new List<(int First, int Last, int Block)>();
        var byParagraph = new Dictionary<(string Part, int Paragraph), int>();
        foreach (var block in source.Blocks)
        {
            if (block.Location.Line is { } line)
            {
                byLine.Add((line, line + block.Text.Count(c => c == '\n'), block.Index));
            }

            if (block.Location.ParagraphIndex is { } paragraph)
            {
                byParagraph.TryAdd((block.Location.Part ?? "word/document.xml", paragraph), block.Index);
            }
        }

        foreach (var d in diagnostics)
        {
            int? target = null;
            if (d.Location is { Line: { } line })
            {
                foreach (var (first, last, block) in byLine)
                {
                    if (line >= first && line <= last)
                    {
                        target = block;
                        break;
                    }
                }
            }
            else if (d.Location is { ParagraphIndex: { } paragraph } location
                && byParagraph.TryGetValue((location.Part ?? "word/document.xml", paragraph), out var block))
            {
                target = block;
            }

            if (target is { } index)
            {
                if (!anchors.ByBlock.TryGetValue(index, out var list))
                {
                    list = new List<Diagnostic>();
                    anchors.ByBlock[index] = list;
                }

                list.Add(d);
                anchors.Anchored.Add(d);
            }
        }

        return anchors;
    }

    private static bool IsSource(string? source) => !string.IsNullOrWhiteSpace(source) && source != "—";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Decimal(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Escapes text for element content and double-quoted attributes (all five special characters).</summary>
    internal static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("<>&\"'") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '&' => sb.Append("&amp;"),
                '"' => sb.Append("&quot;"),
                '\'' => sb.Append("&#39;"),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }

    private sealed class Anchors
    {
        public Dictionary<int, List<Diagnostic>> ByBlock { get; } = new();

        public HashSet<Diagnostic> Anchored { get; } = new(ReferenceEqualityComparer.Instance);
    }
}

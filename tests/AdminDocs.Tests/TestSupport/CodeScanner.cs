using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace AdminDocs.Tests.TestSupport;

/// <summary>A small C# lexer: the string literals of a file and its code without comments and literals.</summary>
internal static class CodeScanner
{
    /// <summary>The C# files under src/ (bin and obj aside), with their paths from the repository root, except those
    /// whose path starts with one of <paramref name="excluded"/>.</summary>
    public static IEnumerable<(string Path, string Text)> SourceFiles(params string[] excluded)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "AdminDocs.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException("The tests run inside the repository.");
        }

        var src = Path.Combine(root!.FullName, "src");
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root.FullName, file).Replace('\\', '/');
            if (excluded.Any(e => relative.StartsWith(e, StringComparison.Ordinal)) || relative.Contains("/obj/", StringComparison.Ordinal)
                || relative.Contains("/bin/", StringComparison.Ordinal))
            {
                continue;
            }

            yield return (relative, File.ReadAllText(file, Encoding.UTF8));
        }
    }

    /// <summary>The string literals (their text, escapes of quotes resolved; the literal parts of interpolated
    /// strings) with their line numbers.</summary>
    public static List<(int Line, string Literal)> Literals(string text) => Scan(text).Literals;

    /// <summary>The code of each line with comments removed and literals emptied.</summary>
    public static IEnumerable<(int Line, string Code)> CodeLines(string text)
    {
        var code = Scan(text).Code.Split('\n');
        for (var i = 0; i < code.Length; i++)
        {
            yield return (i + 1, code[i]);
        }
    }

    private static (List<(int, string)> Literals, string Code) Scan(string s)
    {
        var literals = new List<(int, string)>();
        var code = new StringBuilder(s.Length);
        var line = 1;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '\n')
            {
                line++;
                code.Append(c);
                i++;
            }
            else if (c == '/' && i + 1 < s.Length && s[i + 1] == '/')
            {
                while (i < s.Length && s[i] != '\n')
                {
                    i++;
                }
            }
            else if (c == '/' && i + 1 < s.Length && s[i + 1] == '*')
            {
                var end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? s.Length : end + 2;
                var newlines = s.Substring(i, end - i).Count(ch => ch == '\n');
                line += newlines;
                code.Append('\n', newlines);
                i = end;
            }
            else if (c == '\'')
            {
                i++;
                while (i < s.Length && s[i] != '\'')
                {
                    i += s[i] == '\\' ? 2 : 1;
                }

                i++;
                code.Append("' '");
            }
            else if (c == '"' || ((c == '@' || c == '$') && i + 1 < s.Length && (s[i + 1] == '"' || s[i + 1] is '@' or '$')))
            {
                var verbatim = false;
                var interpolated = false;
                while (s[i] != '"')
                {
                    verbatim |= s[i] == '@';
                    interpolated |= s[i] == '$';
                    i++;
                }

                var quotes = 0;
                while (i + quotes < s.Length && s[i + quotes] == '"')
                {
                    quotes++;
                }

                if (quotes >= 3)
                {
                    // A raw string literal: up to the same run of quotes.
                    var fence = new string('"', quotes);
                    var close = s.IndexOf(fence, i + quotes, StringComparison.Ordinal);
                    close = close < 0 ? s.Length : close;
                    var raw = s.Substring(i + quotes, close - i - quotes);
                    literals.Add((line, raw));
                    var rawLines = raw.Count(ch => ch == '\n');
                    line += rawLines;
                    code.Append("\"\"").Append('\n', rawLines);
                    i = Math.Min(s.Length, close + quotes);
                    continue;
                }

                i++;
                var startLine = line;
                var sb = new StringBuilder();
                while (i < s.Length)
                {
                    var ch = s[i];
                    if (ch == '"' && verbatim && i + 1 < s.Length && s[i + 1] == '"')
                    {
                        sb.Append('"');
                        i += 2;
                    }
                    else if (ch == '"')
                    {
                        i++;
                        break;
                    }
                    else if (ch == '\\' && !verbatim && i + 1 < s.Length)
                    {
                        sb.Append(s[i + 1] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', '0' => '\0', var e => e });
                        if (s[i + 1] == 'u' && i + 5 < s.Length)
                        {
                            sb.Length--;
                            sb.Append((char)Convert.ToInt32(s.Substring(i + 2, 4), 16));
                            i += 4;
                        }

                        i += 2;
                    }
                    else if (interpolated && ch == '{' && i + 1 < s.Length && s[i + 1] == '{')
                    {
                        sb.Append('{');
                        i += 2;
                    }
                    else if (interpolated && ch == '{')
                    {
                        // A hole: skip to its matching brace (holes with strings inside are rare and short).
                        var depth = 0;
                        do
                        {
                            depth += s[i] == '{' ? 1 : s[i] == '}' ? -1 : 0;
                            i++;
                        }
                        while (i < s.Length && depth > 0);
                    }
                    else if (interpolated && ch == '}' && i + 1 < s.Length && s[i + 1] == '}')
                    {
                        sb.Append('}');
                        i += 2;
                    }
                    else
                    {
                        if (ch == '\n')
                        {
                            line++;
                            code.Append('\n');
                        }

                        sb.Append(ch);
                        i++;
                    }
                }

                literals.Add((startLine, sb.ToString()));
                code.Append("\"\"");
            }
            else
            {
                code.Append(c);
                i++;
            }
        }

        return (literals, code.ToString());
    }
}

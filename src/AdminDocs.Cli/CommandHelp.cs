using System;
using System.CommandLine;
using System.Linq;

namespace AdminDocs.Cli;

/// <summary>
/// What the generated help does not say: each command's own exit codes and examples (printed after
/// <c>admindocs &lt;command&gt; --help</c>), and the nearest command to a mistyped one.
/// </summary>
internal static class CommandHelp
{
    /// <summary>The text after <c>admindocs --help</c>: what every command's exit codes share, and an example of each.</summary>
    internal const string RootEpilog =
        """
        Exit codes:
          0  Success.
          1  validate: a diagnostic at or above --fail-on; convert: the input could not be read as a document;
             new: the spec does not describe a valid document.
          2  Usage error (unknown command, option or value; a missing argument) or I/O error; the message is on
             standard error.
          3  Internal error (a bug: please report it with the message).
        Each command lists its own exit codes and examples: admindocs <command> --help.

        Examples:
          admindocs validate bao-cao.docx
          admindocs validate --format sarif -o admindocs.sarif "reports/**/*.docx"
          admindocs rules AD2208 --lang en
          admindocs convert bao-cao.txt bao-cao.docx
          admindocs new bao-cao --from samples/bao-cao-spec.json -o bao-cao.docx
        """;

    /// <summary>The text after <c>admindocs validate --help</c>.</summary>
    internal const string ValidateEpilog =
        """
        Exit codes:
          0  No diagnostic at or above --fail-on (default: error).
          1  At least one diagnostic at or above --fail-on.
          2  Usage error (unknown option or value, no file or folder given, a pattern matching no file, an
             invalid admindocs.json or baseline, an unknown rule) or I/O error (path not found, unreadable file or
             folder, report not writable); the message is on standard error.
          3  Internal error (a bug: please report it with the message).

        Examples:
          admindocs validate bao-cao.txt
          admindocs validate bao-cao.docx
          admindocs validate --stage issued --fail-on warning --lang en du-thao/
          admindocs validate --format json --output report.json van-ban/
          admindocs validate --format sarif -o admindocs.sarif "reports/**/*.docx"
          admindocs validate --write-baseline admindocs-baseline.json van-ban/
          admindocs validate --baseline admindocs-baseline.json van-ban/
          cat du-thao.txt | admindocs validate -
        """;

    /// <summary>The text after <c>admindocs rules --help</c>.</summary>
    internal const string RulesEpilog =
        """
        Exit codes:
          0  The rules were listed, the rule explained, or the pages written.
          2  Usage error (an unknown rule id or name: the nearest ones are suggested; an unknown option or value)
             or I/O error (the --write-docs folder or standard output cannot be written); the message is on
             standard error.

        Examples:
          admindocs rules                              (list the rules)
          admindocs rules AD2208                       (explain one rule, in Vietnamese)
          admindocs rules symbol-type-abbreviation --lang en
          admindocs rules --format json > rules.json
          admindocs rules --write-docs docs/rules      (one Markdown page per rule)
        """;

    /// <summary>The text after <c>admindocs convert --help</c>.</summary>
    internal const string ConvertEpilog =
        """
        Exit codes:
          0  Written (the input's reader findings and unplaced text, if any, are on standard error; the text is
             kept).
          1  The input could not be read as a document (AD0001 unreadable or empty, AD0002 a limit hit: the reason
             is on standard error); nothing written.
          2  Usage or I/O error (a missing argument, unknown option or output format, an input not found or in a
             format no reader handles, an output that would overwrite the input or cannot be written).
          3  Internal error (a bug: please report it with the message).

        Examples:
          admindocs convert bao-cao.txt bao-cao.docx
          admindocs convert bao-cao.docx bao-cao.html
          admindocs convert --profile TT01 cong-van-2019.txt cong-van-2019.docx
          admindocs convert trang.htm ban-in --to docx
        """;

    /// <summary>The text after <c>admindocs new --help</c>.</summary>
    internal const string NewEpilog =
        """
        Exit codes:
          0  Written; the file, its kind and its profile are printed.
          1  The spec does not describe a valid document (each problem is on standard error with its JSON path);
             nothing written.
          2  Usage or I/O error (unknown kind or output format, a missing --from or --output, a spec that cannot
             be read, an output that cannot be written).
          3  Internal error (a bug: please report it with the message).

        Examples:
          admindocs new bao-cao --from samples/bao-cao-spec.json -o bao-cao.docx
          admindocs new BaoCao --from bao-cao.json -o bao-cao.html
          admindocs new cong-van --from cong-van.json -o cong-van.txt --profile ND30
          cat spec.json | admindocs new QuyetDinh --from - -o quyet-dinh.docx
        """;

    /// <summary>The epilog of a command, by its name ("admindocs" for the root).</summary>
    /// <param name="commandName">The command's name.</param>
    /// <returns>The exit codes and examples.</returns>
    public static string Epilog(string commandName) => commandName switch
    {
        "validate" => ValidateEpilog,
        "rules" => RulesEpilog,
        "convert" => ConvertEpilog,
        "new" => NewEpilog,
        _ => RootEpilog,
    };

    /// <summary>The subcommand of <paramref name="root"/> nearest to what the user typed, or <see langword="null"/>
    /// when none is close ("validat", "vaildate" and "valdiate" give validate; "rule" gives rules).</summary>
    /// <param name="root">The root command.</param>
    /// <param name="typed">The first argument.</param>
    /// <returns>The command's name.</returns>
    public static string? NearestCommand(Command root, string typed)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(typed);
        var lower = typed.Trim().ToLowerInvariant();
        return root.Subcommands
            .SelectMany(c => c.Aliases.Prepend(c.Name).Select(name => (c.Name, Distance: EditDistance.Between(lower, name))))
            .Where(x => x.Distance <= Math.Max(1, x.Name.Length / 3))
            .OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Select(x => x.Name)
            .FirstOrDefault();
    }
}

/// <summary>The optimal string alignment distance: insertions, deletions, substitutions and transpositions of two
/// neighbours ("AD2280" is one step from "AD2208", "vaildate" one from "validate").</summary>
internal static class EditDistance
{
    /// <summary>The number of edits between two strings.</summary>
    /// <param name="a">One string.</param>
    /// <param name="b">The other.</param>
    /// <returns>The distance.</returns>
    public static int Between(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}

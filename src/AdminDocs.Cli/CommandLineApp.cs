using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using AdminDocs.Docx;
using AdminDocs.Html;
using AdminDocs.Validation;

namespace AdminDocs.Cli;

/// <summary>
/// The command line of <c>admindocs</c>: parses the arguments with System.CommandLine, turns every parse error into
/// exit code 2 with a message on standard error, and runs the command.
/// </summary>
internal static class CommandLineApp
{
    private static readonly Lazy<Validator> LazyToolValidator = new(() => Validator.CreateBuilder().AddDocx().AddHtml().Build());

    /// <summary>The tool's validator: every built-in rule, and the plain-text, .docx and HTML readers.</summary>
    internal static Validator ToolValidator => LazyToolValidator.Value;

    /// <summary>Runs the tool.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Standard output: the report, the help, the version.</param>
    /// <param name="stderr">Standard error: usage and I/O errors.</param>
    /// <param name="validator">The validator, or <see langword="null"/> for <see cref="ToolValidator"/>.</param>
    /// <param name="terminal">Whether the streams are terminals, and the environment; <see langword="null"/> for
    /// <see cref="TerminalInfo.Redirected"/> (no colour, no progress bar).</param>
    /// <param name="stdin">Opens standard input for the path '-', or <see langword="null"/> when there is none.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, Validator? validator = null, TerminalInfo? terminal = null, Func<Stream>? stdin = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        var root = CreateRootCommand(new ValidateCommand(validator ?? ToolValidator) { Terminal = terminal ?? TerminalInfo.Redirected, Stdin = stdin });
        root.Add(new ConvertCommand(validator ?? ToolValidator).CreateCommand());
        root.Add(new NewCommand { Stdin = stdin }.CreateCommand());

        // No @response-file expansion: a document may well be called "@draft.txt".
        var parseResult = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var errors = parseResult.Errors.Select(e => e.Message).Concat(UnknownOptions(parseResult)).ToList();
        if (errors.Count > 0 && parseResult.Action is not { ClearsParseErrors: true })
        {
            if (UnknownCommand(root, parseResult) is { } unknown)
            {
                // "admindocs validat x.txt": one clear message rather than one per argument that followed.
                stderr.WriteLine("admindocs: error: " + unknown);
                stderr.WriteLine("Run 'admindocs --help' for usage.");
                return ExitCodes.UsageOrIoError;
            }

            foreach (var error in errors)
            {
                stderr.WriteLine("admindocs: error: " + error);
            }

            var command = parseResult.CommandResult.Command == root ? "admindocs" : "admindocs " + parseResult.CommandResult.Command.Name;
            stderr.WriteLine($"Run '{command} --help' for usage.");
            return ExitCodes.UsageOrIoError;
        }

        return parseResult.Invoke(new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            EnableDefaultExceptionHandler = false,
        });
    }

    /// <summary>
    /// The message for a first argument that is not a command ("admindocs validat x.txt"), with the nearest
    /// command ("did you mean validate?"), or the validate command line when it names a file or folder;
    /// <see langword="null"/> when a command was given.
    /// </summary>
    /// <param name="root">The root command.</param>
    /// <param name="parseResult">The parse result.</param>
    /// <returns>The message, or <see langword="null"/>.</returns>
    internal static string? UnknownCommand(Command root, ParseResult parseResult)
    {
        if (parseResult.CommandResult.Command != root
            || parseResult.Tokens.FirstOrDefault(t => t.Type != TokenType.Option) is not { Type: TokenType.Argument } first
            || first.Value.StartsWith('-'))
        {
            return null;
        }

        var commands = string.Join(", ", root.Subcommands.Select(c => c.Name));
        if (CommandHelp.NearestCommand(root, first.Value) is { } nearest)
        {
            return $"'{first.Value}' is not a command. Did you mean {nearest}? (commands: {commands})";
        }

        var isPath = File.Exists(first.Value) || Directory.Exists(first.Value);
        return isPath
            ? $"'{first.Value}' is not a command. To check it: admindocs validate {first.Value}"
            : $"'{first.Value}' is not a command (commands: {commands}).";
    }

    /// <summary>
    /// Tokens that look like options ("-x", "--bogus") but were taken as file names because the command's argument
    /// accepts any number of values. A real file whose name starts with "-" goes after "--".
    /// </summary>
    /// <param name="parseResult">The parse result.</param>
    /// <returns>An error message for each.</returns>
    internal static IEnumerable<string> UnknownOptions(ParseResult parseResult)
    {
        var beforeDoubleDash = new HashSet<Token>(
            parseResult.Tokens.TakeWhile(t => t.Type != TokenType.DoubleDash),
            ReferenceEqualityComparer.Instance);
        return parseResult.CommandResult.Children
            .OfType<ArgumentResult>()
            .SelectMany(a => a.Tokens)
            .Where(t => t.Value.Length > 1 && t.Value[0] == '-' && beforeDoubleDash.Contains(t))
            .Select(t => $"unknown option '{t.Value}' (a file whose name starts with '-' goes after '--').")
            .ToList();
    }

    /// <summary>Builds the root command with its subcommands, the help (with exit codes) and the version option.</summary>
    /// <param name="validate">The validate command.</param>
    /// <returns>The root command.</returns>
    internal static Command CreateRootCommand(ValidateCommand validate)
    {
        // A plain command named "admindocs" rather than RootCommand, whose name is the executable's file name
        // ("AdminDocs.Cli" under "dotnet AdminDocs.Cli.dll" and under the tool shim) and whose directives such as
        // [suggest] would turn a first argument like "[draft].txt" into something else.
        var help = new HelpOption();
        if (help.Action is HelpAction defaultHelp)
        {
            help.Action = new HelpWithEpilogAction(defaultHelp);
        }

        var root = new Command(
            "admindocs",
            "Checks Vietnamese administrative documents (văn bản hành chính) against Nghị định 30/2020/NĐ-CP, "
            + "Thông tư 01/2011/TT-BNV and Hướng dẫn 36-HD/VPTW.")
        {
            help,
            new VersionOption(),
            validate.CreateCommand(),
            new RulesCommand().CreateCommand(),
        };

        return root;
    }

    /// <summary>Writes the generated help, then the command's own exit codes and examples.</summary>
    private sealed class HelpWithEpilogAction : SynchronousCommandLineAction
    {
        private readonly HelpAction _help;

        public HelpWithEpilogAction(HelpAction help)
        {
            _help = help;
        }

        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var code = _help.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(CommandHelp.Epilog(parseResult.CommandResult.Command.Name).Replace("\r\n", "\n", StringComparison.Ordinal));
            output.Flush();
            return code;
        }
    }
}

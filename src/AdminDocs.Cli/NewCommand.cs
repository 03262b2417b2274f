using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using AdminDocs.Building;
using AdminDocs.Validation;

namespace AdminDocs.Cli;

/// <summary>
/// <c>admindocs new KIND --from spec.json -o out.docx</c>: builds a document from its JSON description
/// (<see cref="DocumentSpec"/>, docs/document-spec.md) with the builder — which refuses what the decree does not
/// allow — and writes it with the writer the output's extension (or <c>--to</c>) chooses.
/// </summary>
internal sealed class NewCommand
{
    private readonly Argument<string> _kind = new("kind")
    {
        Description = "The kind of document: its catalog name (BaoCao, CongVan, QuyetDinh...), kebab case (bao-cao) or English name (Report). 'admindocs new --help' lists them.",
    };

    private readonly Option<string> _from = new("--from")
    {
        Description = "The JSON description of the document (docs/document-spec.md); '-' reads it from standard input.",
        HelpName = "SPEC",
        Required = true,
    };

    private readonly Option<string> _output = new("--output", "-o")
    {
        Description = "The file to write; its extension chooses the format (.docx, .html, .txt) unless --to is given. It is overwritten.",
        HelpName = "FILE",
        Required = true,
    };

    private readonly Option<string?> _to = DocumentWriters.ToOption();

    private readonly ChoiceOption<DocumentProfile?> _profile = CommonOptions.Profile(CommonOptions.LayoutProfileDescription);

    private readonly ChoiceOption<MessageLanguage> _language = CommonOptions.Language();

    /// <summary>Standard input, for <c>--from -</c>; the console's by default.</summary>
    public Func<Stream>? Stdin { get; init; }

    /// <summary>Builds the System.CommandLine command.</summary>
    /// <returns>The command.</returns>
    public Command CreateCommand()
    {
        var kinds = string.Join(", ", DocumentKindInfo.All.Select(k => k.CatalogName));
        var command = new Command("new", "Build a document from a JSON description and write it laid out per Nghị định 30 (.docx), as HTML or as text. Kinds: " + kinds + ".")
        {
            _from,
            _output,
            _to,
            _profile.Option,
            _language.Option,
            _kind,
        };
        command.SetAction(parseResult => Execute(
            parseResult.GetValue(_kind) ?? string.Empty,
            parseResult.GetValue(_from) ?? string.Empty,
            parseResult.GetValue(_output) ?? string.Empty,
            parseResult.GetValue(_to),
            _profile.GetValue(parseResult),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            _language.GetValue(parseResult)));
        return command;
    }

    /// <summary>Builds and writes the document.</summary>
    /// <returns>0 written (the warnings the validator found on standard error); 1 the spec does not describe a valid
    /// document (each problem on standard error with its JSON path, in <paramref name="language"/>, with the builder
    /// hint; nothing written); 2 usage or I/O error; 3 internal error.</returns>
    public int Execute(string kindName, string from, string output, string? to, DocumentProfile? profile, TextWriter stdout, TextWriter stderr, MessageLanguage language = MessageLanguage.Vietnamese)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (!DocumentSpec.TryParseKind(kindName, out var kind))
        {
            stderr.WriteLine($"admindocs: error: unknown kind '{kindName}'; use one of: {string.Join(", ", DocumentKindInfo.All.Select(k => k.CatalogName))}.");
            return ExitCodes.UsageOrIoError;
        }

        var writer = DocumentWriters.Choose(output, to, stderr);
        if (writer is null)
        {
            return ExitCodes.UsageOrIoError;
        }

        var name = from == "-" ? "<stdin>" : from;
        DocumentBuildResult built;
        try
        {
            if (from == "-")
            {
                using var input = (Stdin ?? Console.OpenStandardInput)();
                built = DocumentSpec.Parse(input, kind);
            }
            else
            {
                built = DocumentSpec.ParseFile(from, kind);
            }
        }
        catch (DocumentBuildException ex)
        {
            foreach (var d in ex.Diagnostics)
            {
                stderr.WriteLine($"{name}: {BuildHints.Describe(d, language)}");
            }

            stderr.WriteLine($"admindocs: error: '{name}' does not describe a valid {DocumentKindInfo.Get(kind).CatalogName}; nothing written.");
            return ExitCodes.ValidationFailed;
        }
        catch (DocumentSpecException ex)
        {
            foreach (var error in ex.Errors.IsDefaultOrEmpty ? [new DocumentSpecError("$", ex.Message)] : ex.Errors.AsEnumerable())
            {
                stderr.WriteLine($"{name}: {error}");
            }

            stderr.WriteLine($"admindocs: error: '{name}' does not describe a valid {DocumentKindInfo.Get(kind).CatalogName}; nothing written.");
            return ExitCodes.ValidationFailed;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"admindocs: error: '{from}': cannot read the spec: {ex.Message}");
            return ExitCodes.UsageOrIoError;
        }

        foreach (var d in built.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning))
        {
            stderr.WriteLine($"{name}: {BuildHints.Describe(d, language)}");
        }

        var document = built.Document;
        var written = DocumentWriters.WriteFile(writer, document, profile, output, stderr);
        if (written != ExitCodes.Success)
        {
            return written;
        }

        stdout.WriteLine($"{output} ({writer.Format}, {DocumentKindInfo.Get(kind).CatalogName}, {(profile ?? Validator.ResolveProfile(document)).ToName()})");
        return ExitCodes.Success;
    }
}

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

    private readonly Option<string?> _to = new("--to")
    {
        Description = "The output format whatever the extension: " + string.Join(", ", DocumentWriters.All.Select(w => w.Format)) + ".",
        HelpName = "FORMAT",
    };

    private readonly ChoiceOption<DocumentProfile?> _profile = new(
        "--profile",
        [],
        "The layout of a .docx: auto follows the document (dated before 05/3/2020: TT01, page number bottom right; Party heading: HD36; otherwise ND30).",
        "auto",
        ("auto", null),
        ("ND30", DocumentProfile.Nd30),
        ("TT01", DocumentProfile.Tt01),
        ("HD36", DocumentProfile.Hd36));

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
            _kind,
        };
        command.SetAction(parseResult => Execute(
            parseResult.GetValue(_kind) ?? string.Empty,
            parseResult.GetValue(_from) ?? string.Empty,
            parseResult.GetValue(_output) ?? string.Empty,
            parseResult.GetValue(_to),
            _profile.GetValue(parseResult),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Builds and writes the document.</summary>
    /// <returns>0 written; 1 the spec does not describe a valid document (each problem on standard error with its JSON
    /// path; nothing written); 2 usage or I/O error; 3 internal error.</returns>
    public int Execute(string kindName, string from, string output, string? to, DocumentProfile? profile, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (!DocumentSpec.TryParseKind(kindName, out var kind))
        {
            stderr.WriteLine($"admindocs: error: unknown kind '{kindName}'; use one of: {string.Join(", ", DocumentKindInfo.All.Select(k => k.CatalogName))}.");
            return ExitCodes.UsageOrIoError;
        }

        var writer = to is null ? DocumentWriters.ByPath(output) : DocumentWriters.ByFormat(to);
        if (writer is null)
        {
            var formats = string.Join(", ", DocumentWriters.All.Select(w => w.Format));
            stderr.WriteLine(to is null
                ? $"admindocs: error: '{output}': cannot tell the output format from the extension; use --to ({formats})."
                : $"admindocs: error: unknown output format '{to}'; use one of: {formats}.");
            return ExitCodes.UsageOrIoError;
        }

        AdminDocument document;
        try
        {
            if (from == "-")
            {
                using var input = (Stdin ?? Console.OpenStandardInput)();
                document = DocumentSpec.Parse(input, kind);
            }
            else
            {
                document = DocumentSpec.ParseFile(from, kind);
            }
        }
        catch (DocumentSpecException ex)
        {
            var name = from == "-" ? "<stdin>" : from;
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

        byte[] bytes;
        try
        {
            using var buffer = new MemoryStream();
            writer.Write(document, buffer, profile);
            bytes = buffer.ToArray();
        }
#pragma warning disable CA1031 // A writer bug must end in a clear message and exit code 3, not a crash.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"admindocs: internal error while writing '{output}' (please report it): {ex}");
            return ExitCodes.InternalError;
        }

        try
        {
            File.WriteAllBytes(output, bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"admindocs: error: '{output}': cannot write the file: {ex.Message}");
            return ExitCodes.UsageOrIoError;
        }

        stdout.WriteLine($"{output} ({writer.Format}, {DocumentKindInfo.Get(kind).CatalogName}, {(profile ?? Validator.ResolveProfile(document)).ToName()})");
        return ExitCodes.Success;
    }
}

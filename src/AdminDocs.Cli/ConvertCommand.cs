using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using AdminDocs.Docx;
using AdminDocs.Html;
using AdminDocs.Reading;
using AdminDocs.Text.Encodings;
using AdminDocs.Validation;
using AdminDocs.Writing;

namespace AdminDocs.Cli;

/// <summary>A format the tool writes: its name for <c>--to</c>, its extensions and how to write a model.</summary>
internal interface IDocumentWriter
{
    /// <summary>The name used with <c>--to</c> ("docx", "txt").</summary>
    string Format { get; }

    /// <summary>The output extensions that choose this writer, with the dot, lower case.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Writes the document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">The stream, left open.</param>
    /// <param name="profile">The profile to lay the document out by, or <see langword="null"/> for the document's own.</param>
    void Write(AdminDocument document, Stream output, DocumentProfile? profile);
}

/// <summary>The writers of the tool: one line per format.</summary>
internal static class DocumentWriters
{
    /// <summary>Every writer, in the order the help lists them.</summary>
    public static IReadOnlyList<IDocumentWriter> All { get; } = new IDocumentWriter[]
    {
        new DocxDocumentWriter(),
        new TextDocumentWriter(),
        new HtmlDocumentWriter(),
    };

    /// <summary>The writer named <paramref name="format"/> (case-insensitive), or <see langword="null"/>.</summary>
    public static IDocumentWriter? ByFormat(string format) =>
        All.FirstOrDefault(w => string.Equals(w.Format, format, StringComparison.OrdinalIgnoreCase));

    /// <summary>The writer for the extension of <paramref name="path"/>, or <see langword="null"/>.</summary>
    public static IDocumentWriter? ByPath(string path)
    {
        var ext = Path.GetExtension(path);
        return All.FirstOrDefault(w => w.Extensions.Contains(ext, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>A new <c>--to FORMAT</c> option listing the writers.</summary>
    /// <returns>The option.</returns>
    public static Option<string?> ToOption() => new("--to")
    {
        Description = "The output format whatever the extension: " + string.Join(", ", All.Select(w => w.Format)) + ".",
        HelpName = "FORMAT",
    };

    /// <summary>The writer <paramref name="to"/> names, or else the one for <paramref name="output"/>'s extension;
    /// <see langword="null"/> after saying why on <paramref name="stderr"/>.</summary>
    /// <param name="output">The output path.</param>
    /// <param name="to">The <c>--to</c> value, or <see langword="null"/>.</param>
    /// <param name="stderr">Where usage errors go.</param>
    /// <returns>The writer, or <see langword="null"/> (a usage error).</returns>
    public static IDocumentWriter? Choose(string output, string? to, TextWriter stderr)
    {
        var writer = to is null ? ByPath(output) : ByFormat(to);
        if (writer is null)
        {
            var formats = string.Join(", ", All.Select(w => w.Format));
            stderr.WriteLine(to is null
                ? $"admindocs: error: '{output}': cannot tell the output format from the extension; use --to ({formats})."
                : $"admindocs: error: unknown output format '{to}'; use one of: {formats}.");
        }

        return writer;
    }

    /// <summary>Writes <paramref name="document"/> to memory, then to <paramref name="output"/>, so that a failing
    /// writer leaves no half-written file.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="document">The document.</param>
    /// <param name="profile">The layout profile, or <see langword="null"/> for the document's own.</param>
    /// <param name="output">The file to write.</param>
    /// <param name="stderr">Where errors go.</param>
    /// <returns>0 written; 2 the file cannot be written; 3 the writer failed (a bug).</returns>
    public static int WriteFile(IDocumentWriter writer, AdminDocument document, DocumentProfile? profile, string output, TextWriter stderr)
    {
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

        return ExitCodes.Success;
    }

    private sealed class DocxDocumentWriter : IDocumentWriter
    {
        public string Format => "docx";

        public IReadOnlyList<string> Extensions { get; } = [".docx"];

        public void Write(AdminDocument document, Stream output, DocumentProfile? profile) =>
            DocxWriter.Write(document, output, new DocxWriterOptions { Profile = profile });
    }

    private sealed class TextDocumentWriter : IDocumentWriter
    {
        public string Format => "txt";

        public IReadOnlyList<string> Extensions { get; } = [".txt", ".text"];

        public void Write(AdminDocument document, Stream output, DocumentProfile? profile) => PlainTextWriter.Write(document, output);
    }

    private sealed class HtmlDocumentWriter : IDocumentWriter
    {
        private static readonly HtmlWriter Writer = new();

        public string Format => "html";

        public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

        // The stylesheet lays out every profile the same way (ND30); the profile only matters to the .docx writer.
        public void Write(AdminDocument document, Stream output, DocumentProfile? profile) => Writer.Write(document, output);
    }
}

/// <summary>
/// <c>admindocs convert IN OUT</c>: reads IN with the validator's readers (by extension), recognizes it (no rule runs
/// to get the model), and writes the model with the writer OUT's extension (or <c>--to</c>) chooses. Reader diagnostics and the text the
/// recognizer could not place (AD0004: it is written too, never dropped) are reported on standard error.
/// </summary>
internal sealed class ConvertCommand
{
    private readonly Validator _validator;

    // The reader's own rules (AD0001–AD0007): what convert reports about the input, never needed to get the model.
    private readonly Lazy<Validator> _readerRules;

    private readonly Argument<string> _input = new("input")
    {
        Description = "The document to read (.txt, .docx, .html, ...).",
    };

    private readonly Argument<string> _output = new("output")
    {
        Description = "The file to write; its extension chooses the format unless --to is given. It is overwritten.",
    };

    private readonly Option<string?> _to = DocumentWriters.ToOption();

    private readonly ChoiceOption<DocumentProfile?> _profile = CommonOptions.Profile(CommonOptions.LayoutProfileDescription);

    private readonly ChoiceOption<MessageLanguage> _language = CommonOptions.Language();

    private readonly Option<bool> _fixEncoding = new("--fix-encoding")
    {
        Description = "Convert text typed in a legacy Vietnamese encoding (TCVN3/ABC, VNI, VIQR, VISCII, windows-1258) to Unicode before recognizing it (.txt; in a .docx or .html, the text in .Vn*/VNI-* fonts). The encoding used, and why, is written on standard error.",
    };

    private readonly Option<bool> _detectViqr = new("--detect-viqr")
    {
        Description = "With --fix-encoding and --encoding auto on a .txt: take VIQR too when no line looks like TCVN3 or VNI (off by default: ordinary text can look like VIQR).",
    };

    private readonly ChoiceOption<LegacyEncoding?> _encoding = new(
        "--encoding",
        [],
        "With --fix-encoding: the legacy encoding of the input. auto takes the detector's verdict (TCVN3 or VNI, from the characters) and converts nothing when it has none; VIQR, VISCII and windows-1258 are never guessed.",
        "auto",
        ("auto", null),
        ("tcvn3", LegacyEncoding.Tcvn3),
        ("vni", LegacyEncoding.Vni),
        ("viqr", LegacyEncoding.Viqr),
        ("viscii", LegacyEncoding.Viscii),
        ("windows-1258", LegacyEncoding.Windows1258));

    /// <summary>Creates the command.</summary>
    /// <param name="validator">The validator whose readers read the input.</param>
    public ConvertCommand(Validator validator)
    {
        _validator = validator ?? throw new ArgumentNullException(nameof(validator));
        _readerRules = new Lazy<Validator>(() =>
        {
            var builder = new ValidatorBuilder();
            foreach (var rule in _validator.Rules.Where(r => r.Descriptor.Component == "reader"))
            {
                builder.AddRule(rule);
            }

            return builder.WithOptions(_validator.Options).Build();
        });
    }

    /// <summary>Builds the System.CommandLine command.</summary>
    /// <returns>The command.</returns>
    public Command CreateCommand()
    {
        var command = new Command("convert", "Convert a document between formats: a recognized document becomes a .docx laid out per Nghị định 30 (or TT01/HD36), semantic HTML with the official print layout, or plain text.")
        {
            _to,
            _profile.Option,
            _language.Option,
            _fixEncoding,
            _encoding.Option,
            _detectViqr,
            _input,
            _output,
        };
        command.SetAction(parseResult =>
        {
            if ((_encoding.IsGiven(parseResult) || parseResult.GetValue(_detectViqr)) && !parseResult.GetValue(_fixEncoding))
            {
                parseResult.InvocationConfiguration.Error.WriteLine("admindocs: error: --encoding and --detect-viqr are used with --fix-encoding.");
                return ExitCodes.UsageOrIoError;
            }

            return Execute(
                parseResult.GetValue(_input) ?? string.Empty,
                parseResult.GetValue(_output) ?? string.Empty,
                parseResult.GetValue(_to),
                _profile.GetValue(parseResult),
                _language.GetValue(parseResult),
                parseResult.InvocationConfiguration.Output,
                parseResult.InvocationConfiguration.Error,
                parseResult.GetValue(_fixEncoding),
                _encoding.GetValue(parseResult),
                parseResult.GetValue(_detectViqr));
        });
        return command;
    }

    /// <summary>Converts <paramref name="input"/> to <paramref name="output"/>.</summary>
    /// <param name="input">The input file.</param>
    /// <param name="output">The output file.</param>
    /// <param name="to">The <c>--to</c> format, or <see langword="null"/>.</param>
    /// <param name="profile">The layout profile, or <see langword="null"/>.</param>
    /// <param name="language">The language of the messages.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="fixEncoding">Convert legacy-encoded text to Unicode first (<c>--fix-encoding</c>).</param>
    /// <param name="encoding">The legacy encoding (<c>--encoding</c>), or <see langword="null"/> for the detector's verdict.</param>
    /// <param name="detectViqr">Let the detector take VIQR too (<c>--detect-viqr</c>).</param>
    /// <returns>0 written; 1 the input could not be read as a document (reader errors: nothing written);
    /// 2 usage or I/O error; 3 internal error.</returns>
    public int Execute(string input, string output, string? to, DocumentProfile? profile, MessageLanguage language, TextWriter stdout, TextWriter stderr, bool fixEncoding = false, LegacyEncoding? encoding = null, bool detectViqr = false)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (string.IsNullOrEmpty(input) || string.IsNullOrEmpty(output))
        {
            stderr.WriteLine("admindocs: error: convert needs an input and an output file.");
            return ExitCodes.UsageOrIoError;
        }

        var writer = DocumentWriters.Choose(output, to, stderr);
        if (writer is null)
        {
            return ExitCodes.UsageOrIoError;
        }

        if (!File.Exists(input))
        {
            stderr.WriteLine($"admindocs: error: '{input}': no such file.");
            return ExitCodes.UsageOrIoError;
        }

        if (_validator.FindReader(input) is null)
        {
            stderr.WriteLine($"admindocs: error: '{input}': cannot read this format; supported: {string.Join(", ", ValidateCommand.SupportedExtensions(_validator))}.");
            if (string.Equals(Path.GetExtension(input), ".doc", StringComparison.OrdinalIgnoreCase))
            {
                stderr.WriteLine($"admindocs: a Word 97–2003 .doc: open it in Word and save it as .docx, or run: soffice --headless --convert-to docx \"{input}\"");
            }

            return ExitCodes.UsageOrIoError;
        }

        try
        {
            if (string.Equals(Path.GetFullPath(input), Path.GetFullPath(output), StringComparison.Ordinal))
            {
                stderr.WriteLine($"admindocs: error: '{output}': the output would overwrite the input.");
                return ExitCodes.UsageOrIoError;
            }
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException or IOException)
        {
            stderr.WriteLine($"admindocs: error: invalid path: {ex.Message}");
            return ExitCodes.UsageOrIoError;
        }

        var isDocx = string.Equals(Path.GetExtension(input), ".docx", StringComparison.OrdinalIgnoreCase);
        var isHtml = Path.GetExtension(input).ToLowerInvariant() is ".html" or ".htm";
        if (fixEncoding && !IsTextFile(input) && !isDocx && !isHtml)
        {
            stderr.WriteLine($"admindocs: error: '{input}': --fix-encoding reads .txt, .docx and .html files.");
            return ExitCodes.UsageOrIoError;
        }

        if (fixEncoding && (isDocx || isHtml) && (encoding is not null || detectViqr))
        {
            stderr.WriteLine($"admindocs: error: '{input}': in a .docx or an .html the font of each run names its encoding (.Vn*: TCVN3, VNI-*: VNI); --encoding and --detect-viqr are for .txt files.");
            return ExitCodes.UsageOrIoError;
        }

        // The model is read and recognized only: no rule runs to get it.
        AdminDocument document;
        try
        {
            var converted = fixEncoding && !isDocx && !isHtml ? FixEncoding(input, encoding, detectViqr, stderr) : null;
            document = converted is null
                ? _validator.ReadFile(input)
                : Validator.Recognize(PlainTextReader.ReadText(converted, input, _validator.Options.Limits));
            if (fixEncoding && isDocx && !(document.Source?.Diagnostics.Any(d => d.Id is "AD0001" or "AD0002") ?? false))
            {
                // The package passed the reader's guards: its legacy-font runs are converted, then it is read again.
                using var docx = FixDocxFonts(input, stderr);
                if (docx is not null)
                {
                    document = _validator.Read(docx, input);
                }
            }

            if (fixEncoding && isHtml && !(document.Source?.Diagnostics.Any(d => d.Id is "AD0001" or "AD0002") ?? false))
            {
                using var html = FixHtmlFonts(input, stderr);
                if (html is not null)
                {
                    document = _validator.Read(html, input);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"admindocs: error: '{input}': cannot read the file: {ex.Message}");
            return ExitCodes.UsageOrIoError;
        }
#pragma warning disable CA1031 // A bug in a reader or the recognizer must end in a clear message and exit code 3, not a crash.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"admindocs: internal error while reading '{input}' (please report it): {ex}");
            return ExitCodes.InternalError;
        }

        // What the reader said (AD0001–AD0006) and what the recognizer could not place (AD0004): the text is kept.
        // Only the reader's rules run, on the model already read, to say so.
        var reading = _readerRules.Value.Validate(document).Diagnostics.Where(d => d.Id.StartsWith("AD000", StringComparison.Ordinal)).ToList();
        foreach (var d in reading)
        {
            stderr.WriteLine(TextReportWriter.FormatDiagnostic(input, d, language));
        }

        if (reading.Any(d => d.Severity == DiagnosticSeverity.Error && d.Id is "AD0001" or "AD0002"))
        {
            stderr.WriteLine($"admindocs: error: '{input}' could not be read as a document; nothing written.");
            return ExitCodes.ValidationFailed;
        }

        var written = DocumentWriters.WriteFile(writer, document, profile, output, stderr);
        if (written != ExitCodes.Success)
        {
            return written;
        }

        var unplaced = document.Unrecognized.Length;
        stdout.WriteLine($"{input} -> {output} ({writer.Format}, {document.Kind}, {Validator.ResolveProfile(document).ToName()}"
            + (unplaced > 0 ? $", {unplaced} unrecognized block(s) kept" : string.Empty) + ")");
        return ExitCodes.Success;
    }

    private static bool IsTextFile(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".txt" or ".text";

    /// <summary>The text of <paramref name="input"/> converted from its legacy encoding, with the encoding and the
    /// evidence stated on <paramref name="stderr"/>; <see langword="null"/> when nothing is converted (auto found no
    /// legacy encoding), so that the file is read as usual.</summary>
    private string? FixEncoding(string input, LegacyEncoding? encoding, bool detectViqr, TextWriter stderr)
    {
        var bytes = File.ReadAllBytes(input);
        if (bytes.Length > _validator.Options.Limits.MaxInputBytes)
        {
            // Too large: the reader says so (AD0002).
            return null;
        }

        // Legacy text saved as UTF-8 (typed in a legacy font, then copied) is converted as its characters; a file
        // of legacy bytes (not UTF-8) is converted byte by byte.
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        string? utf8;
        try
        {
            utf8 = new System.Text.UTF8Encoding(false, true).GetString(bytes, start, bytes.Length - start);
        }
        catch (System.Text.DecoderFallbackException)
        {
            utf8 = null;
        }

        var asText = utf8 ?? System.Text.Encoding.Latin1.GetString(bytes);
        var reading = utf8 is null ? "the file is not UTF-8: read byte by byte" : "the file is UTF-8: its characters are converted";
        if (encoding is null)
        {
            var evidence = VietnameseEncodings.Detect(asText, detectViqr);
            if (evidence is null)
            {
                stderr.WriteLine($"admindocs: '{input}': --fix-encoding: no legacy encoding detected (no line looks like TCVN3 or VNI{(detectViqr ? " or VIQR" : string.Empty)}, or as many look like TCVN3 as VNI); nothing converted. Name the encoding with --encoding tcvn3|vni|viqr|viscii|windows-1258.");
                return null;
            }

            var against = evidence.Encoding == LegacyEncoding.Viqr
                ? "none looks like TCVN3 or VNI, --detect-viqr"
                : $"{evidence.OtherLineCount} like {Name(evidence.Encoding == LegacyEncoding.Tcvn3 ? LegacyEncoding.Vni : LegacyEncoding.Tcvn3)}";
            stderr.WriteLine($"admindocs: '{input}': converting from {Name(evidence.Encoding)} (detected: {evidence.LineCount} line(s) look like {Name(evidence.Encoding)}, {against}; first at line {evidence.FirstLine}: \"{evidence.Sample}\"; {reading}).");
            encoding = evidence.Encoding;
        }
        else
        {
            stderr.WriteLine($"admindocs: '{input}': converting from {Name(encoding.Value)} (--encoding; {reading}).");
        }

        return VietnameseEncodings.ToUnicode(asText, encoding.Value);
    }

    /// <summary>The .docx with its legacy-font runs converted, what was converted stated on
    /// <paramref name="stderr"/>; <see langword="null"/> when nothing was.</summary>
    private static MemoryStream? FixDocxFonts(string input, TextWriter stderr)
    {
        var output = new MemoryStream();
        AdminDocs.Docx.DocxLegacyFontConversion conversion;
        try
        {
            using var file = File.OpenRead(input);
            conversion = AdminDocs.Docx.DocxLegacyFonts.Convert(file, output);
        }
        catch (Exception ex) when (ex is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException or System.Xml.XmlException)
        {
            stderr.WriteLine($"admindocs: '{input}': --fix-encoding: the package could not be rewritten ({ex.Message}); nothing converted.");
            output.Dispose();
            return null;
        }

        var left = conversion.UnicodeRunsLeft > 0
            ? $"; {conversion.UnicodeRunsLeft} run(s) in a legacy font whose text is already Unicode (or reads the same either way) left as they are"
            : string.Empty;
        if (!conversion.Changed)
        {
            stderr.WriteLine($"admindocs: '{input}': --fix-encoding: no run in a .Vn* (TCVN3) or VNI-* (VNI) font holds legacy characters; nothing converted{left}.");
            output.Dispose();
            return null;
        }

        stderr.WriteLine($"admindocs: '{input}': converted {conversion.Tcvn3Runs} run(s) in .Vn* fonts from TCVN3 (ABC) and {conversion.VniRuns} in VNI-* fonts from VNI to Unicode, font Times New Roman (the font of each run names its encoding; its characters confirm it){left}.");
        output.Position = 0;
        return output;
    }

    /// <summary>The .html with its legacy-font text converted, what was converted stated on
    /// <paramref name="stderr"/>; <see langword="null"/> when nothing was.</summary>
    private static MemoryStream? FixHtmlFonts(string input, TextWriter stderr)
    {
        var output = new MemoryStream();
        HtmlLegacyFontConversion conversion;
        try
        {
            using var file = File.OpenRead(input);
            conversion = HtmlLegacyFonts.Convert(file, output);
        }
        catch (InvalidDataException ex)
        {
            stderr.WriteLine($"admindocs: '{input}': --fix-encoding: {ex.Message}; nothing converted.");
            output.Dispose();
            return null;
        }

        var left = conversion.UnicodeTextsLeft > 0
            ? $"; {conversion.UnicodeTextsLeft} text(s) in a legacy font already Unicode (or reading the same either way) left as they are"
            : string.Empty;
        if (!conversion.Changed)
        {
            stderr.WriteLine($"admindocs: '{input}': --fix-encoding: no text in a .Vn* (TCVN3) or VNI-* (VNI) font holds legacy characters; nothing converted{left}.");
            output.Dispose();
            return null;
        }

        stderr.WriteLine($"admindocs: '{input}': converted {conversion.Tcvn3Texts} text(s) in .Vn* fonts from TCVN3 (ABC) and {conversion.VniTexts} in VNI-* fonts from VNI to Unicode, {conversion.FontDeclarations} font declaration(s) set to Times New Roman (the font names the encoding; the characters confirm it){left}.");
        output.Position = 0;
        return output;
    }

    private static string Name(LegacyEncoding encoding) => encoding switch
    {
        LegacyEncoding.Tcvn3 => "TCVN3 (ABC)",
        LegacyEncoding.Vni => "VNI",
        LegacyEncoding.Viqr => "VIQR",
        LegacyEncoding.Viscii => "VISCII",
        _ => "windows-1258",
    };
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using AdminDocs.Docx.Package;
using AdminDocs.Docx.Reading;
using AdminDocs.Reading;
using AdminDocs.Sources;
using AdminDocs.Validation;

namespace AdminDocs.Docx;

/// <summary>
/// Reads WordprocessingML documents (.docx, .docm; macros are never run or read) into a <see cref="SourceDocument"/>:
/// one block per printed line in reading order (body paragraphs, table cells, text boxes, then page headers and
/// footers), formatting resolved as Word resolves it (styles, theme fonts, numbering labels), page setup per section,
/// PAGE fields, images and drawn lines. Tracked changes are read as accepted and reported (AD0007); legacy
/// Vietnamese fonts are reported (AD0003). A file that cannot be read gives AD0001, a limit AD0002; the reader
/// throws only for null arguments, I/O errors and cancellation. Stateless and thread-safe.
/// </summary>
public sealed class DocxReader : IDocumentReader
{
    /// <inheritdoc/>
    public string Format => DocxFormat.Name;

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = DocxFormat.Extensions;

    /// <inheritdoc/>
    public SourceDocument Read(Stream stream, string? path, ReaderLimits limits, CancellationToken cancellationToken)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        limits ??= ReaderLimits.Default;
        cancellationToken.ThrowIfCancellationRequested();
        var empty = new SourceDocument(DocxFormat.Name, ImmutableArray<SourceBlock>.Empty) { Path = path, Facts = SourceFacts.Layout | SourceFacts.Page };
        if (!DocxPackageGuard.TryOpen(stream, path, limits, cancellationToken, out var document, out var guardDiagnostics) || document is null)
        {
            return empty with { Diagnostics = guardDiagnostics.IsDefault ? ImmutableArray<Diagnostic>.Empty : guardDiagnostics };
        }

        using (document)
        {
            try
            {
                var main = document.MainDocumentPart;
                if (main is null)
                {
                    return empty with { Diagnostics = Concat(guardDiagnostics, ReaderDiagnostics.Create("AD0001", "malformed-xml", null, "word/document.xml is missing")) };
                }

                var source = new DocxFlattener(document, main, limits, cancellationToken).Read(path);
                source = source with { Diagnostics = source.Diagnostics.AddRange(LegacyEncodingScan.Diagnose(source.Blocks)) };
                return guardDiagnostics.IsDefaultOrEmpty ? source : source with { Diagnostics = guardDiagnostics.AddRange(source.Diagnostics) };
            }
            catch (OperationCanceledException)
            {
                throw;
            }
#pragma warning disable CA1031 // A damaged package must give a diagnostic, never an exception (the reader contract).
            catch (Exception ex)
#pragma warning restore CA1031
            {
                return empty with { Diagnostics = Concat(guardDiagnostics, ReaderDiagnostics.Create("AD0001", "malformed-xml", null, ex.GetType().Name + ": " + ex.Message)) };
            }
        }
    }

    private static ImmutableArray<Diagnostic> Concat(ImmutableArray<Diagnostic> first, Diagnostic d) =>
        (first.IsDefault ? ImmutableArray<Diagnostic>.Empty : first).Add(d);
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using AdminDocs.Sources;
using AdminDocs.Validation;

namespace AdminDocs.Reading;

/// <summary>
/// Reads plain text: UTF-8 with or without a byte-order mark (UTF-16 with a BOM too), LF, CRLF or CR line ends.
/// Each non-blank line becomes one block, normalized to NFC. Inline Markdown emphasis that real exports carry
/// (<c>**bold**</c>, <c>*italic*</c>, <c>_italic_</c>, even across the lines of one paragraph) is removed from the
/// text and kept as run formatting; nothing else is interpreted (<c>-------</c> or <c>***</c> stay text). A text
/// source supplies no layout facts. Never guesses an encoding: bytes that are not UTF-8 give AD0001, text typed in
/// a legacy Vietnamese font encoding (TCVN3, VNI) gives AD0003.
/// </summary>
public sealed class PlainTextReader : IDocumentReader
{
    /// <inheritdoc/>
    public string Format => "text";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = new[] { ".txt", ".text" };

    /// <inheritdoc/>
    public SourceDocument Read(Stream stream, string? path, ReaderLimits limits, CancellationToken cancellationToken)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        limits ??= ReaderLimits.Default;
        var empty = new SourceDocument("text", ImmutableArray<SourceBlock>.Empty) { Path = path };
        if (stream.CanSeek && stream.Length - stream.Position > limits.MaxInputBytes)
        {
            return empty with { Diagnostics = ImmutableArray.Create(Limit("file-too-large", (stream.Length - stream.Position).ToString(CultureInfo.InvariantCulture), limits.MaxInputBytes.ToString(CultureInfo.InvariantCulture))) };
        }

        var bytes = ReadBounded(stream, limits.MaxInputBytes, cancellationToken, out var tooLarge);
        if (tooLarge)
        {
            return empty with { Diagnostics = ImmutableArray.Create(Limit("file-too-large", "> " + limits.MaxInputBytes.ToString(CultureInfo.InvariantCulture), limits.MaxInputBytes.ToString(CultureInfo.InvariantCulture))) };
        }

        var decoded = Decode(bytes, out var problem);
        if (decoded is null)
        {
            return empty with { Diagnostics = ImmutableArray.Create(problem!) };
        }

        if (Text.VietnameseText.NonCharacterIndex(decoded) is var bad and >= 0)
        {
            // U+FFFE is a byte-order mark read in the wrong byte order: text of two encodings run together. Reading on
            // would be guessing.
            return empty with { Diagnostics = ImmutableArray.Create(ReaderDiagnostics.Create("AD0001", "noncharacter", null, bad.ToString(CultureInfo.InvariantCulture))) };
        }

        return Parse(decoded, path, limits, cancellationToken);
    }

    /// <summary>Reads text that is already decoded.</summary>
    /// <param name="text">The text.</param>
    /// <param name="path">The file name for locations, or <see langword="null"/>.</param>
    /// <param name="limits">The limits, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The source document.</returns>
    public static SourceDocument ReadText(string text, string? path = null, ReaderLimits? limits = null, CancellationToken cancellationToken = default)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return Parse(text, path, limits ?? ReaderLimits.Default, cancellationToken);
    }

    private static Diagnostic Limit(string variant, params string[] args) => ReaderDiagnostics.Create("AD0002", variant, null, args);

    private static byte[] ReadBounded(Stream stream, long max, CancellationToken cancellationToken, out bool tooLarge)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (buffer.Length + n > max)
            {
                tooLarge = true;
                return Array.Empty<byte>();
            }

            buffer.Write(chunk, 0, n);
        }

        tooLarge = false;
        return buffer.ToArray();
    }

    private static string? Decode(byte[] bytes, out Diagnostic? problem)
    {
        problem = null;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return DecodeStrict(new UnicodeEncoding(false, true, true), bytes, 2, out problem);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return DecodeStrict(new UnicodeEncoding(true, true, true), bytes, 2, out problem);
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var nul = Array.IndexOf(bytes, (byte)0, start);
        if (nul >= 0)
        {
            problem = ReaderDiagnostics.Create("AD0001", "binary", null, nul.ToString(CultureInfo.InvariantCulture));
            return null;
        }

        return DecodeStrict(new UTF8Encoding(false, true), bytes, start, out problem);
    }

    private static string? DecodeStrict(Encoding encoding, byte[] bytes, int start, out Diagnostic? problem)
    {
        problem = null;
        try
        {
            return encoding.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = ex.Index >= 0 ? ex.Index + start : FirstInvalidUtf8(bytes, start);
            problem = ReaderDiagnostics.Create("AD0001", "invalid-utf8", null, offset.ToString(CultureInfo.InvariantCulture));
            return null;
        }
    }

    private static int FirstInvalidUtf8(byte[] bytes, int start)
    {
        var decoder = new UTF8Encoding(false, true);
        for (var end = start + 1; end <= bytes.Length; end++)
        {
            try
            {
                decoder.GetCharCount(bytes, start, end - start);
            }
            catch (DecoderFallbackException)
            {
                return end - 1;
            }
        }

        return start;
    }

    private static SourceDocument Parse(string text, string? path, ReaderLimits limits, CancellationToken cancellationToken)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var lines = SplitLines(text);
        var blocks = ImmutableArray.CreateBuilder<SourceBlock>();
        var nonNfcLines = 0;
        SourceLocation? firstNonNfc = null;
        var legacy = new LegacyEncodingScan();

        // Group consecutive non-blank lines into paragraphs: Markdown emphasis never crosses a blank line.
        var paragraph = new List<(int LineNumber, string Text)>();
        var blankBefore = 0;
        var pendingBlank = 0;
        var stopped = false;

        void Flush()
        {
            if (paragraph.Count == 0)
            {
                return;
            }

            foreach (var block in EmphasisParser.Build(paragraph, blocks.Count, pendingBlank))
            {
                if (blocks.Count >= limits.MaxBlocks)
                {
                    diagnostics.Add(Limit("too-many-blocks", limits.MaxBlocks.ToString(CultureInfo.InvariantCulture), block.Location.Line?.ToString(CultureInfo.InvariantCulture) ?? "?"));
                    stopped = true;
                    break;
                }

                blocks.Add(block);
            }

            paragraph.Clear();
        }

        for (var i = 0; i < lines.Count && !stopped; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var raw = lines[i];
            var lineNumber = i + 1;
            if (raw.Length > limits.MaxBlockLength)
            {
                diagnostics.Add(Limit("line-too-long", lineNumber.ToString(CultureInfo.InvariantCulture), raw.Length.ToString(CultureInfo.InvariantCulture), limits.MaxBlockLength.ToString(CultureInfo.InvariantCulture)));
                raw = raw.Substring(0, limits.MaxBlockLength);
            }

            var nfc = Text.VietnameseText.Nfc(raw);
            if (!ReferenceEquals(nfc, raw))
            {
                nonNfcLines++;
                firstNonNfc ??= SourceLocation.AtLine(lineNumber);
                raw = nfc;
            }

            if (IsBlank(raw))
            {
                Flush();
                blankBefore++;
                continue;
            }

            if (paragraph.Count == 0)
            {
                pendingBlank = blankBefore;
            }

            blankBefore = 0;
            legacy.Add(SourceLocation.AtLine(lineNumber), "L" + lineNumber.ToString(CultureInfo.InvariantCulture), [(raw, null)]);

            paragraph.Add((lineNumber, raw));
        }

        if (!stopped)
        {
            Flush();
        }

        diagnostics.AddRange(legacy.Diagnostics(lines: true));
        if (nonNfcLines > 0)
        {
            diagnostics.Add(ReaderDiagnostics.Create("AD0006", null, firstNonNfc, nonNfcLines.ToString(CultureInfo.InvariantCulture)));
        }

        return new SourceDocument("text", blocks.ToImmutable())
        {
            Path = path,
            Facts = SourceFacts.Text,
            Diagnostics = diagnostics.ToImmutable(),
        };
    }

    private static bool IsBlank(string s)
    {
        foreach (var ch in s)
        {
            if (!char.IsWhiteSpace(ch) && ch != '\uFEFF')
            {
                return false;
            }
        }

        return true;
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == '\n' || ch == '\r')
            {
                lines.Add(text.Substring(start, i - start));
                if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text.Substring(start));
        }

        return lines;
    }
}

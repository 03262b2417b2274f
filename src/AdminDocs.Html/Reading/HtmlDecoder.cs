using System;
using System.Globalization;
using System.Text;
using AdminDocs.Validation;

namespace AdminDocs.Html.Reading;

/// <summary>
/// Turns the bytes of a page into text the way the page says, never by guessing: a byte-order mark, else the
/// charset a <c>&lt;meta&gt;</c> declares in the first 1024 bytes, else UTF-8. Windows-1252 and ISO-8859-1 (Word's
/// "Web Page, Filtered" default, with Vietnamese letters as character references) are decoded; legacy Vietnamese
/// code pages (Windows-1258, TCVN3, VNI, VISCII) and bytes that are not valid UTF-8 give AD0001 with the fix.
/// </summary>
internal static class HtmlDecoder
{
    // Windows-1252 differs from ISO-8859-1 only in 0x80-0x9F.
    private const string Cp1252High = "€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ";

    public static string? Decode(byte[] bytes, out Diagnostic? problem, out string encodingName)
    {
        problem = null;
        encodingName = "utf-8";
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return Strict(new UTF8Encoding(false, true), bytes, 3, out problem);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            encodingName = "utf-16le";
            return Strict(new UnicodeEncoding(false, false, true), bytes, 2, out problem);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            encodingName = "utf-16be";
            return Strict(new UnicodeEncoding(true, false, true), bytes, 2, out problem);
        }

        var nul = Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, 8192));
        if (nul >= 0)
        {
            problem = ReaderDiagnostics.Create("AD0001", "binary", null, nul.ToString(CultureInfo.InvariantCulture));
            return null;
        }

        var declared = DeclaredCharset(bytes);
        encodingName = declared ?? "utf-8";
        switch (declared)
        {
            case null:
            case "utf-8":
            case "utf8":
            case "unicode-1-1-utf-8":
            case "utf-16":
            case "utf-16le":
            case "utf-16be":
                // A page in UTF-16 carries a BOM; a UTF-16 label on a byte stream without one is read as UTF-8, as browsers do.
                return Strict(new UTF8Encoding(false, true), bytes, 0, out problem);
            case "windows-1252":
            case "cp1252":
            case "iso-8859-1":
            case "iso8859-1":
            case "latin1":
            case "l1":
            case "us-ascii":
            case "ascii":
                return Windows1252(bytes);
            default:
                problem = ReaderDiagnostics.Create("AD0001", "unsupported-charset", null, declared);
                return null;
        }
    }

    private static string? Strict(Encoding encoding, byte[] bytes, int start, out Diagnostic? problem)
    {
        problem = null;
        try
        {
            return encoding.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = ex.Index >= 0 ? ex.Index + start : start;
            problem = ReaderDiagnostics.Create("AD0001", "invalid-utf8", null, offset.ToString(CultureInfo.InvariantCulture));
            return null;
        }
    }

    private static string Windows1252(byte[] bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            chars[i] = b is >= 0x80 and <= 0x9F ? Cp1252High[b - 0x80] : (char)b;
        }

        return new string(chars);
    }

    /// <summary>The charset label of a <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> content type in the first 1024 bytes.</summary>
    internal static string? DeclaredCharset(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 1024)).ToLowerInvariant();
        var at = 0;
        while ((at = head.IndexOf("<meta", at, StringComparison.Ordinal)) >= 0)
        {
            var end = head.IndexOf('>', at);
            if (end < 0)
            {
                break;
            }

            var tag = head.Substring(at, end - at);
            var cs = tag.IndexOf("charset", StringComparison.Ordinal);
            if (cs >= 0)
            {
                var k = cs + 7;
                while (k < tag.Length && (tag[k] == ' ' || tag[k] == '='))
                {
                    k++;
                }

                while (k < tag.Length && (tag[k] == '"' || tag[k] == '\''))
                {
                    k++;
                }

                var start = k;
                while (k < tag.Length && (char.IsLetterOrDigit(tag[k]) || tag[k] is '-' or '_' or '.' or ':'))
                {
                    k++;
                }

                if (k > start)
                {
                    return tag.Substring(start, k - start);
                }
            }

            at = end;
        }

        return null;
    }
}

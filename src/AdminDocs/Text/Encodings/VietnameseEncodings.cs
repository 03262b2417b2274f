using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using AdminDocs.Decree;

namespace AdminDocs.Text.Encodings;

/// <summary>
/// Converts text typed in a legacy Vietnamese encoding (TCVN3, VNI, VIQR, VISCII, windows-1258) to Unicode NFC and
/// back. Legacy text usually reaches a program as the Latin-1 (or windows-1252) reading of its bytes, e.g. the TCVN3
/// "Céng hoµ" for "Cộng hoà": <see cref="ToUnicode(string, LegacyEncoding)"/> takes that reading,
/// <see cref="Decode(byte[], LegacyEncoding)"/> takes the bytes of a file. Nothing here guesses an encoding: the
/// caller names it (see <see cref="Detect(string)"/> for the evidence a text gives).
/// </summary>
public static class VietnameseEncodings
{
    // The twelve vowels and the six tones (none, sắc, huyền, hỏi, ngã, nặng) every table below is ordered by.
    private const string Vowels = "aăâeêioôơuưy";
    private static readonly string[] ToneMarks = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];

    // TCVN3 (TCVN 5712:1993 VN3) byte values, six per vowel in the order above, then đ, then the seven capitals
    // the lower-case fonts have (Ă Â Ê Ô Ơ Ư Đ). Source: TCVN 5712 as glibc's TCVN5712-1 charmap gives it.
    private static readonly string Tcvn3Vowels =
        "\u0061\u00B8\u00B5\u00B6\u00B7\u00B9" + // a
        "\u00A8\u00BE\u00BB\u00BC\u00BD\u00C6" + // ă
        "\u00A9\u00CA\u00C7\u00C8\u00C9\u00CB" + // â
        "\u0065\u00D0\u00CC\u00CE\u00CF\u00D1" + // e
        "\u00AA\u00D5\u00D2\u00D3\u00D4\u00D6" + // ê
        "\u0069\u00DD\u00D7\u00D8\u00DC\u00DE" + // i
        "\u006F\u00E3\u00DF\u00E1\u00E2\u00E4" + // o
        "\u00AB\u00E8\u00E5\u00E6\u00E7\u00E9" + // ô
        "\u00AC\u00ED\u00EA\u00EB\u00EC\u00EE" + // ơ
        "\u0075\u00F3\u00EF\u00F1\u00F2\u00F4" + // u
        "\u00AD\u00F8\u00F5\u00F6\u00F7\u00F9" + // ư
        "\u0079\u00FD\u00FA\u00FB\u00FC\u00FE";  // y
    private const char Tcvn3LowerD = '\u00AE';
    private const string Tcvn3Capitals = "\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7";
    private const string Tcvn3CapitalLetters = "ĂÂÊÔƠƯĐ";

    // VNI for Windows: the lower-case sequence of each vowel with each tone (same order), space-separated; a capital
    // is the upper-case of the same sequence (Ấ = "AÁ", Ỉ = "Æ"). đ is "ñ", Đ is "Ñ".
    private const string VniVowels =
        "a a\u00F9 a\u00F8 a\u00FB a\u00F5 a\u00EF " + // a
        "a\u00EA a\u00E9 a\u00E8 a\u00FA a\u00FC a\u00EB " + // ă
        "a\u00E2 a\u00E1 a\u00E0 a\u00E5 a\u00E3 a\u00E4 " + // â
        "e e\u00F9 e\u00F8 e\u00FB e\u00F5 e\u00EF " + // e
        "e\u00E2 e\u00E1 e\u00E0 e\u00E5 e\u00E3 e\u00E4 " + // ê
        "i \u00ED \u00EC \u00E6 \u00F3 \u00F2 " + // i
        "o o\u00F9 o\u00F8 o\u00FB o\u00F5 o\u00EF " + // o
        "o\u00E2 o\u00E1 o\u00E0 o\u00E5 o\u00E3 o\u00E4 " + // ô
        "\u00F4 \u00F4\u00F9 \u00F4\u00F8 \u00F4\u00FB \u00F4\u00F5 \u00F4\u00EF " + // ơ
        "u u\u00F9 u\u00F8 u\u00FB u\u00F5 u\u00EF " + // u
        "\u00F6 \u00F6\u00F9 \u00F6\u00F8 \u00F6\u00FB \u00F6\u00F5 \u00F6\u00EF " + // ư
        "y y\u00F9 y\u00F8 y\u00FB y\u00F5 \u00EE"; // y
    private const string VniLowerD = "\u00F1";

    // VISCII 1.1 (RFC 1456): bytes 0x80–0xFF; below 0x80 it is ASCII except six C0 positions.
    private static readonly string VisciiHigh =
        "\u1EA0\u1EAE\u1EB0\u1EB6\u1EA4\u1EA6\u1EA8\u1EAC\u1EBC\u1EB8\u1EBE\u1EC0\u1EC2\u1EC4\u1EC6\u1ED0" +
        "\u1ED2\u1ED4\u1ED6\u1ED8\u1EE2\u1EDA\u1EDC\u1EDE\u1ECA\u1ECE\u1ECC\u1EC8\u1EE6\u0168\u1EE4\u1EF2" +
        "\u00D5\u1EAF\u1EB1\u1EB7\u1EA5\u1EA7\u1EA9\u1EAD\u1EBD\u1EB9\u1EBF\u1EC1\u1EC3\u1EC5\u1EC7\u1ED1" +
        "\u1ED3\u1ED5\u1ED7\u1EE0\u01A0\u1ED9\u1EDD\u1EDF\u1ECB\u1EF0\u1EE8\u1EEA\u1EEC\u01A1\u1EDB\u01AF" +
        "\u00C0\u00C1\u00C2\u00C3\u1EA2\u0102\u1EB3\u1EB5\u00C8\u00C9\u00CA\u1EBA\u00CC\u00CD\u0128\u1EF3" +
        "\u0110\u1EE9\u00D2\u00D3\u00D4\u1EA1\u1EF7\u1EEB\u1EED\u00D9\u00DA\u1EF9\u1EF5\u00DD\u1EE1\u01B0" +
        "\u00E0\u00E1\u00E2\u00E3\u1EA3\u0103\u1EEF\u1EAB\u00E8\u00E9\u00EA\u1EBB\u00EC\u00ED\u0129\u1EC9" +
        "\u0111\u1EF1\u00F2\u00F3\u00F4\u00F5\u1ECF\u1ECD\u1EE5\u00F9\u00FA\u0169\u1EE7\u00FD\u1EE3\u1EEE";
    private static readonly (byte Byte, char Letter)[] VisciiLow =
        [(0x02, '\u1EB2'), (0x05, '\u1EB4'), (0x06, '\u1EAA'), (0x14, '\u1EF6'), (0x19, '\u1EF8'), (0x1E, '\u1EF4')];

    // windows-1258: bytes 0x80–0xFF (undefined bytes kept as the C1 control of the same value, as Windows does).
    private static readonly string Windows1258High =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u008A\u2039\u0152\u008D\u008E\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u009A\u203A\u0153\u009D\u009E\u0178" +
        "\u00A0\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7\u00A8\u00A9\u00AA\u00AB\u00AC\u00AD\u00AE\u00AF" +
        "\u00B0\u00B1\u00B2\u00B3\u00B4\u00B5\u00B6\u00B7\u00B8\u00B9\u00BA\u00BB\u00BC\u00BD\u00BE\u00BF" +
        "\u00C0\u00C1\u00C2\u0102\u00C4\u00C5\u00C6\u00C7\u00C8\u00C9\u00CA\u00CB\u0300\u00CD\u00CE\u00CF" +
        "\u0110\u00D1\u0309\u00D3\u00D4\u01A0\u00D6\u00D7\u00D8\u00D9\u00DA\u00DB\u00DC\u01AF\u0303\u00DF" +
        "\u00E0\u00E1\u00E2\u0103\u00E4\u00E5\u00E6\u00E7\u00E8\u00E9\u00EA\u00EB\u0301\u00ED\u00EE\u00EF" +
        "\u0111\u00F1\u0323\u00F3\u00F4\u01A1\u00F6\u00F7\u00F8\u00F9\u00FA\u00FB\u00FC\u01B0\u20AB\u00FF";

    // windows-1252 characters for bytes 0x80–0x9F: how Word and browsers show those bytes in a legacy font.
    private const string Cp1252C1 =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    private const string ViqrMarks = "(^+'`?~.";

    private static readonly Dictionary<char, string> Tcvn3Decode = new();
    private static readonly Dictionary<string, string> Tcvn3Encode = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, string> VniDecode = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, string> VniEncode = new(StringComparer.Ordinal);
    private static readonly Dictionary<char, byte> VisciiEncode = new();
    private static readonly Dictionary<char, byte> Windows1258Encode = new();

    static VietnameseEncodings()
    {
        var vni = VniVowels.Split(' ');
        for (var v = 0; v < Vowels.Length; v++)
        {
            for (var t = 0; t < ToneMarks.Length; t++)
            {
                var lower = Letter(v, t);
                var upper = lower.ToUpperInvariant();
                var tcvn = Tcvn3Vowels[(v * ToneMarks.Length) + t];
                Tcvn3Decode[tcvn] = lower;
                Tcvn3Encode[lower] = tcvn.ToString();
                var sequence = vni[(v * ToneMarks.Length) + t];
                VniDecode[sequence] = lower;
                VniDecode[sequence.ToUpperInvariant()] = upper;
                VniEncode[lower] = sequence;
                VniEncode[upper] = sequence.ToUpperInvariant();
            }
        }

        Tcvn3Decode[Tcvn3LowerD] = "đ";
        Tcvn3Encode["đ"] = Tcvn3LowerD.ToString();
        for (var i = 0; i < Tcvn3Capitals.Length; i++)
        {
            Tcvn3Decode[Tcvn3Capitals[i]] = Tcvn3CapitalLetters[i].ToString();
            Tcvn3Encode[Tcvn3CapitalLetters[i].ToString()] = Tcvn3Capitals[i].ToString();
        }

        VniDecode[VniLowerD] = "đ";
        VniDecode[VniLowerD.ToUpperInvariant()] = "Đ";
        VniEncode["đ"] = VniLowerD;
        VniEncode["Đ"] = VniLowerD.ToUpperInvariant();

        for (var b = 0; b < 256; b++)
        {
            VisciiEncode[VisciiChar((byte)b)] = (byte)b;
            var w = Windows1258Char((byte)b);
            if (!Windows1258Encode.ContainsKey(w))
            {
                Windows1258Encode[w] = (byte)b;
            }
        }
    }

    /// <summary>Every Vietnamese letter with every tone, lower case then upper case, in NFC: the 12 vowels × 6 tones
    /// and đ (146 letters).</summary>
    public static IReadOnlyList<string> AllLetters { get; } = BuildAllLetters();

    /// <summary>Converts legacy-encoded text to Unicode NFC.</summary>
    /// <param name="text">The legacy text: each character stands for the byte of the same value (its Latin-1
    /// reading) or is the windows-1252 character of a byte 0x80–0x9F; characters that are no byte are kept.</param>
    /// <param name="encoding">The encoding the text was typed in.</param>
    /// <returns>The Unicode text, NFC. Pure ASCII text comes back unchanged for every encoding except
    /// <see cref="LegacyEncoding.Viqr"/> (where ASCII punctuation after a vowel is a tone) and
    /// <see cref="LegacyEncoding.Viscii"/> (where six C0 control characters are letters).</returns>
    public static string ToUnicode(string text, LegacyEncoding encoding) => ToUnicode(text, encoding, capitalFont: false);

    /// <summary>Converts legacy-encoded text to Unicode NFC, knowing whether a TCVN3 run is set in a capital
    /// (<c>H</c>) font such as <c>.VnTimeH</c>, where every letter shows as a capital.</summary>
    /// <param name="text">The legacy text (see <see cref="ToUnicode(string, LegacyEncoding)"/>).</param>
    /// <param name="encoding">The encoding.</param>
    /// <param name="capitalFont"><see langword="true"/> when the text is set in a TCVN3 capital font (see
    /// <see cref="IsCapitalFont(string)"/>): the letters become capitals. Ignored for the other encodings.</param>
    /// <returns>The Unicode text, NFC.</returns>
    public static string ToUnicode(string text, LegacyEncoding encoding, bool capitalFont)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var result = encoding switch
        {
            LegacyEncoding.Tcvn3 => MapChars(text, c => Tcvn3Decode.TryGetValue(c, out var s) ? s : null),
            LegacyEncoding.Vni => DecodeVni(text),
            LegacyEncoding.Viqr => DecodeViqr(text),
            LegacyEncoding.Viscii => MapChars(text, c => AsByte(c) is { } b ? VisciiChar(b).ToString() : null),
            LegacyEncoding.Windows1258 => MapChars(text, c => AsByte(c) is { } b ? Windows1258Char(b).ToString() : null),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Unknown legacy encoding."),
        };
        if (capitalFont && encoding == LegacyEncoding.Tcvn3)
        {
            result = result.ToUpperInvariant();
        }

        return VietnameseText.Nfc(result);
    }

    /// <summary>Decodes the bytes of a legacy-encoded file to Unicode NFC.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="encoding">The encoding they are in.</param>
    /// <returns>The Unicode text, NFC.</returns>
    public static string Decode(byte[] bytes, LegacyEncoding encoding)
    {
        if (bytes is null)
        {
            throw new ArgumentNullException(nameof(bytes));
        }

        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[i] = (char)bytes[i];
        }

        return ToUnicode(new string(chars), encoding);
    }

    /// <summary>Converts Unicode text to a legacy encoding (for round trips and tests): the result's characters are
    /// the Latin-1 reading of the legacy bytes (VIQR: ASCII).</summary>
    /// <param name="text">The Unicode text.</param>
    /// <param name="encoding">The encoding.</param>
    /// <returns>The legacy text.</returns>
    /// <exception cref="ArgumentException">A character the encoding cannot represent (for TCVN3, a capital with a
    /// tone: use the capital-font overload).</exception>
    public static string FromUnicode(string text, LegacyEncoding encoding) => FromUnicode(text, encoding, capitalFont: false);

    /// <summary>Converts Unicode text to a legacy encoding; for TCVN3 with <paramref name="capitalFont"/>, to the
    /// bytes a capital (<c>H</c>) font shows as the text's capitals.</summary>
    /// <param name="text">The Unicode text (for a TCVN3 capital font, its letters are taken as capitals).</param>
    /// <param name="encoding">The encoding.</param>
    /// <param name="capitalFont">Encode for a TCVN3 capital font. Ignored for the other encodings.</param>
    /// <returns>The legacy text (the Latin-1 reading of its bytes; VIQR: ASCII).</returns>
    /// <exception cref="ArgumentException">A character the encoding cannot represent.</exception>
    public static string FromUnicode(string text, LegacyEncoding encoding, bool capitalFont)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var nfc = VietnameseText.Nfc(text);
        if (capitalFont && encoding == LegacyEncoding.Tcvn3)
        {
            nfc = nfc.ToLowerInvariant();
        }

        return encoding switch
        {
            LegacyEncoding.Tcvn3 => EncodeChars(nfc, encoding, c => c < 0x80 ? c.ToString() : Tcvn3Encode.TryGetValue(c.ToString(), out var s) ? s : null),
            LegacyEncoding.Vni => EncodeChars(nfc, encoding, c => c < 0x80 ? c.ToString() : VniEncode.TryGetValue(c.ToString(), out var s) ? s : null),
            LegacyEncoding.Viqr => EncodeViqr(nfc),
            LegacyEncoding.Viscii => EncodeChars(nfc, encoding, c => VisciiEncode.TryGetValue(c, out var b) ? ((char)b).ToString() : null),
            LegacyEncoding.Windows1258 => EncodeChars(nfc, encoding, EncodeWindows1258),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Unknown legacy encoding."),
        };
    }

    /// <summary>The legacy encoding a font name implies: <c>.Vn…</c> fonts (<c>.VnTime</c>, <c>.VnArialH</c>) are
    /// TCVN3, <c>VNI-…</c> fonts (<c>VNI-Times</c>) are VNI.</summary>
    /// <param name="fontName">The font name, or <see langword="null"/>.</param>
    /// <returns>The encoding, or <see langword="null"/> for any other font.</returns>
    public static LegacyEncoding? EncodingOfFont(string? fontName)
    {
        var name = fontName?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        if (Fonts.IsTcvn3(name!))
        {
            return LegacyEncoding.Tcvn3;
        }

        return Fonts.IsVni(name!) ? LegacyEncoding.Vni : null;
    }

    /// <summary>Whether a font is a TCVN3 capital font (<c>.VnTimeH</c>, <c>.VnArialH</c>: a <c>.Vn</c> name ending
    /// in a capital <c>H</c>), whose bytes show as capitals.</summary>
    /// <param name="fontName">The font name, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> for a TCVN3 capital font.</returns>
    public static bool IsCapitalFont(string? fontName)
    {
        var name = fontName?.Trim();
        return EncodingOfFont(name) == LegacyEncoding.Tcvn3 && name!.Length > 3 && name[name.Length - 1] == 'H';
    }

    /// <summary>What the characters of <paramref name="text"/> say about a legacy encoding, line by line, with the
    /// same detector that reports AD0003: TCVN3 or VNI (VIQR, VISCII and windows-1258 are never detected: they must
    /// be named).</summary>
    /// <param name="text">The text as read (Unicode, possibly legacy text shown in Latin-1).</param>
    /// <returns>The evidence, or <see langword="null"/> when no line looks legacy-encoded, or as many lines look
    /// TCVN3 as VNI (no verdict).</returns>
    public static LegacyEncodingEvidence? Detect(string text) => Detect(text, includeViqr: false);

    /// <summary>What the characters of <paramref name="text"/> say about a legacy encoding, line by line: TCVN3 or
    /// VNI as <see cref="Detect(string)"/> and, when <paramref name="includeViqr"/> is set and neither is found, VIQR
    /// (lines with words such as <c>Vie^.t</c>, <c>ddu+o+`ng</c>: the marks typed as punctuation after a vowel).</summary>
    /// <param name="text">The text as read.</param>
    /// <param name="includeViqr">Whether to look for VIQR too (opt-in: ordinary ASCII text can look like it).</param>
    /// <returns>The evidence, or <see langword="null"/> when nothing looks legacy-encoded (or as many lines look
    /// TCVN3 as VNI).</returns>
    public static LegacyEncodingEvidence? Detect(string text, bool includeViqr)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var legacy = DetectTcvn3OrVni(text);
        if (legacy is not null || !includeViqr)
        {
            return legacy;
        }

        var viqrLines = 0;
        (int Line, string Sample)? firstViqr = null;
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            if (Reading.LegacyEncodingScan.IsViqr(line.TrimEnd('\r'), out _, out var column))
            {
                viqrLines++;
                var rest = line.TrimEnd('\r').Substring(column - 1);
                firstViqr ??= (number, rest.Length > 40 ? rest.Substring(0, 40) : rest);
            }
        }

        return firstViqr is { } first ? new LegacyEncodingEvidence(LegacyEncoding.Viqr, viqrLines, 0, first.Line, first.Sample.Trim()) : null;
    }

    private static LegacyEncodingEvidence? DetectTcvn3OrVni(string text)
    {

        var counts = new int[2];
        var first = new (int Line, string Sample)?[2];
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (Reading.LegacyEncodingDetector.Detect(line.TrimEnd('\r')) is not { } finding)
            {
                continue;
            }

            var k = finding.EncodingName == "VNI" ? 1 : 0;
            counts[k]++;
            first[k] ??= (lineNumber, finding.Sample);
        }

        if (counts[0] == counts[1])
        {
            return null;
        }

        var win = counts[0] > counts[1] ? 0 : 1;
        return new LegacyEncodingEvidence(
            win == 0 ? LegacyEncoding.Tcvn3 : LegacyEncoding.Vni, counts[win], counts[1 - win], first[win]!.Value.Line, first[win]!.Value.Sample);
    }

    private static string Letter(int vowel, int tone) => VietnameseText.Nfc(Vowels[vowel] + ToneMarks[tone]);

    private static List<string> BuildAllLetters()
    {
        var lower = new List<string>();
        for (var v = 0; v < Vowels.Length; v++)
        {
            for (var t = 0; t < ToneMarks.Length; t++)
            {
                lower.Add(Letter(v, t));
            }
        }

        lower.Add("đ");
        var all = new List<string>(lower);
        foreach (var l in lower)
        {
            all.Add(l.ToUpperInvariant());
        }

        return all;
    }

    private static byte? AsByte(char c)
    {
        if (c <= 0xFF)
        {
            return (byte)c;
        }

        var i = Cp1252C1.IndexOf(c);
        return i >= 0 ? (byte)(0x80 + i) : null;
    }

    private static char VisciiChar(byte b)
    {
        if (b >= 0x80)
        {
            return VisciiHigh[b - 0x80];
        }

        foreach (var (lowByte, letter) in VisciiLow)
        {
            if (lowByte == b)
            {
                return letter;
            }
        }

        return (char)b;
    }

    private static char Windows1258Char(byte b) => b >= 0x80 ? Windows1258High[b - 0x80] : (char)b;

    private static string MapChars(string text, Func<char, string?> map)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var tcvn = c <= 0xFF ? c : AsByte(c) is { } b ? (char)b : c;
            sb.Append(map(tcvn) ?? c.ToString());
        }

        return sb.ToString();
    }

    private static string DecodeVni(string text)
    {
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (i + 1 < text.Length && VniDecode.TryGetValue(text.Substring(i, 2), out var pair))
            {
                sb.Append(pair);
                i += 2;
            }
            else
            {
                sb.Append(VniDecode.TryGetValue(text[i].ToString(), out var single) ? single : text[i].ToString());
                i++;
            }
        }

        return sb.ToString();
    }

    private static string EncodeChars(string text, LegacyEncoding encoding, Func<char, string?> map)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var s = map(text[i]) ?? throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "'{0}' (U+{1:X4}) at index {2} cannot be written in {3}.", text[i], (int)text[i], i, encoding),
                nameof(text));
            sb.Append(s);
        }

        return sb.ToString();
    }

    private static string? EncodeWindows1258(char c)
    {
        if (c < 0x80)
        {
            return c.ToString();
        }

        if (Windows1258Encode.TryGetValue(c, out var direct) && c is not ('\u0081' or '\u008A' or '\u008D' or '\u008E' or '\u008F' or '\u0090' or '\u009A' or '\u009D' or '\u009E'))
        {
            return ((char)direct).ToString();
        }

        // A letter with a tone: the base letter (precomposed where the code page has it) and the tone as a combining mark.
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var toneIndex = -1;
        var rest = new StringBuilder();
        foreach (var d in decomposed)
        {
            var t = Array.IndexOf(ToneMarks, d.ToString());
            if (t > 0 && toneIndex < 0)
            {
                toneIndex = t;
            }
            else
            {
                rest.Append(d);
            }
        }

        var baseLetter = rest.ToString().Normalize(NormalizationForm.FormC);
        if (toneIndex < 0 || baseLetter.Length != 1)
        {
            return null;
        }

        var baseBytes = baseLetter[0] < 0x80 ? baseLetter : Windows1258Encode.TryGetValue(baseLetter[0], out var bb) ? ((char)bb).ToString() : null;
        return baseBytes is null ? null : baseBytes + (char)Windows1258Encode[ToneMarks[toneIndex][0]];
    }

    private static bool IsAsciiVowel(char c) => "aeiouyAEIOUY".IndexOf(c) >= 0;

    private static bool IsD(char c) => c is 'd' or 'D';

    // RFC 1456: a( a^ e^ o^ o+ u+ take a vowel modifier; ' ` ? ~ . are the tones; dd is đ; "\" keeps a mark literal.
    private static char? ViqrModifierMark(char vowel, char mark) => (char.ToLowerInvariant(vowel), mark) switch
    {
        ('a', '(') => '\u0306',
        ('a' or 'e' or 'o', '^') => '\u0302',
        ('o' or 'u', '+') => '\u031B',
        _ => null,
    };

    private static int ViqrTone(char mark) => mark switch
    {
        '\'' => 1,
        '`' => 2,
        '?' => 3,
        '~' => 4,
        '.' => 5,
        _ => -1,
    };

    private static string DecodeViqr(string text)
    {
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && (ViqrMarks.IndexOf(text[i + 1]) >= 0 || IsD(text[i + 1]) || text[i + 1] == '\\'))
            {
                sb.Append(text[i + 1]);
                i += 2;
            }
            else if (IsD(c) && i + 1 < text.Length && IsD(text[i + 1]))
            {
                sb.Append(c == 'd' ? 'đ' : 'Đ');
                i += 2;
            }
            else if (IsAsciiVowel(c))
            {
                var letter = new StringBuilder().Append(c);
                var j = i + 1;
                if (j < text.Length && ViqrModifierMark(c, text[j]) is { } modifier)
                {
                    letter.Append(modifier);
                    j++;
                }

                if (j < text.Length && ViqrTone(text[j]) is var tone and > 0)
                {
                    letter.Append(ToneMarks[tone]);
                    j++;
                }

                sb.Append(letter.ToString().Normalize(NormalizationForm.FormC));
                i = j;
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }

        return sb.ToString();
    }

    private static string EncodeViqr(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        var afterVowel = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var wasVowel = afterVowel;
            afterVowel = false;
            if (c is 'đ' or 'Đ')
            {
                sb.Append(c == 'đ' ? "dd" : "DD");
            }
            else if (c == '\\')
            {
                sb.Append("\\\\");
            }
            else if (wasVowel && ViqrMarks.IndexOf(c) >= 0)
            {
                sb.Append('\\').Append(c);
            }
            else if (IsD(c) && i + 1 < text.Length && text[i + 1] is 'd' or 'D' or 'đ' or 'Đ')
            {
                // A plain d before a d (or before đ, written "dd") would read as đ: it is escaped.
                sb.Append('\\').Append(c);
            }
            else if (c < 0x80)
            {
                sb.Append(c);
                afterVowel = IsAsciiVowel(c);
            }
            else if (EncodeViqrLetter(c) is { } letter)
            {
                sb.Append(letter);
                afterVowel = true;
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static string? EncodeViqrLetter(char c)
    {
        var d = c.ToString().Normalize(NormalizationForm.FormD);
        if (!IsAsciiVowel(d[0]))
        {
            return null;
        }

        char? modifier = null;
        var tone = 0;
        for (var k = 1; k < d.Length; k++)
        {
            var t = Array.IndexOf(ToneMarks, d[k].ToString());
            char? m = d[k] switch
            {
                '\u0306' => '(',
                '\u0302' => '^',
                '\u031B' => '+',
                _ => null,
            };
            if (t > 0 && tone == 0)
            {
                tone = t;
            }
            else if (m is { } mark && modifier is null && ViqrModifierMark(d[0], mark) is not null)
            {
                modifier = mark;
            }
            else
            {
                return null;
            }
        }

        var sb = new StringBuilder().Append(d[0]);
        if (modifier is { } mod)
        {
            sb.Append(mod);
        }

        if (tone > 0)
        {
            sb.Append("'`?~."[tone - 1]);
        }

        return sb.ToString();
    }
}

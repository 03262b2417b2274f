using System.Text;
using AdminDocs.Decree;

namespace AdminDocs.Reading;

/// <summary>
/// Spots text typed with a legacy Vietnamese font encoding (TCVN3/ABC fonts such as .VnTime, VNI fonts such as
/// VNI-Times) and shown as Unicode mojibake, e.g. "B¸o c¸o kÕt qu¶" or "Baùo caùo keát quaû". Such text uses
/// Latin-1 characters that Vietnamese never uses (¸ ¶ µ ø û ï ...) inside words. Never converts silently.
/// </summary>
internal static class LegacyEncodingDetector
{
    // Latin-1 Supplement characters that Vietnamese Unicode text does not use inside words.
    private const string Tcvn3Signature = "¡¢£¤¥¦§¨©ª¬®¯°±²³´µ¶·¸¹º¼½¾¿ÆÇËÎÏÐÑÖ×ØÛÜÞßçîðþÿ";
    private const string VniSignature = "äåæëïñöøûüÄÅËÏÑÖØÛÜ÷";
    private const string VniToneLetters = "ùõøïûÙÕØÏÛ";
    private const string Vowels = "aeiouyâêô";

    internal readonly struct Finding
    {
        public Finding(string encodingName, string sample, int column, int words)
        {
            EncodingName = encodingName;
            Sample = sample;
            Column = column;
            Words = words;
        }

        public string EncodingName { get; }

        public string Sample { get; }

        public int Column { get; }

        /// <summary>How many words of the line hold a legacy character.</summary>
        public int Words { get; }
    }

    /// <summary>Whether a run is text in a legacy font that its characters show to be legacy-encoded. A legacy font
    /// alone is not enough: a page-number field ("2"), an empty run or Unicode letters left in a <c>.VnTime</c> run
    /// (a font defect, AD1004) hold no legacy-encoded text.</summary>
    /// <param name="font">The run's font family, or <see langword="null"/>.</param>
    /// <param name="text">The run's text.</param>
    /// <returns>Whether AD0003 legacy-font applies to the run.</returns>
    public static bool IsLegacyFontText(string? font, string text) =>
        font is not null && Fonts.IsLegacy(font) && Detect(text) is not null;

    public static Finding? Detect(string line)
    {
        var words = 0;
        var suspicious = 0;
        var tcvn = 0;
        var vni = 0;
        var tcvnSymbol = false;
        var firstSuspiciousStart = -1;
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            if (i >= line.Length)
            {
                break;
            }

            var start = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            words++;
            var hit = false;
            for (var k = start; k < i && !HasDigit(line, start, i); k++)
            {
                var ch = line[k];
                var isTcvn = Tcvn3Signature.IndexOf(ch) >= 0;
                // VNI types the tone as a separate Latin-1 letter after the vowel ("Baùo", "keát"): a vowel followed
                // by ù, õ, ø, ï or û never happens in Vietnamese Unicode text.
                var isVni = VniSignature.IndexOf(ch) >= 0 || (VniToneLetters.IndexOf(ch) >= 0 && k > start && Vowels.IndexOf(char.ToLowerInvariant(line[k - 1])) >= 0);
                if (!isTcvn && !isVni)
                {
                    continue;
                }

                // Inside a word: a letter right before it (legacy diacritics follow their base letter).
                if (k > start && char.IsLetter(line[k - 1]))
                {
                    hit = true;
                    tcvn += isTcvn ? 1 : 0;
                    vni += isVni ? 1 : 0;
                    // ¡ … ¿ (0xA1–0xBF) are TCVN3 codes (µ ¸ · ® ©) that VNI never uses: one decides for TCVN3
                    // ("bé tµi chÝnh ... söa ®æi" has as many VNI-looking letters as TCVN3 ones).
                    tcvnSymbol |= isTcvn && ch >= '\u00A1' && ch <= '\u00BF';
                }
            }

            if (hit)
            {
                suspicious++;
                if (firstSuspiciousStart < 0)
                {
                    firstSuspiciousStart = start;
                }
            }
        }

        if (suspicious == 0 || (suspicious < 2 && words > 3))
        {
            return null;
        }

        var sample = new StringBuilder();
        for (var k = firstSuspiciousStart; k < line.Length && sample.Length < 40; k++)
        {
            sample.Append(line[k]);
        }

        return new Finding(vni > tcvn && !tcvnSymbol ? "VNI" : "TCVN3 (ABC)", sample.ToString().Trim(), firstSuspiciousStart + 1, suspicious);
    }

    // A word with a digit ("Ø×H=3,5×3,5", "25°C") is a formula or a measure, not a word typed in a legacy font.
    private static bool HasDigit(string line, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (char.IsDigit(line[k]))
            {
                return true;
            }
        }

        return false;
    }
}

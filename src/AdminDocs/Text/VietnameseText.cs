using System;
using System.Globalization;
using System.Text;

namespace AdminDocs.Text;

/// <summary>
/// Helpers for comparing Vietnamese text: NFC normalization, a comparison key that ignores case, spacing and
/// tone-mark placement (HÒA = HOÀ, ỦY = UỶ), and letter-case tests.
/// </summary>
public static class VietnameseText
{
    /// <summary>Returns <paramref name="text"/> in Unicode NFC.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The NFC text (the same instance when it already is NFC). Code units that are no character — an unpaired
    /// surrogate, or U+FFFE (a byte-order mark read in the wrong byte order), which .NET's normalization rejects — are
    /// replaced by U+FFFD, the replacement character, as a decoder does.</returns>
    public static string Nfc(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // Only for text holding what is no character: the common case pays for no extra scan.
            text = ReplaceNonCharacters(text);
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
    }

    /// <summary>The index of the first code unit that is no character (an unpaired surrogate or U+FFFE), or -1.</summary>
    internal static int NonCharacterIndex(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\uFFFE')
            {
                return i;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }

            if (char.IsLowSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static string ReplaceNonCharacters(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (c == '\uFFFE' || char.IsSurrogate(c))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// A key for comparing names and fixed phrases: upper case, letters and digits only (spaces, punctuation and
    /// dashes dropped), with each syllable's tone mark moved to its end so that old and new tone-mark placement
    /// compare equal. Different letters or tones still give different keys.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The key.</returns>
    public static string Key(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var syllable = new StringBuilder();
        var tones = new StringBuilder();
        void Flush()
        {
            sb.Append(syllable).Append(tones);
            syllable.Clear();
            tones.Clear();
        }

        foreach (var ch in decomposed)
        {
            if (IsToneMark(ch))
            {
                tones.Append(ch);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                syllable.Append(ch);
            }
            else if (char.IsLetterOrDigit(ch))
            {
                syllable.Append(char.ToUpperInvariant(ch));
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// A key without any diacritics (Đ read as D), upper case, letters and digits only: "HOẢ TÔC" and "HỎA TỐC" share
    /// it. For finding a misspelt fixed phrase, never for judging one.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The key.</returns>
    public static string BaseKey(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (ch is 'đ' or 'Đ')
            {
                sb.Append('D');
            }
            else if (char.IsLetterOrDigit(ch))
            {
                sb.Append(char.ToUpperInvariant(ch));
            }
        }

        return sb.ToString();
    }

    /// <summary>Whether the text has at least one letter and no lower-case letter.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> for text such as "BÁO CÁO" or "UBND TỈNH 2".</returns>
    public static bool IsAllCaps(string text)
    {
        var letters = 0;
        foreach (var ch in text ?? string.Empty)
        {
            if (char.IsLetter(ch))
            {
                if (char.IsLower(ch))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 0;
    }

    /// <summary>Whether the text has at least <paramref name="minimum"/> letters and every letter is upper case,
    /// ignoring the official mixed-case abbreviations.</summary>
    /// <param name="text">The text.</param>
    /// <param name="minimum">The least number of letters.</param>
    /// <returns>Whether the text is in capitals.</returns>
    public static bool IsAllCaps(string text, int minimum)
    {
        var letters = 0;
        foreach (var ch in text ?? string.Empty)
        {
            if (char.IsLetter(ch))
            {
                if (char.IsLower(ch))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= minimum;
    }

    /// <summary>Counts the letters of the text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number of letters.</returns>
    public static int CountLetters(string text)
    {
        var n = 0;
        foreach (var ch in text ?? string.Empty)
        {
            if (char.IsLetter(ch))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>Collapses runs of white space to one space and trims the ends.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The collapsed text.</returns>
    public static string CollapseSpaces(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                space = sb.Length > 0;
            }
            else
            {
                if (space)
                {
                    sb.Append(' ');
                    space = false;
                }

                sb.Append(ch);
            }
        }

        return sb.ToString();
    }

    /// <summary>Whether the word starts with an upper-case letter.</summary>
    /// <param name="word">The word.</param>
    /// <returns>Whether its first letter is upper case.</returns>
    public static bool StartsUpper(string word)
    {
        foreach (var ch in word)
        {
            if (char.IsLetter(ch))
            {
                return char.IsUpper(ch);
            }

            if (char.IsDigit(ch))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsToneMark(char ch) =>
        ch is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323';
}

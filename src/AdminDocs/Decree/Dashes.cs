namespace AdminDocs.Decree;

/// <summary>
/// The dash and hyphen characters writers type where the decree wants a hyphen-minus: between ký hiệu groups
/// ("BC-SGTVT"), in the Tiêu ngữ ("Độc lập - Tự do - Hạnh phúc") and in typed separator rules. The parsers accept them
/// all, so that a wrong dash is judged by its rule (AD2206, AD1005) and never breaks the parse.
/// </summary>
internal static class Dashes
{
    /// <summary>The hyphen-minus (U+002D), the only dash the decree writes.</summary>
    public const char Hyphen = '-';

    /// <summary>The dashes, hyphen-minus first: hyphen-minus, en dash (U+2013), em dash (U+2014), hyphen (U+2010),
    /// non-breaking hyphen (U+2011), figure dash (U+2012), minus sign (U+2212).</summary>
    public const string Chars = "-\u2013\u2014\u2010\u2011\u2012\u2212";

    /// <summary>The three dashes writers type as list markers and in typed rules: hyphen-minus, en dash, em dash.</summary>
    public const string Common = "-\u2013\u2014";

    /// <summary>Every dash (<see cref="Chars"/>).</summary>
    public static readonly char[] All = Chars.ToCharArray();

    /// <summary>Every dash but the hyphen-minus: the wrong ones.</summary>
    public static readonly char[] Others = Chars.Substring(1).ToCharArray();

    /// <summary>The characters that part ký hiệu groups: the dashes and the slash.</summary>
    public static readonly char[] GroupSeparators = (Chars + "/").ToCharArray();

    /// <summary>The dashes for a regular expression character class (the hyphen-minus first, so it is literal):
    /// use as <c>"[" + Dashes.RegexClass + "]"</c>.</summary>
    public const string RegexClass = Chars;

    /// <summary>Whether a character is one of the dashes.</summary>
    public static bool IsDash(char c) => Chars.IndexOf(c) >= 0;
}

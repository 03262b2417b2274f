using System.Globalization;
using System.Text;

namespace AdminDocs.Decree;

/// <summary>
/// The numbering the decree uses in a body and for appendices: Roman numerals (phần, chương, mục, phụ lục) and the
/// điểm letters of the Vietnamese alphabet (a, b, c, d, đ, e ...; Phụ lục I, II.6).
/// </summary>
internal static class Numbering
{
    /// <summary>The điểm letters in order: the Vietnamese alphabet without the letters with a diacritic other than đ,
    /// nor f, j, w, z.</summary>
    public const string PointLetters = "abcdđeghiklmnopqrstuvxy";

    private static readonly int[] RomanValues = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };

    private static readonly string[] RomanSymbols = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };

    /// <summary>A positive number below 4000 as a canonical Roman numeral ("XIV"); other numbers in digits.</summary>
    public static string ToRoman(int value)
    {
        if (value <= 0 || value >= 4000)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var sb = new StringBuilder();
        for (var i = 0; i < RomanValues.Length; i++)
        {
            while (value >= RomanValues[i])
            {
                sb.Append(RomanSymbols[i]);
                value -= RomanValues[i];
            }
        }

        return sb.ToString();
    }

    /// <summary>The value of one Roman digit (I, V, X, L, C, D, M), or 0.</summary>
    public static int RomanDigit(char c) => c switch
    {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        'M' => 1000,
        _ => 0,
    };
}

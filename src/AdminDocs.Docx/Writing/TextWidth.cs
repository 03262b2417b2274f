namespace AdminDocs.Docx.Writing;

/// <summary>
/// The printed width of a line of Times New Roman, estimated per character class: the same estimate the style rules
/// (AD2103, AD2006, AD3108) measure a drawn rule against, so a rule drawn at the ratio the regulation asks for is
/// also judged so.
/// </summary>
internal static class TextWidth
{
    private const double MillimetresPerPoint = 25.4 / 72;

    public static double Millimetres(string text, double points, bool bold)
    {
        var em = 0.0;
        foreach (var ch in text)
        {
            em += Advance(ch);
        }

        if (bold)
        {
            em *= 1.06;
        }

        return em * points * MillimetresPerPoint;
    }

    private static double Advance(char ch)
    {
        if (char.IsWhiteSpace(ch))
        {
            return 0.25;
        }

        if (char.IsLetter(ch))
        {
            return char.IsUpper(ch) ? 0.70 : 0.47;
        }

        if (char.IsDigit(ch))
        {
            return 0.50;
        }

        return ch == '-' ? 0.33 : 0.28;
    }
}

using System;

namespace AdminDocs.Decree;

/// <summary>The typeface of Phụ lục I (Times New Roman, a Unicode font per TCVN 6909:2001) and the legacy
/// Vietnamese fonts (TCVN3/ABC, VNI) that mean text in a legacy encoding.</summary>
internal static class Fonts
{
    /// <summary>The font the decree requires.</summary>
    public const string TimesNewRoman = "Times New Roman";

    /// <summary>Whether a font is a legacy Vietnamese font: TCVN3/ABC (".VnTime", ".VnArial"...) or VNI ("VNI-Times").</summary>
    public static bool IsLegacy(string family) => IsTcvn3(family) || IsVni(family);

    /// <summary>Whether a font is a TCVN3/ABC font (".VnTime", ".VnTimeH", ".VnArial"...).</summary>
    public static bool IsTcvn3(string family) => family.Trim().StartsWith(".Vn", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a font is a VNI font ("VNI-Times", "VNI Times"...).</summary>
    public static bool IsVni(string family)
    {
        var f = family.Trim();
        return f.StartsWith("VNI-", StringComparison.OrdinalIgnoreCase) || f.StartsWith("VNI ", StringComparison.OrdinalIgnoreCase);
    }
}

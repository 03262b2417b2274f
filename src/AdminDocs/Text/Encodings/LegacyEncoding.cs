namespace AdminDocs.Text.Encodings;

/// <summary>A Vietnamese text encoding from before Unicode (bảng mã cũ) that <see cref="VietnameseEncodings"/> converts.</summary>
public enum LegacyEncoding
{
    /// <summary>TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts such as <c>.VnTime</c>; capitals with tones live in the
    /// <c>H</c> fonts such as <c>.VnTimeH</c>, which show the same byte values as capitals).</summary>
    Tcvn3,

    /// <summary>VNI for Windows (the <c>VNI-Times</c> fonts): a base letter followed by one or two mark characters.</summary>
    Vni,

    /// <summary>VIQR (RFC 1456): plain ASCII with the marks typed as punctuation (<c>a( a^ e^ o^ o+ u+ dd</c>, tones
    /// <c>' ` ? ~ .</c>), a backslash keeping the next mark character literal.</summary>
    Viqr,

    /// <summary>VISCII (RFC 1456): an 8-bit character set with every precomposed Vietnamese letter.</summary>
    Viscii,

    /// <summary>windows-1258 (code page 1258): some precomposed letters and the five tones as combining marks.</summary>
    Windows1258,
}

namespace AdminDocs.Text.Encodings;

/// <summary>Why a text is taken to be in a legacy encoding: how many of its lines look like it (and like the other
/// detectable encoding), and the first one. Returned by <see cref="VietnameseEncodings.Detect(string)"/>.</summary>
public sealed class LegacyEncodingEvidence
{
    /// <summary>Creates the evidence.</summary>
    /// <param name="encoding">The encoding most lines look like.</param>
    /// <param name="lineCount">How many lines look like it.</param>
    /// <param name="otherLineCount">How many lines look like the other detectable encoding.</param>
    /// <param name="firstLine">The 1-based number of the first line that looks like it.</param>
    /// <param name="sample">The start of the first suspicious word of that line, as read.</param>
    public LegacyEncodingEvidence(LegacyEncoding encoding, int lineCount, int otherLineCount, int firstLine, string sample)
    {
        Encoding = encoding;
        LineCount = lineCount;
        OtherLineCount = otherLineCount;
        FirstLine = firstLine;
        Sample = sample ?? string.Empty;
    }

    /// <summary>The encoding most lines look like (TCVN3 or VNI; VIQR only when asked for).</summary>
    public LegacyEncoding Encoding { get; }

    /// <summary>How many lines look like <see cref="Encoding"/>.</summary>
    public int LineCount { get; }

    /// <summary>How many lines look like the other detectable encoding (0 when the text is consistent).</summary>
    public int OtherLineCount { get; }

    /// <summary>The 1-based number of the first line that looks like <see cref="Encoding"/>.</summary>
    public int FirstLine { get; }

    /// <summary>The start of that line's first suspicious word, as read (e.g. "Céng hoµ").</summary>
    public string Sample { get; }
}

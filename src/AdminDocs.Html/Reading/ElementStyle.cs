using AdminDocs.Sources;

namespace AdminDocs.Html.Reading;

/// <summary>The computed style of an element, as far as the reader needs it. Inherited values are copied to children.</summary>
internal sealed class ElementStyle
{
    // Inherited.
    public string? FontFamily { get; set; }

    public double? FontSize { get; set; }

    public bool Bold { get; set; }

    public bool Italic { get; set; }

    public bool Underline { get; set; }

    public bool AllCaps { get; set; }

    public string? Color { get; set; }

    public TextAlignment Align { get; set; } = TextAlignment.Left;

    public double IndentCm { get; set; }

    public double? LineMultiple { get; set; }

    public double? LinePoints { get; set; }

    public bool PreserveSpace { get; set; }

    public bool Invisible { get; set; }

    // Not inherited.
    public string Display { get; set; } = "inline";

    public double? MarginTopPt { get; set; }

    public double? MarginBottomPt { get; set; }

    public double? MarginLeftCm { get; set; }

    public bool? BorderTop { get; set; }

    public bool? BorderBottom { get; set; }

    public int GridColumns { get; set; }

    public bool FlexColumn { get; set; }

    public int? GridColumnStart { get; set; }

    public double? WidthMm { get; set; }

    /// <summary>Whether a <c>::after</c> rule draws a line under the element.</summary>
    public bool LineAfter { get; set; }

    /// <summary>The width of that line in mm, when absolute.</summary>
    public double? LineAfterWidthMm { get; set; }

    public bool IsBlock => Display is not ("inline" or "inline-block" or "none" or "contents");

    public ElementStyle Inherit() => new()
    {
        FontFamily = FontFamily,
        FontSize = FontSize,
        Bold = Bold,
        Italic = Italic,
        Underline = Underline,
        AllCaps = AllCaps,
        Color = Color,
        Align = Align,
        IndentCm = IndentCm,
        LineMultiple = LineMultiple,
        LinePoints = LinePoints,
        PreserveSpace = PreserveSpace,
        Invisible = Invisible,
    };

    public RunFormat ToRunFormat() => new()
    {
        FontFamily = FontFamily,
        FontSizePoints = FontSize,
        Bold = Bold,
        Italic = Italic,
        Underline = Underline,
        AllCaps = AllCaps,
        Color = Color,
    };
}

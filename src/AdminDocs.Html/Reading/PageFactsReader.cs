using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AdminDocs.Sources;

namespace AdminDocs.Html.Reading;

/// <summary>
/// The page facts a page's <c>@page</c> rules state: paper size and orientation, margins, page numbers in the page
/// margin boxes (<c>@top-center { content: counter(page) }</c>) and whether the first page shows none. A page that
/// states no size and no margin gives no section: the page rules then report "not checked".
/// </summary>
internal static class PageFactsReader
{
    public static PageSection? Read(IReadOnlyList<CssPageRule> pages, int blockCount)
    {
        double? width = null, height = null, top = null, right = null, bottom = null, left = null;
        bool? landscape = null;
        var any = false;
        var numbers = ImmutableArray.CreateBuilder<PageNumberField>();
        var firstHasNone = false;
        foreach (var page in pages)
        {
            var selector = page.Selector.Trim().ToLowerInvariant();
            var first = selector.Contains(":first");
            if (first)
            {
                foreach (var (_, declarations) in page.MarginBoxes)
                {
                    if (IsNumberBox(declarations) == false)
                    {
                        firstHasNone = true;
                    }
                }

                continue;
            }

            if (selector.Contains(":left") || selector.Contains(":right") || selector.Contains(":blank"))
            {
                continue;
            }

            foreach (var d in page.Declarations)
            {
                switch (d.Property)
                {
                    case "size":
                        var (w, h, l) = CssValues.PageSize(d.Value);
                        width = w ?? width;
                        height = h ?? height;
                        landscape = l ?? landscape;
                        any |= w is not null;
                        break;
                    case "margin":
                        var sides = CssValues.Sides(d.Value, 12);
                        top = sides[0] ?? top;
                        right = sides[1] ?? right;
                        bottom = sides[2] ?? bottom;
                        left = sides[3] ?? left;
                        any = true;
                        break;
                    case "margin-top":
                        top = CssValues.LengthMm(d.Value, 12) ?? top;
                        any = true;
                        break;
                    case "margin-right":
                        right = CssValues.LengthMm(d.Value, 12) ?? right;
                        any = true;
                        break;
                    case "margin-bottom":
                        bottom = CssValues.LengthMm(d.Value, 12) ?? bottom;
                        any = true;
                        break;
                    case "margin-left":
                        left = CssValues.LengthMm(d.Value, 12) ?? left;
                        any = true;
                        break;
                }
            }

            foreach (var (box, declarations) in page.MarginBoxes)
            {
                if (IsNumberBox(declarations) == true)
                {
                    numbers.Add(new PageNumberField
                    {
                        InHeader = box.StartsWith("top", StringComparison.Ordinal),
                        Page = HeaderFooterPage.Default,
                        Alignment = box.EndsWith("center", StringComparison.Ordinal) ? TextAlignment.Center
                            : box.EndsWith("right", StringComparison.Ordinal) || box.EndsWith("right-corner", StringComparison.Ordinal) ? TextAlignment.Right : TextAlignment.Left,
                        Format = BoxFormat(declarations),
                    });
                }
            }
        }

        if (!any)
        {
            return null;
        }

        return new PageSection
        {
            Index = 0,
            FirstBlockIndex = 0,
            LastBlockIndex = Math.Max(0, blockCount - 1),
            PaperWidthMm = Round(width),
            PaperHeightMm = Round(height),
            Orientation = landscape is null ? null : landscape.Value ? PageOrientation.Landscape : PageOrientation.Portrait,
            MarginTopMm = Round(top),
            MarginRightMm = Round(right),
            MarginBottomMm = Round(bottom),
            MarginLeftMm = Round(left),
            DifferentFirstPage = firstHasNone,
            PageNumbers = numbers.ToImmutable(),
        };
    }

    private static double? Round(double? mm) => mm is { } v ? Math.Round(v, 1) : null;

    private static string? Content(IReadOnlyList<CssDeclaration> declarations)
    {
        string? content = null;
        foreach (var d in declarations)
        {
            if (d.Property == "content")
            {
                content = d.Value;
            }
        }

        return content;
    }

    private static bool? IsNumberBox(IReadOnlyList<CssDeclaration> declarations) =>
        Content(declarations) is { } c ? c.Replace(" ", string.Empty).IndexOf("counter(page", StringComparison.OrdinalIgnoreCase) >= 0 : null;

    private static RunFormat BoxFormat(IReadOnlyList<CssDeclaration> declarations)
    {
        var format = new RunFormat { Bold = false, Italic = false };
        foreach (var d in declarations)
        {
            format = d.Property switch
            {
                "font-family" => format with { FontFamily = CssValues.FontFamily(d.Value) },
                "font-size" => format with { FontSizePoints = CssValues.FontSize(d.Value, 12) },
                "font-weight" => format with { Bold = CssValues.Bold(d.Value) ?? false },
                "font-style" => format with { Italic = CssValues.Italic(d.Value) ?? false },
                _ => format,
            };
        }

        return format;
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;

namespace AdminDocs.Html.Reading;

/// <summary>Parses the CSS values the reader needs: lengths, font sizes, families, weights, colours, page sizes.</summary>
internal static class CssValues
{
    private static readonly Dictionary<string, string> NamedColors = new(StringComparer.OrdinalIgnoreCase)
    {
        ["black"] = "000000", ["white"] = "FFFFFF", ["red"] = "FF0000", ["blue"] = "0000FF", ["green"] = "008000",
        ["gray"] = "808080", ["grey"] = "808080", ["navy"] = "000080", ["maroon"] = "800000", ["windowtext"] = "auto",
    };

    private static readonly char[] RgbSeparators = { ',', ' ', '/' };

    /// <summary>A length in points; <paramref name="emPoints"/> resolves em and %, <see langword="null"/> when not a length.</summary>
    public static double? LengthPoints(string value, double emPoints)
    {
        var v = value.Trim().ToLowerInvariant();
        if (v == "0")
        {
            return 0;
        }

        var k = 0;
        while (k < v.Length && (char.IsDigit(v[k]) || v[k] is '.' or '-' or '+'))
        {
            k++;
        }

#pragma warning disable CA1846 // netstandard2.0 has no span overload of double.TryParse.
        if (k == 0 || !double.TryParse(v.Substring(0, k), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || double.IsNaN(n) || double.IsInfinity(n))
        {
            return null;
        }
#pragma warning restore CA1846

        return v.Substring(k).Trim() switch
        {
            "pt" => n,
            "px" => n * 0.75,
            "mm" => n * 72 / 25.4,
            "cm" => n * 72 / 2.54,
            "in" => n * 72,
            "pc" => n * 12,
            "em" or "rem" => n * emPoints,
            "%" => n * emPoints / 100,
            "" => n == 0 ? 0 : null,
            _ => null,
        };
    }

    public static double? LengthMm(string value, double emPoints) => LengthPoints(value, emPoints) is { } pt ? pt * 25.4 / 72 : null;

    /// <summary>A font-size value in points, relative to the parent size (12 pt when the parent's is unknown).</summary>
    public static double? FontSize(string value, double? parentPoints)
    {
        var parent = parentPoints ?? 12;
        switch (value.Trim().ToLowerInvariant())
        {
            case "xx-small": return 7;
            case "x-small": return 7.5;
            case "small": return 10;
            case "medium": return 12;
            case "large": return 13.5;
            case "x-large": return 18;
            case "xx-large": return 24;
            case "smaller": return parent / 1.2;
            case "larger": return parent * 1.2;
        }

        return LengthPoints(value, parent) is { } pt && pt > 0 && pt < 2000 ? Math.Round(pt, 2) : null;
    }

    /// <summary>The first family of a font-family list, unquoted; generic families give <see langword="null"/>.</summary>
    public static string? FontFamily(string value)
    {
        foreach (var part in CssParser.SplitTopLevel(value, ','))
        {
            var f = part.Trim().Trim('"', '\'').Trim();
            if (f.Length == 0)
            {
                continue;
            }

            return f.ToLowerInvariant() switch
            {
                "serif" or "sans-serif" or "monospace" or "cursive" or "fantasy" or "system-ui" or "inherit" or "initial" or "unset" => null,
                _ => f,
            };
        }

        return null;
    }

    public static bool? Bold(string value)
    {
        var v = value.Trim().ToLowerInvariant();
        if (v is "bold" or "bolder")
        {
            return true;
        }

        if (v is "normal" or "lighter")
        {
            return false;
        }

        return int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n >= 600 : null;
    }

    public static bool? Italic(string value)
    {
        var v = value.Trim().ToLowerInvariant();
        return v.StartsWith("italic", StringComparison.Ordinal) || v.StartsWith("oblique", StringComparison.Ordinal) ? true : v == "normal" ? false : null;
    }

    /// <summary>A colour as RRGGBB (or "auto" for Word's windowtext), <see langword="null"/> when not understood.</summary>
    public static string? Color(string value)
    {
        var v = value.Trim();
        if (NamedColors.TryGetValue(v, out var named))
        {
            return named;
        }

        if (v.StartsWith("#", StringComparison.Ordinal))
        {
            var hex = v.Substring(1);
            if (hex.Length == 3)
            {
                hex = new string(new[] { hex[0], hex[0], hex[1], hex[1], hex[2], hex[2] });
            }

            return hex.Length == 6 && IsHex(hex) ? hex.ToUpperInvariant() : null;
        }

        if (v.StartsWith("rgb", StringComparison.OrdinalIgnoreCase))
        {
            var open = v.IndexOf('(');
            var close = v.IndexOf(')');
            if (open > 0 && close > open)
            {
                var parts = v.Substring(open + 1, close - open - 1).Split(RgbSeparators, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length >= 3)
                {
                    var rgb = new int[3];
                    for (var i = 0; i < 3; i++)
                    {
                        if (!double.TryParse(parts[i].TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var c))
                        {
                            return null;
                        }

                        rgb[i] = (int)Math.Round(Math.Max(0, Math.Min(255, parts[i].EndsWith("%", StringComparison.Ordinal) ? c * 2.55 : c)));
                    }

                    return string.Format(CultureInfo.InvariantCulture, "{0:X2}{1:X2}{2:X2}", rgb[0], rgb[1], rgb[2]);
                }
            }
        }

        return null;
    }

    private static bool IsHex(string s)
    {
        foreach (var ch in s)
        {
            if (!Uri.IsHexDigit(ch))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Splits a value on white space outside quotes and parentheses.</summary>
    public static List<string> Tokens(string value)
    {
        var list = new List<string>();
        foreach (var t in CssParser.SplitTopLevel(value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' '), ' '))
        {
            if (t.Trim().Length > 0)
            {
                list.Add(t.Trim());
            }
        }

        return list;
    }

    /// <summary>The page size of an <c>@page size</c> value, in mm, and whether it asks for landscape.</summary>
    public static (double? Width, double? Height, bool? Landscape) PageSize(string value)
    {
        double? w = null;
        double? h = null;
        bool? landscape = null;
        var lengths = new List<double>();
        foreach (var t in Tokens(value.ToLowerInvariant()))
        {
            switch (t)
            {
                case "a4": w = 210; h = 297; break;
                case "a5": w = 148; h = 210; break;
                case "a3": w = 297; h = 420; break;
                case "b5": w = 176; h = 250; break;
                case "letter": w = 215.9; h = 279.4; break;
                case "legal": w = 215.9; h = 355.6; break;
                case "landscape": landscape = true; break;
                case "portrait": landscape = false; break;
                default:
                    if (LengthMm(t, 12) is { } mm)
                    {
                        lengths.Add(Math.Round(mm, 1));
                    }

                    break;
            }
        }

        if (lengths.Count >= 2)
        {
            w = lengths[0];
            h = lengths[1];
            landscape ??= w > h;
        }
        else if (lengths.Count == 1)
        {
            w = h = lengths[0];
        }

        return (w, h, landscape);
    }

    /// <summary>The four sides of a margin or padding shorthand (top, right, bottom, left), in mm.</summary>
    public static double?[] Sides(string value, double emPoints)
    {
        var t = Tokens(value);
        var v = new double?[t.Count];
        for (var i = 0; i < t.Count; i++)
        {
            v[i] = LengthMm(t[i], emPoints);
        }

        return t.Count switch
        {
            1 => new[] { v[0], v[0], v[0], v[0] },
            2 => new[] { v[0], v[1], v[0], v[1] },
            3 => new[] { v[0], v[1], v[2], v[1] },
            >= 4 => new[] { v[0], v[1], v[2], v[3] },
            _ => new double?[4],
        };
    }

    /// <summary>Whether a border value draws a line.</summary>
    public static bool Border(string value)
    {
        var v = value.Trim().ToLowerInvariant();
        if (v.Length == 0 || v.Contains("none") || v.Contains("hidden"))
        {
            return false;
        }

        foreach (var t in Tokens(v))
        {
            if (LengthPoints(t, 12) is { } pt)
            {
                return pt > 0;
            }
        }

        return true;
    }

    /// <summary>How many columns a <c>grid-template-columns</c> value makes.</summary>
    public static int GridColumns(string value)
    {
        var count = 0;
        foreach (var t in Tokens(value))
        {
            var lower = t.ToLowerInvariant();
            if (lower.StartsWith("repeat(", StringComparison.Ordinal))
            {
                var comma = lower.IndexOf(',');
                if (comma > 7 && int.TryParse(lower.Substring(7, comma - 7).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 64)
                {
                    count += n;
                }
                else
                {
                    count++;
                }
            }
            else if (lower != "none" && !lower.StartsWith("[", StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }
}

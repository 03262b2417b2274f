using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using AdminDocs.Decree;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace AdminDocs.Docx.Reading;

/// <summary>
/// Renders automatic numbering to the labels Word shows ("I.", "1.", "1.1.", "a)", "-", "•"). Counters run per
/// abstract numbering definition, as in Word: two w:num instances of one definition continue each other unless one
/// restarts a level with a w:startOverride (applied when the instance is first used). A level restarts when a
/// higher level is used (or only the levels w:lvlRestart names); w:isLgl shows every level in Arabic numerals.
/// </summary>
internal sealed class NumberingRenderer
{
    private const int MaxLevels = 9;

    private readonly Dictionary<int, NumInstance> _nums = new();
    private readonly Dictionary<int, LevelDef?[]> _abstracts = new();
    private readonly Dictionary<int, int[]> _counters = new();
    private readonly Dictionary<int, bool[]> _used = new();
    private readonly HashSet<int> _started = new();

    private sealed record LevelDef(string Format, string? Text, int Start, int? Restart, bool IsLegal, ParaLayer? Para, string? Font);

    private sealed record NumInstance(int AbstractId, Dictionary<int, (int? Start, LevelDef? Level)> Overrides);

    /// <summary>Creates a renderer for a numbering part (and the styles that list styles link through).</summary>
    public NumberingRenderer(W.Numbering? numbering, W.Styles? styles)
    {
        if (numbering is null)
        {
            return;
        }

        var abstracts = new Dictionary<int, W.AbstractNum>();
        var styleLinks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in numbering.Elements<W.AbstractNum>())
        {
            if (a.AbstractNumberId?.Value is { } id)
            {
                abstracts[id] = a;
                if (a.StyleLink?.Val?.Value is { } link)
                {
                    styleLinks[link] = id;
                }
            }
        }

        var numToAbstract = new Dictionary<int, int>();
        foreach (var n in numbering.Elements<W.NumberingInstance>())
        {
            if (n.NumberID?.Value is { } numId && n.AbstractNumId?.Val?.Value is { } abstractId)
            {
                numToAbstract[numId] = abstractId;
            }
        }

        foreach (var entry in abstracts)
        {
            var id = entry.Key;
            var a = entry.Value;
            var source = a;
            // A definition that only points at a list style (w:numStyleLink) takes the levels of the definition
            // that style's num refers to.
            if (a.NumberingStyleLink?.Val?.Value is { } styleId && styles is not null)
            {
                foreach (var s in styles.Elements<W.Style>())
                {
                    if (s.StyleId?.Value == styleId && s.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value is { } linkedNum
                        && numToAbstract.TryGetValue(linkedNum, out var linkedAbstract) && abstracts.TryGetValue(linkedAbstract, out var linked))
                    {
                        source = linked;
                        break;
                    }
                }

                if (ReferenceEquals(source, a) && styleLinks.TryGetValue(styleId, out var byLink) && abstracts.TryGetValue(byLink, out var byLinkDef))
                {
                    source = byLinkDef;
                }
            }

            var levels = new LevelDef?[MaxLevels];
            foreach (var l in source.Elements<W.Level>())
            {
                if (l.LevelIndex?.Value is { } i && i >= 0 && i < MaxLevels)
                {
                    levels[i] = ReadLevel(l);
                }
            }

            _abstracts[id] = levels;
        }

        foreach (var n in numbering.Elements<W.NumberingInstance>())
        {
            if (n.NumberID?.Value is not { } numId || n.AbstractNumId?.Val?.Value is not { } abstractId)
            {
                continue;
            }

            var overrides = new Dictionary<int, (int?, LevelDef?)>();
            foreach (var o in n.Elements<W.LevelOverride>())
            {
                if (o.LevelIndex?.Value is { } i && i >= 0 && i < MaxLevels)
                {
                    var lvl = o.Level is { } l ? ReadLevel(l) : null;
                    overrides[i] = (o.StartOverrideNumberingValue?.Val?.Value, lvl);
                }
            }

            _nums[numId] = new NumInstance(abstractId, overrides);
        }
    }

    /// <summary>Creates a renderer for a main document part.</summary>
    public static NumberingRenderer For(MainDocumentPart main) =>
        new(main.NumberingDefinitionsPart?.Numbering, main.StyleDefinitionsPart?.Styles);

    /// <summary>The paragraph properties a list level adds (indents, tabs), without counting.</summary>
    public ParaLayer? LevelParagraph(int numId, int level) => Level(numId, level)?.Para;

    /// <summary>Counts one numbered paragraph and returns its label, or <see langword="null"/> when the num is unknown.</summary>
    public string? Next(int numId, int level)
    {
        if (numId == 0 || level < 0 || level >= MaxLevels || !_nums.TryGetValue(numId, out var num) || !_abstracts.ContainsKey(num.AbstractId))
        {
            return null;
        }

        var abstractId = num.AbstractId;
        if (!_counters.TryGetValue(abstractId, out var counters))
        {
            counters = new int[MaxLevels];
            _counters[abstractId] = counters;
            _used[abstractId] = new bool[MaxLevels];
        }

        var used = _used[abstractId];
        if (_started.Add(numId))
        {
            foreach (var entry in num.Overrides)
            {
                if (entry.Value.Start is { } s)
                {
                    counters[entry.Key] = s - 1;
                    used[entry.Key] = true;
                }
            }
        }

        var def = Level(num, level);
        if (def is null)
        {
            return null;
        }

        counters[level] = used[level] ? counters[level] + 1 : def.Start;
        used[level] = true;

        // Restart the lower levels: by default whenever a higher level is used; w:lvlRestart="n" restarts a level
        // only after level n (1-based) or a higher one, 0 never.
        for (var k = level + 1; k < MaxLevels; k++)
        {
            var restart = Level(num, k)?.Restart ?? k;
            if (level < restart)
            {
                used[k] = false;
            }
        }

        return Render(num, def, counters, used);
    }

    private LevelDef? Level(int numId, int level) =>
        _nums.TryGetValue(numId, out var num) && level >= 0 && level < MaxLevels ? Level(num, level) : null;

    private LevelDef? Level(NumInstance num, int level)
    {
        if (num.Overrides.TryGetValue(level, out var o) && o.Level is not null)
        {
            return o.Level;
        }

        return _abstracts.TryGetValue(num.AbstractId, out var levels) ? levels[level] : null;
    }

    private string Render(NumInstance num, LevelDef def, int[] counters, bool[] used)
    {
        var text = def.Text ?? string.Empty;
        if (def.Format == "bullet")
        {
            return Bullet(text);
        }

        if (def.Format == "none")
        {
            return StripPlaceholders(text);
        }

        var sb = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%' && i + 1 < text.Length && text[i + 1] >= '1' && text[i + 1] <= '9')
            {
                var l = text[i + 1] - '1';
                var ld = Level(num, l) ?? def;
                var value = used[l] ? counters[l] : ld.Start;
                sb.Append(FormatNumber(value, def.IsLegal ? "decimal" : ld.Format));
                i++;
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static string StripPlaceholders(string text)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                i++;
                continue;
            }

            sb.Append(text[i]);
        }

        return sb.ToString();
    }

    /// <summary>Formats a counter in a w:numFmt; formats without a rendering here fall back to decimal.</summary>
    public static string FormatNumber(int value, string format)
    {
        switch (format)
        {
            case "upperRoman":
                return Numbering.ToRoman(value);
            case "lowerRoman":
                return Numbering.ToRoman(value).ToLowerInvariant();
            case "upperLetter":
                return Letters(value);
            case "lowerLetter":
                return Letters(value).ToLowerInvariant();
            case "decimalZero":
                return value is >= 0 and < 10 ? "0" + value.ToString(CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);
            case "none":
                return string.Empty;
            default:
                return value.ToString(CultureInfo.InvariantCulture);
        }
    }

    // Word: A..Z, then AA..ZZ, AAA... (the letter repeated), not spreadsheet-style AB.
    private static string Letters(int value)
    {
        if (value <= 0)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var letter = (char)('A' + ((value - 1) % 26));
        var count = Math.Min(((value - 1) / 26) + 1, 50);
        return new string(letter, count);
    }

    /// <summary>Turns a bullet level's text (often a Symbol or Wingdings private-use character) into what it shows.</summary>
    public static string Bullet(string text)
    {
        if (text.Length == 0)
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c >= '\uF000' && c <= '\uF0FF' ? SymbolChar(c) : c.ToString());
        }

        return sb.ToString();
    }

    /// <summary>Maps a Symbol/Wingdings private-use character to the Unicode character it looks like.</summary>
    public static string SymbolChar(char c) => (c & 0xFF) switch
    {
        0xB7 => "•",
        0xA7 => "▪",
        0xD8 => "➢",
        0x76 => "❖",
        0xFC => "✓",
        0x6C => "●",
        0x6E => "■",
        0x71 => "❑",
        0xA8 => "◆",
        0x2D => "-",
        0xE0 => "→",
        0x2A => "*",
        0x2B => "+",
        _ => "•",
    };

    private static LevelDef ReadLevel(W.Level l) => new(
        l.NumberingFormat?.Val?.InnerText ?? "decimal",
        l.LevelText?.Val?.Value,
        l.StartNumberingValue?.Val?.Value ?? 0,
        l.LevelRestart?.Val?.Value,
        l.IsLegalNumberingStyle is { } lgl && StyleResolver.OnOff(lgl),
        StyleResolver.ReadPara(l.PreviousParagraphProperties),
        null);
}

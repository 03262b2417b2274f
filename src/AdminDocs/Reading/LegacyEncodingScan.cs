using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using AdminDocs.Sources;
using AdminDocs.Text.Encodings;
using AdminDocs.Validation;

namespace AdminDocs.Reading;

/// <summary>
/// Finds the text of a document typed in a legacy Vietnamese encoding, run by run, and reports it as AD0003 where it
/// is: one diagnostic per <em>stretch</em> (consecutive paragraphs or lines in the same encoding, up to the next text
/// that is Unicode Vietnamese or in another encoding), at the first legacy run of the stretch, with the encoding, the
/// number of runs and paragraphs and the evidence.
/// <para>The characters decide. A run in a legacy font (<c>.Vn…</c>: TCVN3, <c>VNI-…</c>: VNI, also inherited
/// through styles or CSS) is legacy when its characters include one the encoding uses that Vietnamese Unicode text
/// never does (<c>¸ µ ¶</c> for TCVN3; <c>ø ï ä</c> after a vowel for VNI) and no Unicode Vietnamese letter the
/// encodings cannot give (<c>ộ ư đ</c>). An empty run, a page number or any ASCII in a legacy font is not legacy
/// text; a run whose letters read as Vietnamese either way ("Sè") is legacy only when the same encoding is proven
/// elsewhere in the document. Text in any other font (or in a .txt) is legacy only on the characters alone, and then
/// only when several of its words carry such characters (the detector of <see cref="LegacyEncodingDetector"/>).</para>
/// </summary>
internal sealed class LegacyEncodingScan
{
    /// <summary>No more AD0003 diagnostics than this per document (a document alternating on every line).</summary>
    public const int MaxDiagnostics = 100;

    private const int SampleLength = 40;
    private const int EvidenceCharacters = 6;

    private static readonly HashSet<string> Letters = new(VietnameseEncodings.AllLetters, StringComparer.Ordinal);

    private readonly List<Unit> _units = [];

    private enum RunKind
    {
        Neutral,
        Unicode,
        Legacy,
        Undecided,
    }

    /// <summary>The AD0003 diagnostics of the blocks of a .docx or an HTML page (runs with their resolved fonts).</summary>
    /// <param name="blocks">The blocks in reading order.</param>
    /// <returns>The diagnostics, at most <see cref="MaxDiagnostics"/>.</returns>
    public static ImmutableArray<Diagnostic> Diagnose(IReadOnlyList<SourceBlock> blocks)
    {
        var scan = new LegacyEncodingScan();
        foreach (var block in blocks)
        {
            var runs = block.Runs.Length > 0
                ? block.Runs.Select(r => (r.Text, r.Format.FontFamily))
                : [(block.Text, (string?)null)];
            scan.Add(block.Location, ParagraphKey(block), runs);
        }

        return scan.Diagnostics(lines: false);
    }

    /// <summary>Adds a paragraph (or a line of a text file) and its runs.</summary>
    /// <param name="location">Where it starts.</param>
    /// <param name="paragraph">A key of the paragraph it belongs to (several lines of one paragraph share it).</param>
    /// <param name="runs">Its runs: text and resolved font family (<see langword="null"/> when unknown).</param>
    public void Add(SourceLocation location, string paragraph, IEnumerable<(string Text, string? Font)> runs)
    {
        var unit = new Unit(location, paragraph);
        var plain = new List<(int Offset, string Text)>();
        var offset = 0;
        foreach (var (text, font) in runs)
        {
            var start = offset;
            offset += text.Length;
            if (VietnameseEncodings.EncodingOfFont(font) is { } encoding)
            {
                var kind = ClassifyInFont(text, encoding, out var evidence);
                if (kind != RunKind.Neutral)
                {
                    unit.Runs.Add(new Run(kind, encoding, font, start, text, evidence));
                }
            }
            else
            {
                plain.Add((start, text));
            }
        }

        // Text in no legacy font: the characters alone, read over the whole line (a word may be split into runs).
        if (plain.Count > 0)
        {
            var line = string.Concat(plain.Select(p => p.Text));
            if (HasUnicodeLetter(line))
            {
                unit.Runs.Add(new Run(RunKind.Unicode, LegacyEncoding.Tcvn3, null, plain[0].Offset, line, string.Empty));
            }
            else if (LegacyEncodingDetector.Detect(line) is { } finding)
            {
                var encoding = finding.EncodingName == "VNI" ? LegacyEncoding.Vni : LegacyEncoding.Tcvn3;
                var first = finding.Column - 1;
                foreach (var (start, text) in plain)
                {
                    var evidence = EvidenceOf(text, encoding);
                    if (evidence.Length > 0)
                    {
                        // The first suspicious word is where the stretch starts.
                        var at = first >= start && first < start + text.Length ? first : start;
                        unit.Runs.Add(new Run(RunKind.Legacy, encoding, null, at, at == first ? text.Substring(first - start) : text, evidence));
                    }
                }
            }
        }

        unit.Runs.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        _units.Add(unit);
    }

    /// <summary>The diagnostics of what was added: one per legacy stretch.</summary>
    /// <param name="lines">Whether the units are lines of a text file (message variant <c>lines</c>).</param>
    /// <returns>The diagnostics.</returns>
    public ImmutableArray<Diagnostic> Diagnostics(bool lines)
    {
        // A legacy font whose characters read as Vietnamese either way follows the encoding proven elsewhere.
        var proven = new HashSet<LegacyEncoding>(_units.SelectMany(u => u.Runs).Where(r => r.Kind == RunKind.Legacy).Select(r => r.Encoding));
        var result = ImmutableArray.CreateBuilder<Diagnostic>();
        Stretch? current = null;
        foreach (var unit in _units)
        {
            var legacy = unit.Runs.Where(r => r.Kind == RunKind.Legacy || (r.Kind == RunKind.Undecided && proven.Contains(r.Encoding))).ToList();
            var unicode = unit.Runs.Any(r => r.Kind == RunKind.Unicode);
            if (legacy.Count == 0)
            {
                if (unicode && current is not null)
                {
                    Close(ref current, result, lines);
                }

                continue;
            }

            foreach (var group in legacy.GroupBy(r => r.Encoding))
            {
                if (current is not null && current.Encoding != group.Key)
                {
                    Close(ref current, result, lines);
                }

                current ??= new Stretch(group.Key, unit.Location);
                current.Add(unit.Paragraph, group);
            }

            if (unicode)
            {
                // The paragraph itself mixes: the stretch ends with it.
                Close(ref current, result, lines);
            }
        }

        if (current is not null)
        {
            Close(ref current, result, lines);
        }

        return result.ToImmutable();
    }

    /// <summary>The AD0003 diagnostics of text typed in VIQR (ASCII with the marks as punctuation: <c>Vie^.t Nam</c>),
    /// looked for only when asked, since ordinary text can look like it: one per stretch of consecutive blocks that
    /// read as VIQR (see <see cref="IsViqr(string, out int, out int)"/>), broken by a block of Unicode Vietnamese.</summary>
    /// <param name="blocks">The blocks in reading order.</param>
    /// <returns>The diagnostics, at most <see cref="MaxDiagnostics"/>.</returns>
    public static ImmutableArray<Diagnostic> DiagnoseViqr(IReadOnlyList<SourceBlock> blocks)
    {
        var result = ImmutableArray.CreateBuilder<Diagnostic>();
        SourceLocation? start = null;
        var count = 0;
        var words = 0;
        var sample = string.Empty;
        foreach (var block in blocks)
        {
            if (IsViqr(block.Text, out var marked, out var column))
            {
                if (start is null)
                {
                    start = block.Location.Column is { } c ? block.Location with { Column = c + column - 1 } : block.Location;
                    sample = block.Text.Substring(column - 1);
                    sample = (sample.Length > SampleLength ? sample.Substring(0, SampleLength) : sample).Trim();
                }

                count++;
                words += marked;
            }
            else if (start is not null && HasUnicodeLetter(block.Text))
            {
                Add();
            }
        }

        Add();
        return result.ToImmutable();

        void Add()
        {
            if (start is not null && result.Count < MaxDiagnostics)
            {
                result.Add(ReaderDiagnostics.Create("AD0003", "viqr", start, Count(count), Count(words), sample));
            }

            start = null;
            count = 0;
            words = 0;
        }
    }

    /// <summary>Whether a line reads as VIQR: two words with a strong VIQR mark (<c>^ ( +</c> after their vowel,
    /// <c>` ~</c> after a vowel, <c>dd</c> before a vowel), or one in a line of at most three words, or one strong and
    /// two weak ones (<c>' ? .</c> between a vowel and a letter).</summary>
    /// <param name="line">The line.</param>
    /// <param name="marked">How many of its words carry VIQR marks.</param>
    /// <param name="column">The 1-based column of the first such word.</param>
    /// <returns>Whether it reads as VIQR.</returns>
    public static bool IsViqr(string line, out int marked, out int column)
    {
        var strong = ViqrWords(line, out var weak, out column);
        marked = strong + weak;
        var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return strong >= 2 || (strong == 1 && (words <= 3 || weak >= 2));
    }

    private static int ViqrWords(string line, out int weak, out int column)
    {
        const string Vowels = "aeiouyAEIOUY";
        var strong = 0;
        weak = 0;
        column = 0;
        foreach (var (start, word) in Words(line))
        {
            if (word.IndexOf('/') >= 0 || word.IndexOf('@') >= 0)
            {
                continue;
            }

            var isStrong = (word.Length > 2 && (word.StartsWith("dd", StringComparison.Ordinal) || word.StartsWith("DD", StringComparison.Ordinal) || word.StartsWith("Dd", StringComparison.Ordinal)) && Vowels.IndexOf(word[2]) >= 0);
            var isWeak = false;
            for (var k = 1; k < word.Length; k++)
            {
                var previous = word[k - 1];
                var afterVowel = Vowels.IndexOf(previous) >= 0 || (k > 1 && Vowels.IndexOf(word[k - 2]) >= 0 && previous is '^' or '(' or '+');
                var c = word[k];
                if (c is '^' && "aeoAEO".IndexOf(previous) >= 0 || c is '(' && previous is 'a' or 'A' || c is '+' && "ouOU".IndexOf(previous) >= 0)
                {
                    isStrong = true;
                }
                else if (afterVowel && c is '`' or '~')
                {
                    isStrong = true;
                }
                else if (afterVowel && c is '\'' or '?' or '.' && k + 1 < word.Length && char.IsLetter(word[k + 1]))
                {
                    isWeak = true;
                }
            }

            if (isStrong || isWeak)
            {
                if (column == 0)
                {
                    column = start + 1;
                }

                strong += isStrong ? 1 : 0;
                weak += isStrong ? 0 : 1;
            }
        }

        return strong;
    }

    private static IEnumerable<(int Start, string Word)> Words(string line)
    {
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            var start = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            if (i > start)
            {
                yield return (start, line.Substring(start, i - start));
            }
        }
    }

    /// <summary>The name of an encoding in messages.</summary>
    /// <param name="encoding">The encoding.</param>
    /// <returns>"TCVN3 (ABC)", "VNI", ...</returns>
    public static string NameOf(LegacyEncoding encoding) => encoding switch
    {
        LegacyEncoding.Tcvn3 => "TCVN3 (ABC)",
        LegacyEncoding.Vni => "VNI",
        LegacyEncoding.Viqr => "VIQR",
        LegacyEncoding.Viscii => "VISCII",
        _ => "windows-1258",
    };

    /// <summary>Whether a text holds a Vietnamese letter (in Unicode) that no legacy byte shows: ộ, ư, đ, ơ, ă ...
    /// (a character above U+00FF that is a Vietnamese letter).</summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether it does.</returns>
    public static bool HasUnicodeLetter(string text)
    {
        foreach (var c in text)
        {
            if (c > 0xFF && Letters.Contains(c.ToString()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The characters of <paramref name="text"/> that the encoding uses and Vietnamese never does, distinct,
    /// in order, space-separated (at most six); empty when there is none.</summary>
    /// <param name="text">The text as read.</param>
    /// <param name="encoding">The encoding.</param>
    /// <returns>The evidence characters.</returns>
    public static string EvidenceOf(string text, LegacyEncoding encoding)
    {
        var found = new List<char>();
        foreach (var c in text)
        {
            if (c < 0x80 || found.Contains(c) || Letters.Contains(c.ToString()))
            {
                continue;
            }

            var s = c.ToString();
            if (VietnameseEncodings.ToUnicode(s, encoding) != s || VietnameseEncodings.ToUnicode("a" + s, encoding) != "a" + s || VietnameseEncodings.ToUnicode("o" + s, encoding) != "o" + s)
            {
                found.Add(c);
                if (found.Count == EvidenceCharacters)
                {
                    break;
                }
            }
        }

        return string.Join(" ", found);
    }

    private static string ParagraphKey(SourceBlock block) =>
        block.Location.ParagraphIndex is { } p ? (block.Location.Part ?? string.Empty) + "#" + p.ToString(CultureInfo.InvariantCulture)
        : "B" + block.Index.ToString(CultureInfo.InvariantCulture);

    // In a legacy font: Unicode when a Vietnamese letter no legacy byte gives is there; legacy when a character the
    // encoding uses that is no Vietnamese letter is there; undecided when the non-ASCII characters are all letters in
    // Unicode too; neutral for ASCII only (a page number, "------").
    private static RunKind ClassifyInFont(string text, LegacyEncoding encoding, out string evidence)
    {
        evidence = string.Empty;
        if (HasUnicodeLetter(text))
        {
            return RunKind.Unicode;
        }

        if (!text.Any(c => c >= 0x80 && !char.IsWhiteSpace(c)))
        {
            return RunKind.Neutral;
        }

        evidence = EvidenceOf(text, encoding);
        return evidence.Length > 0 ? RunKind.Legacy : RunKind.Undecided;
    }

    private static void Close(ref Stretch? stretch, ImmutableArray<Diagnostic>.Builder result, bool lines)
    {
        if (stretch is not null && result.Count < MaxDiagnostics)
        {
            result.Add(stretch.ToDiagnostic(lines));
        }

        stretch = null;
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private sealed class Unit
    {
        public Unit(SourceLocation location, string paragraph)
        {
            Location = location;
            Paragraph = paragraph;
        }

        public SourceLocation Location { get; }

        public string Paragraph { get; }

        public List<Run> Runs { get; } = [];
    }

    private sealed class Run
    {
        public Run(RunKind kind, LegacyEncoding encoding, string? font, int offset, string text, string evidence)
        {
            Kind = kind;
            Encoding = encoding;
            Font = font;
            Offset = offset;
            Text = text;
            Evidence = evidence;
        }

        public RunKind Kind { get; }

        public LegacyEncoding Encoding { get; }

        public string? Font { get; }

        public int Offset { get; }

        public string Text { get; }

        public string Evidence { get; }
    }

    private sealed class Stretch
    {
        private readonly HashSet<string> _paragraphs = new(StringComparer.Ordinal);
        private readonly List<char> _evidence = [];
        private readonly StringBuilder _sample = new();
        private readonly List<string> _fonts = [];
        private SourceLocation _location;
        private string? _firstParagraph;
        private bool _started;
        private int _runs;

        public Stretch(LegacyEncoding encoding, SourceLocation location)
        {
            Encoding = encoding;
            _location = location;
        }

        public LegacyEncoding Encoding { get; }

        public void Add(string paragraph, IEnumerable<Run> runs)
        {
            _paragraphs.Add(paragraph);
            foreach (var run in runs)
            {
                _runs++;
                if (run.Font is { } font && !_fonts.Contains(font, StringComparer.OrdinalIgnoreCase) && _fonts.Count < 3)
                {
                    _fonts.Add(font);
                }

                if (!_started)
                {
                    _started = true;
                    _firstParagraph = paragraph;
                    if (_location.Column is { } column)
                    {
                        _location = _location with { Column = column + run.Offset };
                    }
                }

                if (paragraph == _firstParagraph && _sample.Length < SampleLength)
                {
                    _sample.Append(run.Text);
                }

                foreach (var c in run.Evidence)
                {
                    if (c != ' ' && !_evidence.Contains(c) && _evidence.Count < EvidenceCharacters)
                    {
                        _evidence.Add(c);
                    }
                }
            }
        }

        public Diagnostic ToDiagnostic(bool lines)
        {
            var sample = _sample.ToString();
            sample = (sample.Length > SampleLength ? sample.Substring(0, SampleLength) : sample).Trim();
            var evidence = string.Join(" ", _evidence);
            var name = NameOf(Encoding);
            if (lines)
            {
                return ReaderDiagnostics.Create("AD0003", "lines", _location, name, Count(_paragraphs.Count), evidence, sample);
            }

            return _fonts.Count > 0
                ? ReaderDiagnostics.Create("AD0003", "font", _location, name, Count(_runs), Count(_paragraphs.Count), string.Join(", ", _fonts), evidence, sample)
                : ReaderDiagnostics.Create("AD0003", "characters", _location, name, Count(_runs), Count(_paragraphs.Count), evidence, sample);
        }
    }
}

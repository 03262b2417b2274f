using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using AdminDocs.Decree;
using AdminDocs.Recognition;
using AdminDocs.Validation;

namespace AdminDocs.Building;

/// <summary>
/// Builds a body (nội dung, ô 6) or the content of a numbered part or of an appendix: the opening (căn cứ, "Theo đề
/// nghị của ...", "QUYẾT ĐỊNH:"), paragraphs, phần/chương/mục/điều/khoản/điểm, bullets and tables. You give the titles
/// and texts; the labels ("Phần I", "Chương II", "Mục 1", "I.", "Điều 3.", "2.", "1.1.", "c)", "-") and their numbers
/// are generated in sequence when the document is built, and the punctuation of the căn cứ block is set. Nesting is
/// checked at <see cref="DocumentBuilder.Build"/>: a part can only hold smaller parts (no Điều inside a khoản).
/// </summary>
public sealed class BodyBuilder
{
    private static readonly Regex ProposalStart = new(@"^(?:Theo|Xét)\s+(?:đề\s+nghị|đề\s+xuất|tờ\s+trình)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex LegalBasisStart = new(@"^Căn\s+cứ\b", RegexOptions.CultureInvariant);

    private readonly List<Draft> _items = new();

    internal BodyBuilder()
    {
    }

    internal enum DraftKind
    {
        IssuingAuthority,
        LegalBasis,
        Proposal,
        EnactingFormula,
        Paragraph,
        Table,
        Part,
        Chapter,
        Section,
        RomanSection,
        Subsection,
        Article,
        Clause,
        Subclause,
        Point,
        Bullet,
    }

    internal IReadOnlyList<Draft> Items => _items;

    /// <summary>Whether nothing was added.</summary>
    public bool IsEmpty => _items.Count == 0;

    /// <summary>Adds a paragraph of running text.</summary>
    /// <param name="text">The text, one paragraph (no line break). It must not start like a label ("1.", "a)", "-"):
    /// use <see cref="Clause"/>, <see cref="Point"/> or <see cref="Bullet"/> for those.</param>
    /// <returns>This builder.</returns>
    public BodyBuilder Paragraph(string text)
    {
        var t = BuildText.Line(text, nameof(text));
        if (BodyParser.HasLabel(t))
        {
            throw new ArgumentException($"The paragraph \"{BuildText.Cut(t)}\" starts like a numbered or bulleted part; use Clause, Point or Bullet, which number it for you.", nameof(text));
        }

        return Add(DraftKind.Paragraph, t);
    }

    /// <summary>Adds several paragraphs.</summary>
    /// <param name="texts">The paragraphs.</param>
    /// <returns>This builder.</returns>
    public BodyBuilder Paragraphs(params string[] texts)
    {
        foreach (var t in texts ?? throw new ArgumentNullException(nameof(texts)))
        {
            Paragraph(t);
        }

        return this;
    }

    /// <summary>
    /// Adds a căn cứ line. "Căn cứ " is added when the text does not start with it; the ending ";" (or "." for the
    /// last line of the block; "," under Thông tư 01/2011) is set at build time.
    /// </summary>
    /// <param name="text">The legal basis, e.g. "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015".</param>
    /// <returns>This builder.</returns>
    public BodyBuilder LegalBasis(string text)
    {
        var t = BuildText.StripEnd(BuildText.Line(text, nameof(text)));
        if (!LegalBasisStart.IsMatch(t))
        {
            t = "Căn cứ " + t;
        }

        return Add(DraftKind.LegalBasis, t);
    }

    /// <summary>Adds the authority line of a quyết định or nghị quyết ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH"), in capitals.</summary>
    /// <param name="text">The authority.</param>
    /// <returns>This builder.</returns>
    public BodyBuilder IssuingAuthority(string text) => Add(DraftKind.IssuingAuthority, BuildText.Upper(BuildText.StripEnd(BuildText.Line(text, nameof(text)))));

    /// <summary>Adds the "Theo đề nghị của ..." line that closes the căn cứ block; its ending is set at build time.</summary>
    /// <param name="text">The line; it must start with "Theo đề nghị", "Xét đề nghị", "Theo đề xuất" or "Xét tờ trình".</param>
    /// <returns>This builder.</returns>
    public BodyBuilder Proposal(string text)
    {
        var t = BuildText.StripEnd(BuildText.Line(text, nameof(text)));
        if (!ProposalStart.IsMatch(t))
        {
            throw new ArgumentException($"\"{BuildText.Cut(t)}\" is not a proposal line: it starts with \"Theo đề nghị của ...\" or \"Xét đề nghị của ...\".", nameof(text));
        }

        return Add(DraftKind.Proposal, t);
    }

    /// <summary>Adds the enacting formula on its own line ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:").</summary>
    /// <param name="text">The formula, or <see langword="null"/> for the kind's own ("QUYẾT ĐỊNH:" for a quyết định,
    /// "QUYẾT NGHỊ:" for a nghị quyết).</param>
    /// <returns>This builder.</returns>
    public BodyBuilder EnactingFormula(string? text = null)
    {
        var t = text is null ? string.Empty : BuildText.Upper(BuildText.Line(text, nameof(text))).TrimEnd(':', ' ');
        return Add(DraftKind.EnactingFormula, t.Length == 0 ? string.Empty : t + ":");
    }

    /// <summary>Adds a phần: "Phần I" (Roman, numbered through the body) with its title in capitals.</summary>
    /// <param name="title">The title (tiêu đề), put in capitals.</param>
    /// <param name="content">Fills the phần, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public BodyBuilder Part(string title, Action<BodyBuilder>? content = null) => AddSection(DraftKind.Part, BuildText.Upper(Title(title)), content);

    /// <summary>Adds a chương: "Chương I" (Roman, numbered through the body) with its title in capitals.</summary>
    /// <param name="title">The title, put in capitals.</param>
    /// <param name="content">Fills the chương, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public BodyBuilder Chapter(string title, Action<BodyBuilder>? content = null) => AddSection(DraftKind.Chapter, BuildText.Upper(Title(title)), content);

    /// <summary>Adds a mục of a regulation: "Mục 1" (Arabic, numbered within its parent) with its title in capitals.</summary>
    /// <param name="title">The title, put in capitals.</param>
    /// <param name="content">Fills the mục, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public BodyBuilder Section(string title, Action<BodyBuilder>? content = null) => AddSection(DraftKind.Section, BuildText.Upper(Title(title)), content);

    /// <summary>Adds a tiểu mục: "Tiểu mục 1" with its title in capitals.</summary>
    /// <param name="title">The title, put in capitals.</param>
    /// <param name="content">Fills the tiểu mục, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public BodyBuilder Subsection(string title, Action<BodyBuilder>? content = null) => AddSection(DraftKind.Subsection, BuildText.Upper(Title(title)), content);

    /// <summary>
    /// Adds the mục of a report or plan: "I." + the title in capitals (Phụ lục I, Mục V row 6b), numbered within its
    /// parent.
    /// </summary>
    /// <param name="title">The title, put in capitals.</param>
    /// <param name="content">Fills the mục, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public BodyBuilder RomanSection(string title, Action<BodyBuilder>? content = null) => AddSection(DraftKind.RomanSection, BuildText.Upper(Title(title)), content);

    /// <summary>Adds an điều: "Điều 1. Title" (numbered through the body).</summary>
    /// <param name="title">The title on the same line.</param>
    /// <param name="content">Fills the điều (khoản, điểm, paragraphs), or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public BodyBuilder Article(string title, Action<BodyBuilder>? content = null) => AddSection(DraftKind.Article, Title(title), content);

    /// <summary>Adds a khoản: "1." + the text (a title when it has content), numbered within its parent.</summary>
    /// <param name="text">The text after the number.</param>
    /// <param name="content">Fills the khoản (điểm, paragraphs), or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public BodyBuilder Clause(string text, Action<BodyBuilder>? content = null) => AddSection(DraftKind.Clause, BuildText.Line(text, nameof(text)), content);

    /// <summary>Adds a multi-level khoản directly under a khoản: "1.1.", "1.2." under "1.".</summary>
    /// <param name="text">The text after the number.</param>
    /// <param name="content">Fills it, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public BodyBuilder Subclause(string text, Action<BodyBuilder>? content = null) => AddSection(DraftKind.Subclause, BuildText.Line(text, nameof(text)), content);

    /// <summary>Adds a điểm: "a)" + the text; the letters follow the Vietnamese alphabet (a, b, c, d, đ, e, g, ...).</summary>
    /// <param name="text">The text after the letter.</param>
    /// <param name="content">Fills the điểm (paragraphs, bullets), or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public BodyBuilder Point(string text, Action<BodyBuilder>? content = null) => AddSection(DraftKind.Point, BuildText.Line(text, nameof(text)), content);

    /// <summary>Adds a bullet item ("- text"; "+ text" for a bullet inside a bullet).</summary>
    /// <param name="text">The text after the marker.</param>
    /// <param name="content">Sub-bullets, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public BodyBuilder Bullet(string text, Action<BodyBuilder>? content = null) => AddSection(DraftKind.Bullet, BuildText.StripMarker(BuildText.Line(text, nameof(text))), content);

    /// <summary>Adds one bullet item per text.</summary>
    /// <param name="texts">The items.</param>
    /// <returns>This builder.</returns>
    public BodyBuilder Bullets(params string[] texts)
    {
        foreach (var t in texts ?? throw new ArgumentNullException(nameof(texts)))
        {
            Bullet(t);
        }

        return this;
    }

    /// <summary>Adds a simple table of plain-text cells; every row has the same number of cells.</summary>
    /// <param name="rows">The rows, header rows first.</param>
    /// <param name="headerRows">How many of the first rows are the header (0 or more).</param>
    /// <returns>This builder.</returns>
    public BodyBuilder Table(IEnumerable<IReadOnlyList<string>> rows, int headerRows = 1)
    {
        if (rows is null)
        {
            throw new ArgumentNullException(nameof(rows));
        }

        var built = new List<TableRow>();
        foreach (var row in rows)
        {
            if (row is null || row.Count == 0)
            {
                throw new ArgumentException("A table row has no cell.", nameof(rows));
            }

            built.Add(new TableRow(row.Select(c => c is null ? throw new ArgumentException("A table cell is null.", nameof(rows)) : Text.VietnameseText.Nfc(c).Trim()).ToImmutableArray()));
        }

        if (built.Count == 0)
        {
            throw new ArgumentException("The table has no row.", nameof(rows));
        }

        if (built.Any(r => r.Cells.Length != built[0].Cells.Length))
        {
            throw new ArgumentException($"Every row of a table has the same number of cells (the first has {built[0].Cells.Length}).", nameof(rows));
        }

        if (headerRows < 0 || headerRows > built.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(headerRows), headerRows, $"The header has 0 to {built.Count} rows.");
        }

        _items.Add(new Draft(DraftKind.Table, string.Empty, null) { Table = new Table { Rows = built.ToImmutableArray(), HeaderRowCount = headerRows } });
        return this;
    }

    /// <summary>Adds a simple table of plain-text cells.</summary>
    /// <param name="headerRows">How many of the first rows are the header.</param>
    /// <param name="rows">The rows, header rows first.</param>
    /// <returns>This builder.</returns>
    public BodyBuilder Table(int headerRows, params string[][] rows) => Table((rows ?? throw new ArgumentNullException(nameof(rows))).Cast<IReadOnlyList<string>>(), headerRows);

    private static string Title(string title) => BuildText.Line(title, nameof(title));

    private BodyBuilder Add(DraftKind kind, string text)
    {
        _items.Add(new Draft(kind, text, null));
        return this;
    }

    private BodyBuilder AddSection(DraftKind kind, string text, Action<BodyBuilder>? content)
    {
        var children = new BodyBuilder();
        content?.Invoke(children);
        _items.Add(new Draft(kind, text, children));
        return this;
    }

    internal sealed class Draft
    {
        public Draft(DraftKind kind, string text, BodyBuilder? children)
        {
            Kind = kind;
            Text = text;
            Children = children;
        }

        public DraftKind Kind { get; }

        public string Text { get; }

        public BodyBuilder? Children { get; }

        public Table? Table { get; init; }
    }

    /// <summary>Turns the drafts of one body into model nodes, with the numbers and the checks.</summary>
    internal sealed class Compiler
    {
        private readonly Dictionary<DraftKind, int> _bodyWide = new();

        private readonly List<Diagnostic> _problems;

        private readonly DocumentKind _kind;

        private readonly bool _tt01;

        public Compiler(List<Diagnostic> problems, DocumentKind kind, bool tt01)
        {
            _problems = problems;
            _kind = kind;
            _tt01 = tt01;
        }

        public Body Compile(BodyBuilder builder, string path, bool allowOpening)
        {
            Normalize(builder, path, root: true);
            var nodes = Nodes(builder, path, null, null, allowOpening, 0);
            nodes = Punctuate(nodes);
            return new Body { Nodes = nodes };
        }

        private static bool IsSection(DraftKind k) => k is >= DraftKind.Part and <= DraftKind.Point;

        private static bool IsClosing(Draft d) =>
            d.Kind == DraftKind.Paragraph && (d.Text.StartsWith("Trên đây", StringComparison.Ordinal) || d.Text.StartsWith("Trân trọng", StringComparison.Ordinal));

        /// <summary>
        /// Puts the tree in the one shape a reader of the printed document sees, so that the document reads back to the
        /// same model: a paragraph, table, bullet or smaller part that follows a numbered part in the same list is
        /// printed as part of it (only a closing "Trên đây ..." or "Trân trọng ..." returns to the body's level), so it is
        /// moved into it. A larger part after a smaller one in the same list ("1." then "Điều 2.") would read as
        /// nested, and is refused.
        /// </summary>
        private void Normalize(BodyBuilder container, string path, bool root)
        {
            var result = new List<Draft>();
            Draft? open = null;
            for (var i = 0; i < container._items.Count; i++)
            {
                var d = container._items[i];
                var p = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                if (d.Children is not null)
                {
                    Normalize(d.Children, p + ".children", root: false);
                }

                if (IsOpening(d.Kind))
                {
                    result.Add(d);
                    continue;
                }

                if (IsClosing(d))
                {
                    if (!root)
                    {
                        Problem("AD4016", "closing-nested", p);
                    }

                    result.Add(d);
                    open = null;
                    continue;
                }

                if (open is null)
                {
                    result.Add(d);
                    open = IsSection(d.Kind) ? d : null;
                    continue;
                }

                if (IsSection(d.Kind) && d.Kind == open.Kind)
                {
                    result.Add(d);
                    open = d;
                }
                else if (!IsSection(d.Kind) || Rank(d.Kind) > Rank(open.Kind))
                {
                    InsertDeep(open, d);
                }
                else
                {
                    Problem("AD4009", "same-level", p, Name(d.Kind), Name(open.Kind));
                    result.Add(d);
                    open = d;
                }
            }

            container._items.Clear();
            container._items.AddRange(result);
        }

        private static void InsertDeep(Draft section, Draft node)
        {
            var items = section.Children!._items;
            var last = items.Count > 0 && IsSection(items[items.Count - 1].Kind) ? items[items.Count - 1] : null;
            if (last is null || (IsSection(node.Kind) && node.Kind == last.Kind))
            {
                items.Add(node);
                return;
            }

            InsertDeep(last, node);
        }

        private static int Rank(DraftKind k) => k switch
        {
            DraftKind.Part => 0,
            DraftKind.Chapter => 1,
            DraftKind.Section or DraftKind.RomanSection => 2,
            DraftKind.Subsection => 3,
            DraftKind.Article => 4,
            DraftKind.Clause => 5,
            DraftKind.Subclause => 6,
            DraftKind.Point => 7,
            DraftKind.Bullet => 8,
            _ => 100,
        };

        // The part as the decree names it: the same word in both languages' messages.
        private static string Name(DraftKind k) => k switch
        {
            DraftKind.Part => "phần",
            DraftKind.Chapter => "chương",
            DraftKind.Section => "mục",
            DraftKind.RomanSection => "mục (I., II.)",
            DraftKind.Subsection => "tiểu mục",
            DraftKind.Article => "Điều",
            DraftKind.Clause => "khoản",
            DraftKind.Subclause => "khoản 1.1.",
            DraftKind.Point => "điểm",
            DraftKind.Bullet => "ý gạch đầu dòng (-)",
            DraftKind.LegalBasis => "căn cứ",
            DraftKind.IssuingAuthority => "thẩm quyền ban hành",
            DraftKind.Proposal => "\"Theo đề nghị ...\"",
            DraftKind.EnactingFormula => "QUYẾT ĐỊNH:",
            DraftKind.Table => "bảng",
            _ => "đoạn văn",
        };

        // A part the builder cannot place: an error of the rule whose subject it is, with a builder variant message.
        private void Problem(string ruleId, string variant, string path, params string[] arguments) =>
            _problems.Add(new Diagnostic(RuleCatalog.Get(ruleId), DiagnosticSeverity.Error, ruleId + ".build-" + variant, arguments.ToImmutableArray(), path, null));

        private static bool IsOpening(DraftKind k) => k is DraftKind.LegalBasis or DraftKind.IssuingAuthority or DraftKind.Proposal or DraftKind.EnactingFormula;

        private ImmutableArray<BodyNode> Nodes(BodyBuilder builder, string path, Draft? parent, string? parentNumber, bool allowOpening, int bulletDepth)
        {
            var result = ImmutableArray.CreateBuilder<BodyNode>();
            var local = new Dictionary<DraftKind, int>();
            var openingDone = !allowOpening;
            var openingStage = 0;
            for (var i = 0; i < builder._items.Count; i++)
            {
                var d = builder._items[i];
                var p = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                if (IsOpening(d.Kind))
                {
                    var stage = d.Kind switch { DraftKind.IssuingAuthority => 0, DraftKind.LegalBasis => 1, DraftKind.Proposal => 2, _ => 3 };
                    if (openingDone)
                    {
                        if (parent is null && allowOpening)
                        {
                            Problem("AD4009", "opening-late", p, Name(d.Kind));
                        }
                        else
                        {
                            Problem("AD4009", "opening-only-body", p, Name(d.Kind), parent is null ? "phụ lục" : Name(parent.Kind));
                        }

                        continue;
                    }

                    if (stage < openingStage)
                    {
                        Problem("AD4009", "opening-order", p, Name(d.Kind));
                    }

                    openingStage = stage;
                    if (d.Kind == DraftKind.EnactingFormula)
                    {
                        openingDone = true;
                    }

                    result.Add(Opening(d, p));
                    continue;
                }

                openingDone = true;
                if (parent?.Kind == DraftKind.Bullet && d.Kind is DraftKind.Paragraph or DraftKind.Table)
                {
                    Problem("AD4009", "inside-bullet", p, Name(d.Kind));
                    continue;
                }

                switch (d.Kind)
                {
                    case DraftKind.Paragraph:
                        result.Add(new Paragraph(d.Text));
                        continue;
                    case DraftKind.Table:
                        result.Add(d.Table!);
                        continue;
                }

                if (d.Kind == DraftKind.Bullet && bulletDepth >= 2)
                {
                    Problem("AD4009", "bullet-depth", p);
                    continue;
                }

                if (parent is not null && d.Kind != DraftKind.Subclause && Rank(d.Kind) <= Rank(parent.Kind) && !(d.Kind == DraftKind.Bullet && parent.Kind == DraftKind.Bullet))
                {
                    Problem("AD4009", "inside", p, Name(d.Kind), Name(parent.Kind));
                    continue;
                }

                if (d.Kind == DraftKind.Subclause && parent?.Kind is not DraftKind.Clause)
                {
                    Problem("AD4009", "subclause", p);
                    continue;
                }

                result.Add(Section(d, p, local, parentNumber, bulletDepth));
            }

            return result.ToImmutable();
        }

        private BodyNode Opening(Draft d, string path)
        {
            switch (d.Kind)
            {
                case DraftKind.IssuingAuthority:
                    return new IssuingAuthority(d.Text);
                case DraftKind.LegalBasis:
                    return new LegalBasis(d.Text);
                case DraftKind.Proposal:
                    return new Proposal(d.Text);
                default:
                    var text = d.Text;
                    if (text.Length == 0)
                    {
                        text = _kind switch
                        {
                            DocumentKind.Decision => "QUYẾT ĐỊNH:",
                            DocumentKind.Resolution => "QUYẾT NGHỊ:",
                            _ => string.Empty,
                        };
                        if (text.Length == 0)
                        {
                            Problem("AD4009", "formula", path);
                            text = "BAN HÀNH:";
                        }
                    }

                    return new EnactingFormula(text);
            }
        }

        private BodySection Section(Draft d, string path, Dictionary<DraftKind, int> local, string? parentNumber, int bulletDepth)
        {
            int n;
            if (d.Kind is DraftKind.Part or DraftKind.Chapter or DraftKind.Article)
            {
                _bodyWide.TryGetValue(d.Kind, out n);
                _bodyWide[d.Kind] = ++n;
            }
            else
            {
                local.TryGetValue(d.Kind, out n);
                local[d.Kind] = ++n;
            }

            string label;
            string? number;
            switch (d.Kind)
            {
                case DraftKind.Part:
                    number = Roman(n, path);
                    label = "Phần " + number;
                    break;
                case DraftKind.Chapter:
                    number = Roman(n, path);
                    label = "Chương " + number;
                    break;
                case DraftKind.Section:
                    number = Arabic(n);
                    label = "Mục " + number;
                    break;
                case DraftKind.Subsection:
                    number = Arabic(n);
                    label = "Tiểu mục " + number;
                    break;
                case DraftKind.RomanSection:
                    number = Roman(n, path);
                    label = number + ".";
                    break;
                case DraftKind.Article:
                    number = Arabic(n);
                    label = "Điều " + number + ".";
                    break;
                case DraftKind.Clause:
                    number = Arabic(n);
                    label = number + ".";
                    break;
                case DraftKind.Subclause:
                    number = parentNumber + "." + Arabic(n);
                    label = number + ".";
                    break;
                case DraftKind.Point:
                    if (n > Numbering.PointLetters.Length)
                    {
                        Problem("AD4008", "too-many", path, Numbering.PointLetters.Length.ToString(CultureInfo.InvariantCulture));
                    }

                    number = Numbering.PointLetters[Math.Min(n, Numbering.PointLetters.Length) - 1].ToString();
                    label = number + ")";
                    break;
                default:
                    number = null;
                    label = bulletDepth == 0 ? "-" : "+";
                    break;
            }

            var children = d.Children is null
                ? ImmutableArray<BodyNode>.Empty
                : Nodes(d.Children, path + ".children", d, number, allowOpening: false, d.Kind == DraftKind.Bullet ? bulletDepth + 1 : bulletDepth);
            return new BodySection(Level(d.Kind), label) { Number = number, Heading = d.Text, Children = children };
        }

        private static string Arabic(int n) => n.ToString(CultureInfo.InvariantCulture);

        private string Roman(int n, string path)
        {
            if (n >= 400)
            {
                Problem("AD4005", "roman", path);
                return "CCCXCIX";
            }

            return Numbering.ToRoman(n);
        }

        private static SectionLevel Level(DraftKind k) => k switch
        {
            DraftKind.Part => SectionLevel.Part,
            DraftKind.Chapter => SectionLevel.Chapter,
            DraftKind.Section or DraftKind.RomanSection => SectionLevel.Section,
            DraftKind.Subsection => SectionLevel.Subsection,
            DraftKind.Article => SectionLevel.Article,
            DraftKind.Clause => SectionLevel.Clause,
            DraftKind.Subclause => SectionLevel.Subclause,
            DraftKind.Point => SectionLevel.Point,
            _ => SectionLevel.ListItem,
        };

        /// <summary>Each line of the căn cứ block ends with ";", the last with "." ("," under TT01).</summary>
        private ImmutableArray<BodyNode> Punctuate(ImmutableArray<BodyNode> nodes)
        {
            var block = new List<int>();
            for (var i = 0; i < nodes.Length; i++)
            {
                if (nodes[i] is global::AdminDocs.LegalBasis or global::AdminDocs.Proposal)
                {
                    block.Add(i);
                }
            }

            if (block.Count == 0)
            {
                return nodes;
            }

            var b = nodes.ToBuilder();
            for (var k = 0; k < block.Count; k++)
            {
                var end = k < block.Count - 1 ? ";" : _tt01 ? "," : ".";
                b[block[k]] = b[block[k]] switch
                {
                    global::AdminDocs.LegalBasis l => l with { Text = l.Text + end },
                    global::AdminDocs.Proposal pr => pr with { Text = pr.Text + end },
                    var other => other,
                };
            }

            return b.ToImmutable();
        }
    }
}

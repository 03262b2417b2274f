using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using AdminDocs.Decree;
using AdminDocs.Text;
using AdminDocs.Validation;

namespace AdminDocs.Building;

/// <summary>
/// Builds a conformant <see cref="AdminDocument"/> of one of the 32 kinds of the catalog (Nghị định 30/2020 Điều 7
/// and Phụ lục III) in code: you give the content, the builder writes every fixed text and form — Quốc hiệu and Tiêu
/// ngữ, "Số: 05/BC-SGTVT" (the type abbreviation comes from the kind; a công văn gets issuer-unit), "Bình Định, ngày
/// 05 tháng 3 năm 2025" (leading zeros as Phụ lục I, II.4.b says), the căn cứ punctuation, the numbering of phần,
/// chương, mục, điều, khoản and điểm, the quyền hạn prefixes, "Kính gửi:", "Nơi nhận:" with "- Như trên;" first and
/// the "- Lưu: VT, ..." line last, "./." at the end of the body.
/// </summary>
/// <remarks>
/// <para>A builder is mutable and not thread-safe; <see cref="Build"/> can be called more than once and returns a new
/// immutable document each time. Arguments are checked when given (<see cref="ArgumentException"/>);
/// combinations are checked by <see cref="Build"/>, which throws a <see cref="DocumentBuildException"/> listing every
/// problem: a missing component, a wrong signature chain, a part in the wrong place, or any error or warning that the
/// text rules of the validator would report on the result. A document that builds therefore validates with no error
/// and no warning under its profile (the rules that need a layout are not run on a model).</para>
/// <example>
/// <code>
/// AdminDocument report = DocumentBuilder.Create(DocumentKind.Report)
///     .ParentAgency("UBND TỈNH BÌNH ĐỊNH")
///     .IssuingAgency("SỞ GIAO THÔNG VẬN TẢI", "SGTVT")
///     .Number(215)
///     .PlaceAndDate("Bình Định", new DateTime(2024, 12, 5))
///     .Subject("Kết quả hoạt động thông tin đối ngoại năm 2024")
///     .To("Ủy ban nhân dân tỉnh Bình Định")
///     .Body(b => b.Paragraph("Sở Giao thông vận tải báo cáo như sau:")
///         .RomanSection("Kết quả thực hiện", s => s.Clause("Tình hình triển khai", c => c.Paragraph("..."))))
///     .Signature(s => s.SignFor("GIÁM ĐỐC").Title("PHÓ GIÁM ĐỐC").Name("Đỗ Nguyên Đức"))
///     .Recipients("Sở Thông tin và Truyền thông").Archive("VP")
///     .Build();
/// </code>
/// </example>
/// </remarks>
public sealed class DocumentBuilder
{
    private static readonly Regex Abbreviation = new(@"^[\p{Lu}\d]+(?:&[\p{Lu}\d]+)*$", RegexOptions.CultureInvariant);

    private static readonly Regex DrafterCodePattern = new(@"^\p{Lu}{1,6}$", RegexOptions.CultureInvariant);

    private ImmutableArray<string> _parent = ImmutableArray<string>.Empty;
    private ImmutableArray<string> _issuer = ImmutableArray<string>.Empty;
    private string? _issuerAbbreviation;
    private string? _issuerInText;
    private int? _number;
    private bool _numberGiven;
    private string? _unit;
    private string? _place;
    private DateTime? _date;
    private string? _subject;
    private string? _letterTitle;
    private readonly List<string> _addressees = new();
    private readonly BodyBuilder _body = new();
    private readonly List<SignatureBuilder> _signatures = new();
    private readonly List<string> _recipients = new();
    private readonly List<string> _archiveUnits = new();
    private bool _archiveGiven;
    private int? _archiveCopies;
    private UrgencyLevel? _urgency;
    private SecrecyLevel? _secrecy;
    private readonly List<string> _circulation = new();
    private string? _drafterCode;
    private readonly List<string> _contacts = new();
    private readonly List<(string? Title, BodyBuilder Content, string? Reference)> _appendices = new();

    /// <summary>Starts a document of a kind.</summary>
    /// <param name="kind">One of the 32 kinds; not <see cref="DocumentKind.Other"/>.</param>
    /// <exception cref="ArgumentException">The kind is <see cref="DocumentKind.Other"/> or not defined.</exception>
    public DocumentBuilder(DocumentKind kind)
    {
        if (kind is <= DocumentKind.Other or > DocumentKind.CopyTranscript)
        {
            throw new ArgumentException($"Build one of the 32 kinds of the catalog (document-types.tsv), not {kind}.", nameof(kind));
        }

        Kind = kind;
    }

    /// <summary>Starts a document of a kind (same as the constructor; reads well in a fluent chain).</summary>
    /// <param name="kind">One of the 32 kinds; not <see cref="DocumentKind.Other"/>.</param>
    /// <returns>A new builder.</returns>
    public static DocumentBuilder Create(DocumentKind kind) => new(kind);

    /// <summary>The kind being built.</summary>
    public DocumentKind Kind { get; }

    /// <summary>The catalog row of the kind: tên loại and ký hiệu abbreviation.</summary>
    public DocumentKindInfo KindInfo => DocumentKindInfo.Get(Kind);

    /// <summary>The direct parent body (tên cơ quan chủ quản), in capitals ("UBND TỈNH BÌNH ĐỊNH").</summary>
    /// <param name="name">The name; a "\n" starts a new line where a long name wraps.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder ParentAgency(string name)
    {
        _parent = AgencyLines(name, nameof(name));
        return this;
    }

    /// <summary>The issuing body (tên cơ quan, tổ chức ban hành) and its abbreviation used in the ký hiệu.</summary>
    /// <param name="name">The name in capitals ("SỞ GIAO THÔNG VẬN TẢI"); a "\n" starts a new line.</param>
    /// <param name="abbreviation">The abbreviation in the ký hiệu ("SGTVT"): capitals and digits.</param>
    /// <param name="nameInText">The name as written in running text ("Sở Giao thông vận tải"), used in the appendix
    /// reference line; <see langword="null"/> to derive it (first letter capital).</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder IssuingAgency(string name, string abbreviation, string? nameInText = null)
    {
        _issuer = AgencyLines(name, nameof(name));
        _issuerAbbreviation = CheckAbbreviation(abbreviation, nameof(abbreviation));
        _issuerInText = nameInText is null ? null : BuildText.Line(nameInText, nameof(nameInText));
        return this;
    }

    /// <summary>The number (số) registered for the document: "05" below 10. The ký hiệu is built from the kind's
    /// abbreviation and the issuer's ("05/BC-SGTVT"), or for a công văn from the issuer and the unit ("05/UBND-VP").</summary>
    /// <param name="value">The number, 1 or more.</param>
    /// <param name="unit">The drafting unit or field ("VP"); required for a công văn, optional otherwise.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder Number(int value, string? unit = null)
    {
        if (value < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A document number starts at 01 each year (Nghị định 30, Điều 15): give 1 or more.");
        }

        _number = value;
        _numberGiven = true;
        _unit = unit is null ? null : CheckAbbreviation(unit, nameof(unit));
        return this;
    }

    /// <summary>A draft's number line with the number left blank for the văn thư ("Số:      /BC-SGTVT").</summary>
    /// <param name="unit">The drafting unit; required for a công văn.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder DraftNumber(string? unit = null)
    {
        _number = null;
        _numberGiven = true;
        _unit = unit is null ? null : CheckAbbreviation(unit, nameof(unit));
        return this;
    }

    /// <summary>The place (địa danh) and date of issue: "Hà Nội, ngày 05 tháng 3 năm 2025".</summary>
    /// <param name="place">The place, each syllable capitalised as written officially ("Bình Định", "Thành phố Hồ Chí Minh").</param>
    /// <param name="date">The date (the time of day is ignored).</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder PlaceAndDate(string place, DateTime date)
    {
        _place = BuildText.StripEnd(BuildText.Line(place, nameof(place)));
        _date = date.Date;
        return this;
    }

    /// <summary>The place and date of issue.</summary>
    /// <param name="place">The place.</param>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not a real calendar date.</exception>
    public DocumentBuilder PlaceAndDate(string place, int year, int month, int day)
    {
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            throw new ArgumentOutOfRangeException(nameof(day), $"{day}/{month}/{year} is not a calendar date.");
        }

        return PlaceAndDate(place, new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified));
    }

    /// <summary>
    /// The title line of a thư công, which has no tên loại of its own in Phụ lục III: "THƯ CHÚC MỪNG", "THƯ KHEN",
    /// "THƯ CẢM ƠN", "THƯ NGỎ" (put in capitals; 2 to 6 words starting with THƯ). The other kinds take their tên loại
    /// from the kind.
    /// </summary>
    /// <param name="title">The title.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The kind is not <see cref="DocumentKind.PublicLetter"/>.</exception>
    /// <exception cref="ArgumentException">The title does not start with THƯ or has fewer than 2 or more than 6 words.</exception>
    public DocumentBuilder LetterTitle(string title)
    {
        if (Kind != DocumentKind.PublicLetter)
        {
            throw new InvalidOperationException($"Only a thư công takes a title of its own; a {Vietnamese(KindInfo)} is titled from its kind.");
        }

        var t = BuildText.Upper(BuildText.StripEnd(BuildText.Line(title, nameof(title))));
        var words = t.Split(' ').Length;
        if (!t.StartsWith("THƯ ", StringComparison.Ordinal) || words is < 2 or > 6 || t == "THƯ KÝ")
        {
            throw new ArgumentException($"\"{t}\" is not the title of a thư công: 2 to 6 words starting with THƯ (THƯ CHÚC MỪNG, THƯ KHEN).", nameof(title));
        }

        _letterTitle = t;
        return this;
    }

    /// <summary>The trích yếu: under the tên loại, or after "V/v" for a công văn (the prefix is added).</summary>
    /// <param name="subject">The subject in sentence case ("Kết quả công tác năm 2024").</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder Subject(string subject)
    {
        var t = BuildText.Line(subject, nameof(subject));
        if (Kind == DocumentKind.OfficialLetter && Recognition.Patterns.Vv.Match(t) is { Success: true } m)
        {
            t = t.Substring(m.Length).TrimStart(' ', ':', '.');
        }

        _subject = BuildText.StripEnd(t);
        return this;
    }

    /// <summary>The Kính gửi block (ô 9a): one addressee on the label's line, several as "- X;" lines ending ".".
    /// Calls add up. With addressees, "- Như trên;" opens the Nơi nhận list.</summary>
    /// <param name="addressees">The addressees, without dash or ending punctuation.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder To(params string[] addressees)
    {
        foreach (var a in addressees ?? throw new ArgumentNullException(nameof(addressees)))
        {
            _addressees.Add(BuildText.StripEnd(BuildText.StripMarker(BuildText.Line(a, nameof(addressees)))));
        }

        return this;
    }

    /// <summary>Fills the body (nội dung). Calls add up.</summary>
    /// <param name="body">Adds the căn cứ, paragraphs and numbered parts.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder Body(Action<BodyBuilder> body)
    {
        (body ?? throw new ArgumentNullException(nameof(body)))(_body);
        return this;
    }

    /// <summary>Adds a signature block. A biên bản has two, in reading order: THƯ KÝ (left) then CHỦ TỌA (right).</summary>
    /// <param name="signature">Fills the block.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder Signature(Action<SignatureBuilder> signature)
    {
        var s = new SignatureBuilder();
        (signature ?? throw new ArgumentNullException(nameof(signature)))(s);
        _signatures.Add(s);
        return this;
    }

    /// <summary>Adds recipients to the Nơi nhận list (ô 9b), each printed "- X;". Calls add up.</summary>
    /// <param name="recipients">The recipients, without dash or ending punctuation.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder Recipients(params string[] recipients)
    {
        foreach (var r in recipients ?? throw new ArgumentNullException(nameof(recipients)))
        {
            var t = BuildText.StripEnd(BuildText.StripMarker(BuildText.Line(r, nameof(recipients))));
            if (t.StartsWith(FixedTexts.ArchiveWord, StringComparison.Ordinal))
            {
                throw new ArgumentException("Give the archive line with Archive(...): it is always printed last.", nameof(recipients));
            }

            _recipients.Add(t);
        }

        return this;
    }

    /// <summary>The archive line, always last in Nơi nhận: "- Lưu: VT, VP." (VT, the văn thư, comes first by itself).</summary>
    /// <param name="units">The drafting unit(s) that keep a copy ("VP", "TCCB").</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder Archive(params string[] units)
    {
        _archiveGiven = true;
        _archiveUnits.Clear();
        foreach (var u in units ?? throw new ArgumentNullException(nameof(units)))
        {
            var t = BuildText.StripEnd(BuildText.Line(u, nameof(units)));
            if (t != "VT")
            {
                _archiveUnits.Add(t);
            }
        }

        return this;
    }

    /// <summary>The archive line with the number of copies kept: "- Lưu: VT, HC (2).".</summary>
    /// <param name="copies">The number of copies, 1 or more.</param>
    /// <param name="units">The drafting unit(s).</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder Archive(int copies, params string[] units)
    {
        if (copies < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(copies), copies, "Give 1 copy or more.");
        }

        Archive(units);
        _archiveCopies = copies;
        return this;
    }

    /// <summary>The mức độ khẩn (KHẨN, THƯỢNG KHẨN, HỎA TỐC).</summary>
    /// <param name="level">The level.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder Urgency(UrgencyLevel level)
    {
        if (level is < UrgencyLevel.Urgent or > UrgencyLevel.Immediate)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Not an urgency level.");
        }

        _urgency = level;
        return this;
    }

    /// <summary>The độ mật (MẬT, TỐI MẬT, TUYỆT MẬT).</summary>
    /// <param name="level">The level.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder Secrecy(SecrecyLevel level)
    {
        if (level is < SecrecyLevel.Confidential or > SecrecyLevel.TopSecret)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Not a secrecy level.");
        }

        _secrecy = level;
        return this;
    }

    /// <summary>A chỉ dẫn phạm vi lưu hành ("XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI BỘ"), put in capitals.</summary>
    /// <param name="note">The note.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder Circulation(string note)
    {
        _circulation.Add(BuildText.Upper(BuildText.StripEnd(BuildText.Line(note, nameof(note)))));
        return this;
    }

    /// <summary>The ký hiệu người soạn thảo and number of copies issued: "PL.(300)" (ô 12).</summary>
    /// <param name="code">The drafter's code in capitals (1–6 letters).</param>
    /// <param name="copies">The number of copies, 1 or more.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder DrafterCode(string code, int copies)
    {
        var c = BuildText.StripEnd(BuildText.Line(code, nameof(code)));
        if (!DrafterCodePattern.IsMatch(c))
        {
            throw new ArgumentException($"\"{c}\" is not a drafter code: 1 to 6 capital letters (e.g. PL).", nameof(code));
        }

        if (copies < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(copies), copies, "Give 1 copy or more.");
        }

        _drafterCode = c + ".(" + copies.ToString(CultureInfo.InvariantCulture) + ")";
        return this;
    }

    /// <summary>A contact line (ô 13): "Địa chỉ: ...", "ĐT: ..., Fax: ...", "E-Mail: ..., Website: ...".</summary>
    /// <param name="line">The line.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder Contact(string line)
    {
        _contacts.Add(BuildText.Line(line, nameof(line)));
        return this;
    }

    /// <summary>
    /// Adds an appendix (phụ lục): "Phụ lục" (or "Phụ lục I", "Phụ lục II" when there are several), its title in
    /// capitals, the "(Kèm theo ... số ... ngày ... của ...)" line and its content. The body must refer to it.
    /// </summary>
    /// <param name="title">The title, put in capitals; <see langword="null"/> for none.</param>
    /// <param name="content">Fills the appendix (paragraphs, numbered parts, tables).</param>
    /// <param name="reference">The "(Kèm theo ...)" line, or <see langword="null"/> to write it from the kind, number,
    /// date and issuer.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder Appendix(string? title, Action<BodyBuilder> content, string? reference = null)
    {
        var b = new BodyBuilder();
        (content ?? throw new ArgumentNullException(nameof(content)))(b);
        _appendices.Add((title is null ? null : BuildText.Upper(BuildText.Line(title, nameof(title))), b, reference is null ? null : BuildText.Line(reference, nameof(reference))));
        return this;
    }

    /// <summary>
    /// Builds the document and validates it once, with <paramref name="validator"/> (its rules, including an app's
    /// own) and <paramref name="options"/> (profile, stage, rule severities as <c>admindocs.json</c> sets them): a
    /// finding at error severity makes the build fail with a <see cref="DocumentBuildException"/> that lists every
    /// error with the builder call that fixes it (<see cref="BuildHints"/>); warnings and infos come back with the
    /// document. The builder checks nothing of its own beyond what it cannot place (an Điều inside a khoản).
    /// </summary>
    /// <param name="options">The options, or <see langword="null"/> for the validator's.</param>
    /// <param name="validator">The validator, or <see langword="null"/> for <see cref="Validator.Default"/>.</param>
    /// <returns>The document and the findings below error severity.</returns>
    /// <exception cref="DocumentBuildException">The validator finds an error in the document, or a part cannot be placed.</exception>
    public DocumentBuildResult Build(ValidationOptions? options = null, Validator? validator = null)
    {
        var problems = new List<Diagnostic>();
        var info = KindInfo;
        var tt01 = _date is { } d && d < Profiles.Nd30Effective;

        DocumentNumber? number = null;
        if (_numberGiven)
        {
            var groups = new List<string>();
            if (info.Abbreviation is { } a)
            {
                groups.Add(a);
            }

            if (_issuerAbbreviation is not null)
            {
                groups.Add(_issuerAbbreviation);
            }

            if (_unit is not null)
            {
                groups.Add(_unit);
            }

            var value = _number is { } n ? BuildText.Number(n) : "      ";
            number = LineParsers.ParseNumber("Số: " + value + "/" + string.Join("-", groups));
        }

        PlaceDate? placeDate = null;
        if (_place is not null && _date is { } date)
        {
            placeDate = LineParsers.ParsePlaceDate(_place + ", " + BuildText.Date(date));
        }

        Subject? subject = null;
        if (_subject is not null)
        {
            subject = Kind == DocumentKind.OfficialLetter
                ? new Subject(ImmutableArray.Create(_subject)) { Prefix = FixedTexts.SubjectPrefix, FirstLineAsWritten = FixedTexts.SubjectPrefix + " " + _subject }
                : new Subject(ImmutableArray.Create(_subject)) { FirstLineAsWritten = _subject };
        }

        Addressees? addressees = null;
        if (_addressees.Count == 1)
        {
            var text = _addressees[0] + ".";
            addressees = new Addressees(new TextElement(FixedTexts.AddresseesLabel)) { Items = ImmutableArray.Create(new ListItem(text) { RawText = text }), OnLabelLine = true };
        }
        else if (_addressees.Count > 1)
        {
            addressees = new Addressees(new TextElement(FixedTexts.AddresseesLabel))
            {
                Items = _addressees.Select((a, i) => Item(a + (i == _addressees.Count - 1 ? "." : ";"))).ToImmutableArray(),
            };
        }

        var compiler = new BodyBuilder.Compiler(problems, Kind, tt01);
        var body = EndMark(compiler.Compile(_body, "body", allowOpening: true));
        var signatures = _signatures.Select(s => s.Build()).ToImmutableArray();

        var items = new List<string>();
        if (addressees is not null && !(_recipients.Count > 0 && _recipients[0] == FixedTexts.AsAbove))
        {
            items.Add(FixedTexts.AsAbove);
        }

        items.AddRange(_recipients);
        var lines = items.Select(r => Item(r + ";")).ToList();
        if (_archiveGiven)
        {
            var archive = FixedTexts.ArchiveWord + ": " + FixedTexts.ArchiveOffice + string.Concat(_archiveUnits.Select(u => ", " + u))
                + (_archiveCopies is { } c ? " (" + c.ToString(CultureInfo.InvariantCulture) + ")" : string.Empty) + ".";
            lines.Add(Item(archive));
        }
        else if (lines.Count > 0)
        {
            // Without the Lưu line the last recipient ends the list with "." (AD5105 then reports the line missing).
            var last = lines[lines.Count - 1].Text;
            lines[lines.Count - 1] = Item(last.TrimEnd(';') + ".");
        }

        var recipients = lines.Count == 0 ? null : new Recipients(new TextElement(FixedTexts.RecipientsLabel)) { Items = lines.ToImmutableArray() };

        var appendices = ImmutableArray.CreateBuilder<Appendix>();
        for (var i = 0; i < _appendices.Count; i++)
        {
            var (title, content, reference) = _appendices[i];
            var numberText = _appendices.Count > 1 ? Numbering.ToRoman(i + 1) : null;
            var appendixCompiler = new BodyBuilder.Compiler(problems, Kind, tt01);
            appendices.Add(new Appendix(new TextElement(numberText is null ? "Phụ lục" : "Phụ lục " + numberText))
            {
                Number = numberText,
                Title = title is null ? null : new TextElement(title),
                Reference = new TextElement(reference ?? Reference(info, number, placeDate)),
                Body = appendixCompiler.Compile(content, "appendices[" + i.ToString(CultureInfo.InvariantCulture) + "].body", allowOpening: false),
            });
        }

        var document = new AdminDocument
        {
            Kind = Kind,
            Marks = new DocumentMarks
            {
                Urgency = _urgency is { } u ? new TextElement(UrgencyText(u)) : null,
                Secrecy = _secrecy is { } s ? new TextElement(SecrecyText(s)) : null,
                Circulation = _circulation.Select(c => new TextElement(c)).ToImmutableArray(),
            },
            NationalTitle = new TextElement(FixedTexts.NationalTitle),
            Motto = new TextElement(FixedTexts.Motto),
            ParentAgency = _parent.IsEmpty ? null : new AgencyName(_parent),
            IssuingAgency = _issuer.IsEmpty ? null : new AgencyName(_issuer),
            Number = number,
            PlaceDate = placeDate,
            Title = info.Title is { } t ? new TextElement(t) : _letterTitle is { } letter ? new TextElement(letter) : null,
            Subject = subject,
            Addressees = addressees,
            Body = body,
            Signatures = signatures,
            Recipients = recipients,
            DrafterCode = _drafterCode is null ? null : new TextElement(_drafterCode),
            ContactLines = _contacts.Select(c => new TextElement(c)).ToImmutableArray(),
            Appendices = appendices.ToImmutable(),
        };

        // The one check: the validator's rules, with the caller's options, on what was built.
        var result = (validator ?? Validator.Default).Validate(document, options);
        var errors = problems.Concat(result.Diagnostics.Where(x => x.Severity == DiagnosticSeverity.Error)).ToList();
        if (errors.Count > 0)
        {
            throw new DocumentBuildException(Validator.Sort(errors));
        }

        return new DocumentBuildResult(document, result);
    }

    private static string Vietnamese(DocumentKindInfo info) =>
        info.Kind switch
        {
            DocumentKind.OfficialLetter => "công văn",
            DocumentKind.PublicLetter => "thư công",
            _ => info.Title!.ToLowerInvariant(),
        };

    private static ListItem Item(string text) => new(text) { Marker = "-", RawText = "- " + text };

    private static ImmutableArray<string> AgencyLines(string name, string parameter)
    {
        if (name is null)
        {
            throw new ArgumentNullException(parameter);
        }

        var lines = name.Replace("\r\n", "\n").Split('\n').Select(l => BuildText.Line(l, parameter)).ToImmutableArray();
        foreach (var l in lines)
        {
            if (!VietnameseText.IsAllCaps(l))
            {
                throw new ArgumentException($"\"{l}\": the name of a body is written in capitals (Phụ lục I, II.2), e.g. \"{BuildText.Upper(l)}\".", parameter);
            }
        }

        return lines;
    }

    private static string CheckAbbreviation(string abbreviation, string parameter)
    {
        var a = BuildText.Line(abbreviation, parameter);
        if (!Abbreviation.IsMatch(a))
        {
            throw new ArgumentException($"\"{a}\" is not an abbreviation for the ký hiệu: capital letters and digits, no space or hyphen (e.g. SGTVT, UBND, VP).", parameter);
        }

        return a;
    }

    /// <summary>The mark as printed for an urgency level (also what <see cref="DocumentSpec"/> reads).</summary>
    internal static string UrgencyText(UrgencyLevel level) => level switch
    {
        UrgencyLevel.Urgent => Marks.Urgency[0],
        UrgencyLevel.VeryUrgent => Marks.Urgency[1],
        _ => Marks.Urgency[2],
    };

    /// <summary>The mark as printed for a secrecy level (also what <see cref="DocumentSpec"/> reads).</summary>
    internal static string SecrecyText(SecrecyLevel level) => level switch
    {
        SecrecyLevel.Confidential => Marks.Secrecy[0],
        SecrecyLevel.Secret => Marks.Secrecy[1],
        _ => Marks.Secrecy[2],
    };

    private string Reference(DocumentKindInfo info, DocumentNumber? number, PlaceDate? placeDate)
    {
        var kindName = info.Title is { } t ? char.ToUpperInvariant(t[0]) + t.Substring(1).ToLowerInvariant() : info.Kind == DocumentKind.OfficialLetter ? "Công văn" : "Văn bản";
        var numberText = number is null ? "…" : (number.Value ?? "…") + "/" + number.Symbol;
        var dateText = placeDate?.Date is { } d ? BuildText.Date(d) : "ngày … tháng … năm …";
        var issuer = _issuerInText ?? (_issuer.IsEmpty ? "…" : SentenceCase(string.Join(" ", _issuer)));
        return "(Kèm theo " + kindName + " số " + numberText + " " + dateText + " của " + issuer + ")";
    }

    private static string SentenceCase(string caps)
    {
        var lower = caps.ToLowerInvariant();
        return char.ToUpperInvariant(lower[0]) + lower.Substring(1);
    }

    /// <summary>The body ends with "./." (Phụ lục III templates): added to the last paragraph or part.</summary>
    private static Body EndMark(Body body)
    {
        if (body.IsEmpty)
        {
            return body;
        }

        return body with { Nodes = WithEndMark(body.Nodes) };
    }

    private static ImmutableArray<BodyNode> WithEndMark(ImmutableArray<BodyNode> nodes)
    {
        var last = nodes[nodes.Length - 1];
        BodyNode replaced = last switch
        {
            Paragraph p => p with { Text = Mark(p.Text) },
            BodySection s when !s.Children.IsEmpty => s with { Children = WithEndMark(s.Children) },
            BodySection s => s with { Heading = Mark(s.Heading) },
            _ => last,
        };
        return nodes.SetItem(nodes.Length - 1, replaced);
    }

    private static string Mark(string text) =>
        text.EndsWith("./.", StringComparison.Ordinal) ? text : text.TrimEnd('.', ';', ',', ' ') + "./.";
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CsCheck;

namespace AdminDocs.Docx.Tests.Writing;

/// <summary>
/// A CsCheck generator of complete documents of every kind, built in code from the immutable records (no origins,
/// no signature lines: as a builder makes them), with Vietnamese text: issuers and places with diacritics, trích
/// yếu and body sentences drawn from a vocabulary, numbered parts I./1./a), căn cứ and articles for the kinds that
/// have them, Kính gửi, Nơi nhận ending with the Lưu line, TM./KT./TL. signatures, dates before and after
/// 05/3/2020 (TT01 and ND30 layouts), urgency and secrecy marks.
/// </summary>
internal static class GeneratedDocuments
{
    private static readonly (string Province, string Place)[] Provinces =
    {
        ("BÌNH ĐỊNH", "Bình Định"), ("QUẢNG TRỊ", "Quảng Trị"), ("HÀ TĨNH", "Hà Tĩnh"), ("NGHỆ AN", "Nghệ An"),
        ("THANH HÓA", "Thanh Hóa"), ("ĐẮK LẮK", "Đắk Lắk"), ("THỪA THIÊN HUẾ", "Huế"), ("BẮC NINH", "Bắc Ninh"),
    };

    private static readonly (string Name, string Abbreviation)[] Departments =
    {
        ("SỞ GIAO THÔNG VẬN TẢI", "SGTVT"), ("SỞ NỘI VỤ", "SNV"), ("SỞ TÀI CHÍNH", "STC"), ("SỞ Y TẾ", "SYT"),
        ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SGDĐT"), ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "SKHĐT"), ("SỞ TƯ PHÁP", "STP"),
    };

    private static readonly string[] Words =
    {
        "triển khai", "thực hiện", "kế hoạch", "công tác", "cải cách", "hành chính", "chuyển đổi", "số", "nâng cao",
        "chất lượng", "dịch vụ", "công", "người dân", "doanh nghiệp", "đầu tư", "hạ tầng", "giao thông", "nông thôn",
        "phòng chống", "thiên tai", "bão lũ", "an toàn", "vệ sinh", "thực phẩm", "đào tạo", "bồi dưỡng", "cán bộ",
        "công chức", "viên chức", "kiểm tra", "giám sát", "tổng hợp", "báo cáo", "định kỳ", "hằng năm", "tuyên truyền",
        "phổ biến", "pháp luật", "địa bàn", "tỉnh", "huyện", "xã", "phường", "thị trấn", "nguồn vốn", "ngân sách",
        "thủ tục", "trực tuyến", "hồ sơ", "điện tử", "quản lý", "nhà nước", "trường học", "bệnh viện", "môi trường",
    };

    private static readonly string[] Names =
    {
        "Nguyễn Văn An", "Trần Thị Bích Ngọc", "Lê Hoàng Phúc", "Phạm Minh Đức", "Hoàng Thị Thu Hà", "Đỗ Nguyên Đức",
        "Võ Thị Mỹ Dung", "Đặng Văn Tiến", "Bùi Quang Huy", "Huỳnh Ngọc Ánh",
    };

    private static readonly string[] Openings = { "Kết quả", "Tình hình", "Công tác", "Việc", "Nội dung" };

    private static readonly string[] Romans = { "I", "II", "III", "IV", "V" };

    private static readonly DocumentKind[] Kinds = DocumentKindInfo.All.Select(k => k.Kind).Where(k => k != DocumentKind.Other).ToArray();

    /// <summary>Every kind the catalog knows (32).</summary>
    public static IReadOnlyList<DocumentKind> AllKinds => Kinds;

    /// <summary>A document of <paramref name="kind"/>.</summary>
    public static Gen<AdminDocument> Of(DocumentKind kind) =>
        from province in Gen.Int[0, Provinces.Length - 1]
        from department in Gen.Int[0, Departments.Length - 1]
        from number in Gen.Int[1, 999]
        from day in Gen.Int[1, 28]
        from month in Gen.Int[1, 12]
        from year in Gen.Int[2015, 2025]
        from subject in Sentence(4, 14)
        from subject2 in Gen.Bool
        from subjectTail in Sentence(3, 8)
        from addressees in Gen.Int[0, 2]
        from body in Body(kind)
        from authority in Gen.Int[0, 3]
        from name in Gen.Int[0, Names.Length - 1]
        from name2 in Gen.Int[0, Names.Length - 1]
        from placeholder in Gen.Bool
        from extraRecipients in Gen.Int[0, 3]
        from marks in Gen.Int[0, 5]
        select WithMarks(
            Build(kind, Provinces[province], Departments[department], number, day, month, year, subject, subject2 ? subjectTail : null,
                addressees, body, authority, Names[name], Names[(name2 == name ? name2 + 1 : name2) % Names.Length], placeholder, extraRecipients),
            marks);

    /// <summary>Marks: 1 urgency, 2 secrecy, 3 both (ô 10a, 10b), 4 a circulation mark (ô 11); 0 and 5 none.</summary>
    private static AdminDocument WithMarks(AdminDocument document, int marks) => marks switch
    {
        1 => document with { Marks = new DocumentMarks { Urgency = new TextElement("HỎA TỐC") } },
        2 => document with { Marks = new DocumentMarks { Secrecy = new TextElement("MẬT") } },
        3 => document with { Marks = new DocumentMarks { Secrecy = new TextElement("TỐI MẬT"), Urgency = new TextElement("THƯỢNG KHẨN") } },
        4 => document with { Marks = new DocumentMarks { Circulation = System.Collections.Immutable.ImmutableArray.Create(new TextElement("XEM XONG TRẢ LẠI")) } },
        _ => document,
    };

    /// <summary>Deterministic cases: <paramref name="perKind"/> documents of every kind, from one seed.</summary>
    public static IEnumerable<(DocumentKind Kind, int Case, AdminDocument Document)> Cases(int perKind, ulong seed)
    {
        var pcg = new PCG(1, seed);
        foreach (var kind in Kinds)
        {
            var gen = Of(kind);
            for (var i = 0; i < perKind; i++)
            {
                yield return (kind, i, gen.Generate(pcg, null!, out _));
            }
        }
    }

    private static Gen<string> Sentence(int min, int max) =>
        Gen.Int[0, Words.Length - 1].Array[min, max].Select(ix =>
        {
            var text = string.Join(" ", ix.Select(i => Words[i]));
            return char.ToUpper(text[0], CultureInfo.InvariantCulture) + text.Substring(1);
        });

    private static Gen<ImmutableArray<BodyNode>> Body(DocumentKind kind)
    {
        var paragraph = Sentence(8, 30).Select(s => (BodyNode)new Paragraph(s + "."));
        var point = from letter in Gen.Int[0, 3]
                    from text in Sentence(5, 15)
                    select (letter, text);
        var clause = from heading in Sentence(3, 8)
                     from paragraphs in paragraph.Array[0, 2]
                     from points in point.Array[0, 3]
                     select (heading, paragraphs, points);
        var section = from heading in Sentence(3, 7)
                      from clauses in clause.Array[1, 3]
                      select (heading, clauses);
        var articles = Sentence(6, 20).Array[2, 4];
        return from intro in paragraph
               from sections in section.Array[1, 3]
               from arts in articles
               from bases in Sentence(6, 14).Array[1, 3]
               select kind is DocumentKind.Decision or DocumentKind.Resolution
                   ? Articles(kind, bases, arts)
                   : Sections(intro, sections);
    }

    private static ImmutableArray<BodyNode> Articles(DocumentKind kind, string[] bases, string[] articles)
    {
        var nodes = ImmutableArray.CreateBuilder<BodyNode>();
        for (var i = 0; i < bases.Length; i++)
        {
            nodes.Add(new LegalBasis("Căn cứ " + char.ToLower(bases[i][0], CultureInfo.InvariantCulture) + bases[i].Substring(1) + (i == bases.Length - 1 ? "." : ";")));
        }

        nodes.Add(new EnactingFormula(kind == DocumentKind.Decision ? "QUYẾT ĐỊNH:" : "QUYẾT NGHỊ:"));
        for (var i = 0; i < articles.Length; i++)
        {
            var n = (i + 1).ToString(CultureInfo.InvariantCulture);
            nodes.Add(new BodySection(SectionLevel.Article, "Điều " + n + ".") { Number = n, Heading = articles[i] + "." });
        }

        return nodes.ToImmutable();
    }

    private static ImmutableArray<BodyNode> Sections(BodyNode intro, (string Heading, (string Heading, BodyNode[] Paragraphs, (int Letter, string Text)[] Points)[] Clauses)[] sections)
    {
        var nodes = ImmutableArray.CreateBuilder<BodyNode>();
        nodes.Add(intro);
        for (var s = 0; s < sections.Length; s++)
        {
            var clauses = ImmutableArray.CreateBuilder<BodyNode>();
            for (var c = 0; c < sections[s].Clauses.Length; c++)
            {
                var (heading, paragraphs, points) = sections[s].Clauses[c];
                var children = ImmutableArray.CreateBuilder<BodyNode>();
                children.AddRange(paragraphs);
                for (var p = 0; p < points.Length; p++)
                {
                    var letter = ((char)('a' + p)).ToString();
                    children.Add(new BodySection(SectionLevel.Point, letter + ")") { Number = letter, Heading = points[p].Text + ";" });
                }

                var n = (c + 1).ToString(CultureInfo.InvariantCulture);
                clauses.Add(new BodySection(SectionLevel.Clause, n + ".") { Number = n, Heading = heading, Children = children.ToImmutable() });
            }

            var roman = Romans[s];
            nodes.Add(new BodySection(SectionLevel.Section, roman + ".") { Number = roman, Heading = sections[s].Heading.ToUpper(CultureInfo.InvariantCulture), Children = clauses.ToImmutable() });
        }

        nodes.Add(new Paragraph("Trên đây là nội dung " + "báo cáo" + " của cơ quan, đề nghị các đơn vị liên quan phối hợp thực hiện./."));
        return nodes.ToImmutable();
    }

    private static AdminDocument Build(
        DocumentKind kind, (string Province, string Place) province, (string Name, string Abbreviation) department, int number, int day, int month, int year,
        string subject, string? subjectTail, int addressees, ImmutableArray<BodyNode> body, int authority, string name, string name2, bool placeholder, int extraRecipients)
    {
        var info = DocumentKindInfo.Get(kind);
        var letter = kind == DocumentKind.OfficialLetter;
        var symbol = letter ? department.Abbreviation + "-VP" : info.Abbreviation is { } abbreviation ? abbreviation + "-" + department.Abbreviation : null;
        var numberText = number.ToString(CultureInfo.InvariantCulture);
        var dayText = day.ToString(day < 10 ? "00" : "0", CultureInfo.InvariantCulture);
        var monthText = month.ToString(month < 3 ? "00" : "0", CultureInfo.InvariantCulture);
        var yearText = year.ToString(CultureInfo.InvariantCulture);
        // A trích yếu opens with a noun ("Kết quả ...", "Về việc ..." for a công điện, Mẫu 1.6): one opening with a
        // verb such as "Thực hiện ..." reads as the first line of the body, to the recognizer as to a clerk.
        var opening = kind == DocumentKind.Dispatch ? "Về việc" : Openings[number % Openings.Length];
        subject = opening + " " + char.ToLower(subject[0], CultureInfo.InvariantCulture) + subject.Substring(1);

        var subjectLines = subjectTail is null ? ImmutableArray.Create(subject) : ImmutableArray.Create(subject, char.ToLower(subjectTail[0], CultureInfo.InvariantCulture) + subjectTail.Substring(1));

        var document = new AdminDocument
        {
            Kind = kind,
            NationalTitle = new TextElement("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            Motto = new TextElement("Độc lập - Tự do - Hạnh phúc"),
            ParentAgency = new AgencyName(ImmutableArray.Create("UBND TỈNH " + province.Province)),
            IssuingAgency = new AgencyName(ImmutableArray.Create(department.Name)),
            Number = symbol is null ? null : new DocumentNumber("Số: " + numberText + "/" + symbol),
            PlaceDate = new PlaceDate(province.Place + ", ngày " + dayText + " tháng " + monthText + " năm " + yearText),
            Title = letter ? null : new TextElement(info.Title ?? "THƯ CHÚC MỪNG"),
            Subject = letter
                ? new Subject(subjectLines) { Prefix = "V/v", FirstLineAsWritten = "V/v " + char.ToLower(subject[0], CultureInfo.InvariantCulture) + subject.Substring(1) }
                : new Subject(subjectLines),
            Body = new Body { Nodes = body },
        };
        if (letter)
        {
            var first = char.ToLower(subject[0], CultureInfo.InvariantCulture) + subject.Substring(1);
            document = document with { Subject = document.Subject! with { Lines = subjectLines.SetItem(0, first) } };
        }

        if (addressees > 0 || letter)
        {
            document = document with
            {
                Addressees = addressees == 2 || letter
                    ? new Addressees(new TextElement("Kính gửi:"))
                    {
                        Items = ImmutableArray.Create(
                            new ListItem("Ủy ban nhân dân các huyện, thị xã, thành phố;") { Marker = "-" },
                            new ListItem("Các sở, ban, ngành cấp tỉnh.") { Marker = "-" }),
                    }
                    : new Addressees(new TextElement("Kính gửi:")) { Items = ImmutableArray.Create(new ListItem("Ủy ban nhân dân tỉnh " + province.Place + ".")), OnLabelLine = true },
            };
        }

        var items = ImmutableArray.CreateBuilder<ListItem>();
        items.Add(new ListItem(addressees > 0 || letter ? "Như trên;" : "Ủy ban nhân dân tỉnh;") { Marker = "-" });
        var more = new[] { "Giám đốc Sở (để b/c);", "Các Phó Giám đốc Sở;", "Văn phòng Sở;" };
        for (var i = 0; i < extraRecipients; i++)
        {
            items.Add(new ListItem(more[i]) { Marker = "-" });
        }

        items.Add(new ListItem("Lưu: VT, VP.") { Marker = "-" });
        document = document with { Recipients = new Recipients(new TextElement("Nơi nhận:")) { Items = items.ToImmutable() } };

        var placeholders = placeholder ? ImmutableArray.Create("(Đã ký)") : ImmutableArray<string>.Empty;
        if (kind == DocumentKind.Minutes)
        {
            document = document with
            {
                Signatures = ImmutableArray.Create(
                    new SignatureBlock { Titles = ImmutableArray.Create("THƯ KÝ"), SignerName = new TextElement(name2) },
                    new SignatureBlock { Titles = ImmutableArray.Create("CHỦ TỌA"), SignerName = new TextElement(name) }),
            };
        }
        else
        {
            var (prefix, titles) = authority switch
            {
                0 => ((string?)null, ImmutableArray.Create("GIÁM ĐỐC")),
                1 => ("KT.", ImmutableArray.Create("GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")),
                2 => ("TL.", ImmutableArray.Create("GIÁM ĐỐC", "CHÁNH VĂN PHÒNG")),
                _ => ("Q.", ImmutableArray.Create("GIÁM ĐỐC")),
            };
            document = document with { Signatures = ImmutableArray.Create(new SignatureBlock { Authority = prefix, Titles = titles, Placeholders = placeholders, SignerName = new TextElement(name) }) };
        }

        return document;
    }
}

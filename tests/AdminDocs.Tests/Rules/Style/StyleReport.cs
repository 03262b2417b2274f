using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AdminDocs.Sources;
using AdminDocs.Validation;
using FluentAssertions;

namespace AdminDocs.Tests.Rules.Style;

/// <summary>One line of a hand-built layout source: its text and how it is set.</summary>
internal sealed record StyleLine(string Text, double? Size, bool? Bold = false, bool? Italic = false)
{
    public TextAlignment? Alignment { get; init; } = TextAlignment.Center;

    public bool? Underline { get; init; }

    public bool? AllCaps { get; init; }

    public bool BottomBorder { get; init; }

    public double? LeftIndentCm { get; init; }

    /// <summary>Explicit runs instead of one run with the line's formatting.</summary>
    public ImmutableArray<TextRun> Runs { get; init; }

    /// <summary>A drawn line anchored in this block, with its length in mm.</summary>
    public double? DrawnLineMm { get; init; }

    /// <summary>An image anchored in this block (a seal or signature scan).</summary>
    public bool Image { get; init; }

    public RunFormat Format => new() { FontFamily = "Times New Roman", FontSizePoints = Size, Bold = Bold, Italic = Italic, Underline = Underline, AllCaps = AllCaps };
}

/// <summary>
/// A correctly formatted báo cáo as offices lay it out in Word, built by hand as a <see cref="SourceDocument"/> with
/// layout and page facts: a borderless two-column header table (issuer | Quốc hiệu, Tiêu ngữ; Số | place and date),
/// the tên loại and trích yếu, Kính gửi, căn cứ and body paragraphs, and a two-column footer table (Nơi nhận |
/// signature). Tests change one line (<c>with</c>) or move it, then validate.
/// </summary>
internal sealed class StyleReport
{
    public static readonly ValidationOptions Draft = new() { Today = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Unspecified) };

    public static readonly ValidationOptions Issued = new() { Today = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Unspecified), Stage = ValidationStage.Issued };

    // Header table, row 0: left cell.
    public StyleLine Parent { get; set; } = new("UBND TỈNH BÌNH ĐỊNH", 12);

    public StyleLine? Issuer { get; set; } = new StyleLine("SỞ GIAO THÔNG VẬN TẢI", 12, true) { DrawnLineMm = 24 };

    /// <summary>A typed separator under the issuer ("-------"), its own paragraph in the left cell.</summary>
    public StyleLine? IssuerSeparator { get; set; }

    // Header table, row 0: right cell.
    public StyleLine NationalTitle { get; set; } = new("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true);

    public StyleLine Motto { get; set; } = new StyleLine("Độc lập - Tự do - Hạnh phúc", 13, true) { DrawnLineMm = 60 };

    public StyleLine? MottoSeparator { get; set; }

    /// <summary>Put the Tiêu ngữ in the left cell, under the issuer, instead of under the Quốc hiệu.</summary>
    public bool MottoInLeftColumn { get; set; }

    // Header table, row 1.
    public StyleLine Number { get; set; } = new("Số: 125/BC-SGTVT", 13);

    /// <summary>A "V/v ..." line under the number (a công văn), in the left cell of row 1.</summary>
    public StyleLine? Vv { get; set; }

    public StyleLine PlaceDate { get; set; } = new("Bình Định, ngày 05 tháng 12 năm 2024", 13, false, true);

    /// <summary>Put the place and date in a paragraph after the header table instead of its row 1.</summary>
    public bool PlaceDateBelowTable { get; set; }

    /// <summary>Put the place and date in the left column, under the number.</summary>
    public bool PlaceDateLeft { get; set; }

    /// <summary>Put the number in the right column of row 1 (and the date on the left).</summary>
    public bool NumberRight { get; set; }

    /// <summary>Put the number and the date in one paragraph after the header table, separated by a tab.</summary>
    public bool NumberAndDateOneLine { get; set; }

    /// <summary>Put the "V/v" line in the right column, under the date.</summary>
    public bool VvInRightColumn { get; set; }

    public StyleLine? Title { get; set; } = new("BÁO CÁO", 14, true);

    public StyleLine? Subject { get; set; } = new StyleLine("Kết quả hoạt động thông tin đối ngoại năm 2024", 14, true) { DrawnLineMm = 40 };

    public StyleLine? SubjectSeparator { get; set; }

    public StyleLine? Addressees { get; set; } = new StyleLine("Kính gửi: Ủy ban nhân dân tỉnh Bình Định.", 14) { Alignment = TextAlignment.Center };

    public List<StyleLine> LegalBases { get; } = new()
    {
        new StyleLine("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;", 14, false, true) { Alignment = TextAlignment.Justify },
        new StyleLine("Căn cứ Quyết định số 12/2021/QĐ-UBND ngày 10 tháng 5 năm 2021 của Ủy ban nhân dân tỉnh.", 14, false, true) { Alignment = TextAlignment.Justify },
    };

    public List<StyleLine> Body { get; } = new()
    {
        new StyleLine("Thực hiện Công văn số 887/STTTT-TTBCXB ngày 25/11/2024 của Sở Thông tin và Truyền thông, Sở Giao thông vận tải báo cáo kết quả hoạt động thông tin đối ngoại năm 2024 như sau:", 14) { Alignment = TextAlignment.Justify },
        new StyleLine("Trong năm, Sở đã chủ động phối hợp với các cơ quan liên quan tổ chức tuyên truyền, cung cấp thông tin đối ngoại về các công trình giao thông trọng điểm của tỉnh, bảo đảm đúng quy định.", 14) { Alignment = TextAlignment.Justify },
        new StyleLine("Trên đây là báo cáo kết quả hoạt động thông tin đối ngoại năm 2024 của Sở Giao thông vận tải, kính báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.", 14) { Alignment = TextAlignment.Justify },
    };

    // Footer table, row 0: left cell.
    public StyleLine RecipientsLabel { get; set; } = new StyleLine("Nơi nhận:", 12, true, true) { Alignment = TextAlignment.Left };

    public List<StyleLine> RecipientItems { get; } = new()
    {
        new StyleLine("- Như trên;", 11) { Alignment = TextAlignment.Left },
        new StyleLine("- Sở Thông tin và Truyền thông;", 11) { Alignment = TextAlignment.Left },
        new StyleLine("- Lưu: VT, VP.", 11) { Alignment = TextAlignment.Left },
    };

    // Footer table, row 0: right cell.
    public List<StyleLine> SignatureTitles { get; } = new()
    {
        new StyleLine("KT. GIÁM ĐỐC", 14, true),
        new StyleLine("PHÓ GIÁM ĐỐC", 14, true),
    };

    public StyleLine SignerName { get; set; } = new("Đỗ Nguyên Đức", 14, true);

    /// <summary>Put the signature in a second footer row (under the Nơi nhận cell) instead of beside it.</summary>
    public bool SignatureInNextRow { get; set; }

    /// <summary>Put the signature in the left column and the Nơi nhận on the right.</summary>
    public bool SignatureLeft { get; set; }

    /// <summary>Put the signer's name in its own cell of the left column.</summary>
    public bool NameInLeftColumn { get; set; }

    /// <summary>An image (seal or signature scan) anchored at the signer's name.</summary>
    public bool SealImage { get; set; }

    /// <summary>Replace the header with a công văn: no title, "V/v ..." under the number.</summary>
    public static StyleReport Letter() => new()
    {
        Number = new StyleLine("Số: 125/SGTVT-VP", 13),
        Vv = new StyleLine("V/v triển khai nhiệm vụ năm 2025", 12),
        Title = null,
        Subject = null,
    };

    public SourceDocument Build()
    {
        var blocks = new List<SourceBlock>();
        var images = new List<SourceImage>();
        var lines = new List<SourceLine>();

        void Add(StyleLine? line, BlockKind kind, TableCellPosition? cell)
        {
            if (line is null)
            {
                return;
            }

            var index = blocks.Count;
            var runs = line.Runs.IsDefault ? ImmutableArray.Create(new TextRun(line.Text, line.Format)) : line.Runs;
            blocks.Add(new SourceBlock(index, line.Text, new SourceLocation(null, null, "word/document.xml", index))
            {
                Kind = kind,
                Cell = cell,
                Runs = runs,
                Format = new ParagraphFormat { Alignment = line.Alignment, BottomBorder = line.BottomBorder, LeftIndentCm = line.LeftIndentCm },
                Section = 0,
            });
            if (line.DrawnLineMm is { } mm)
            {
                lines.Add(new SourceLine { BlockIndex = index, LengthMm = mm });
            }

            if (line.Image)
            {
                images.Add(new SourceImage { BlockIndex = index, WidthMm = 35, HeightMm = 35, ContentType = "image/png" });
            }
        }

        static TableCellPosition Cell(int table, int row, int column) =>
            new(table, row, column) { ColumnCount = 2, HasBorders = false, WidthMm = column == 0 ? 65 : 100 };

        void InCell(StyleLine? line, int table, int row, int column) => Add(line, BlockKind.TableCell, Cell(table, row, column));

        // Header table.
        InCell(Parent, 0, 0, 0);
        InCell(Issuer, 0, 0, 0);
        InCell(IssuerSeparator, 0, 0, 0);
        InCell(MottoInLeftColumn ? Motto : null, 0, 0, 0);
        InCell(NationalTitle, 0, 0, 1);
        InCell(MottoInLeftColumn ? null : Motto, 0, 0, 1);
        InCell(MottoSeparator, 0, 0, 1);
        if (NumberAndDateOneLine)
        {
            var text = Number.Text + "\t" + PlaceDate.Text;
            Add(
                new StyleLine(text, 13) with
                {
                    Alignment = TextAlignment.Left,
                    Runs = ImmutableArray.Create(new TextRun(Number.Text, Number.Format), new TextRun("\t", Number.Format), new TextRun(PlaceDate.Text, PlaceDate.Format)),
                },
                BlockKind.Paragraph,
                null);
        }
        else if (NumberRight)
        {
            InCell(PlaceDate, 0, 1, 0);
            InCell(Number, 0, 1, 1);
            InCell(Vv, 0, 1, 1);
        }
        else
        {
            InCell(Number, 0, 1, 0);
            InCell(VvInRightColumn ? null : Vv, 0, 1, 0);
            if (PlaceDateLeft)
            {
                InCell(PlaceDate, 0, 1, 0);
            }
            else if (!PlaceDateBelowTable)
            {
                InCell(PlaceDate, 0, 1, 1);
            }

            InCell(VvInRightColumn ? Vv : null, 0, 1, 1);
        }

        if (PlaceDateBelowTable)
        {
            Add(PlaceDate with { Alignment = TextAlignment.Right }, BlockKind.Paragraph, null);
        }

        Add(Title, BlockKind.Paragraph, null);
        Add(Subject, BlockKind.Paragraph, null);
        Add(SubjectSeparator, BlockKind.Paragraph, null);
        Add(Addressees, BlockKind.Paragraph, null);
        foreach (var basis in LegalBases)
        {
            Add(basis, BlockKind.Paragraph, null);
        }

        foreach (var paragraph in Body)
        {
            Add(paragraph, BlockKind.Paragraph, null);
        }

        // Footer table.
        var recipientsColumn = SignatureLeft ? 1 : 0;
        var signatureColumn = SignatureLeft ? 0 : 1;
        var signatureRow = SignatureInNextRow ? 1 : 0;
        void Recipients()
        {
            InCell(RecipientsLabel, 1, 0, recipientsColumn);
            foreach (var item in RecipientItems)
            {
                InCell(item, 1, 0, recipientsColumn);
            }
        }

        void Signature()
        {
            foreach (var title in SignatureTitles)
            {
                InCell(title, 1, signatureRow, signatureColumn);
            }

            var name = SealImage ? SignerName with { Image = true } : SignerName;
            InCell(name, 1, signatureRow, NameInLeftColumn ? 0 : signatureColumn);
        }

        if (SignatureLeft)
        {
            Signature();
            Recipients();
        }
        else
        {
            Recipients();
            Signature();
        }

        return new SourceDocument("docx", blocks.ToImmutableArray())
        {
            Path = "test.docx",
            Facts = SourceFacts.Layout | SourceFacts.Page,
            Sections = ImmutableArray.Create(new PageSection
            {
                PaperWidthMm = 210,
                PaperHeightMm = 297,
                Orientation = PageOrientation.Portrait,
                MarginTopMm = 20,
                MarginBottomMm = 20,
                MarginLeftMm = 30,
                MarginRightMm = 15,
                FirstBlockIndex = 0,
                LastBlockIndex = blocks.Count - 1,
            }),
            Images = images.ToImmutableArray(),
            Lines = lines.ToImmutableArray(),
        };
    }

    public ValidationResult Validate(ValidationOptions? options = null) => Validator.Default.Validate(Build(), options ?? Draft);

    /// <summary>The ids of the component style rules.</summary>
    public static readonly ImmutableArray<string> StyleIds = ImmutableArray.Create(
        "AD2003", "AD2006", "AD2103", "AD2211", "AD3010", "AD3104", "AD3108", "AD3203", "AD4004", "AD5009", "AD5010", "AD5107");

    /// <summary>The findings of the style rules (and any failure of one of them).</summary>
    public Diagnostic[] StyleFindings(ValidationOptions? options = null) =>
        Validate(options).Diagnostics
            .Where(d => d.MessageKey == "rule-failed" ? StyleIds.Contains(d.Arguments[0]) : StyleIds.Contains(d.Id))
            .ToArray();

    /// <summary>Asserts that the style rules report exactly one finding, of <paramref name="id"/> (and
    /// <paramref name="variant"/>), with real messages, and returns it.</summary>
    public Diagnostic Single(string id, string? variant = null, ValidationOptions? options = null)
    {
        var found = StyleFindings(options);
        found.Should().ContainSingle(because: "exactly one finding is expected, got: {0}", string.Join(" | ", found.Select(d => d.MessageKey + " " + d.ModelPath)));
        var d = found[0];
        d.MessageKey.Should().Be(variant is null ? id : id + "." + variant);
        FooterRules.ShouldHaveMessages(d);
        return d;
    }

    /// <summary>Asserts that no style rule reports anything.</summary>
    public void ShouldBeClean(ValidationOptions? options = null)
    {
        var found = StyleFindings(options);
        found.Should().BeEmpty(because: "a correctly formatted document passes, got: {0}", string.Join(" | ", found.Select(d => d.MessageKey + " " + d.ModelPath + " " + string.Join(",", d.Arguments))));
    }
}

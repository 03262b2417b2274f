using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AdminDocs.Sources;
using AdminDocs.Validation;

namespace AdminDocs.Tests.Rules.Typography;

/// <summary>
/// Builds a <see cref="SourceDocument"/> with layout and page facts by hand, as a .docx reader would give it: the
/// sample báo cáo laid out as offices do it (header and footer in borderless two-column tables, body justified,
/// 14 pt Times New Roman, indent 1.27 cm, 6 pt before, single spacing; A4, margins 20/20/30/15 mm, the page
/// number centered in the header and hidden on page 1). Tests change one fact and validate.
/// </summary>
public sealed class LayoutSource
{
    public const string Part = "word/document.xml";

    private readonly List<(SourceBlock Block, bool Body)> _blocks = new();
    private readonly List<PageSection> _sections = new();

    public static readonly string[] BodyTexts =
    {
        "Thực hiện Công văn số 1025/STTTT-TTBCXB ngày 20/11/2024 của Sở Thông tin và Truyền thông về việc báo cáo kết quả hoạt động thông tin đối ngoại năm 2024, Sở Giao thông vận tải báo cáo như sau:",
        "1. Tình hình triển khai thực hiện",
        "Thực hiện Quyết định số 66/2017/QĐ-UBND ngày 11/12/2017 của Ủy ban nhân dân tỉnh ban hành Quy chế hoạt động thông tin đối ngoại trên địa bàn tỉnh Bình Định, Sở Giao thông vận tải đã phân công 01 lãnh đạo Sở phụ trách.",
        "Sở tổ chức tuyên truyền, phổ biến chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về công tác đối ngoại đến toàn thể công chức, viên chức và người lao động trong cơ quan.",
        "2. Kết quả cụ thể",
        "a) Cập nhật thường xuyên thông tin về chính sách phát triển hạ tầng giao thông của tỉnh trên Trang thông tin điện tử của Sở.",
        "b) Phối hợp với các sở, ban, ngành trong việc triển khai thực hiện các hoạt động thông tin đối ngoại của tỉnh.",
        "Trên đây là báo cáo kết quả hoạt động thông tin đối ngoại năm 2024 của Sở Giao thông vận tải, kính báo cáo Ủy ban nhân dân tỉnh./.",
    };

    public static readonly ParagraphFormat BodyFormat = new()
    {
        Alignment = TextAlignment.Justify,
        FirstLineIndentCm = 1.27,
        SpacingBeforePoints = 6,
        SpacingAfterPoints = 0,
        LineSpacingMultiple = 1.0,
        StyleName = "Normal",
    };

    public static RunFormat Run(double size = 14, bool bold = false, bool italic = false) => new()
    {
        FontFamily = "Times New Roman",
        FontSizePoints = size,
        Bold = bold,
        Italic = italic,
        Color = "auto",
    };

    /// <summary>The correct report; <paramref name="title"/> replaces "BÁO CÁO" (e.g. "GIẤY GIỚI THIỆU").</summary>
    public static LayoutSource CorrectReport(string placeDate = "Bình Định, ngày 05 tháng 12 năm 2024", string title = "BÁO CÁO")
    {
        var s = new LayoutSource();
        var centered = new ParagraphFormat { Alignment = TextAlignment.Center, FirstLineIndentCm = 0, SpacingBeforePoints = 0, SpacingAfterPoints = 0, LineSpacingMultiple = 1.0 };
        var header = new TableCellPosition(0, 0, 0) { ColumnCount = 2, HasBorders = false };
        s.Cell("UBND TỈNH BÌNH ĐỊNH", header, centered, Run(13));
        s.Cell("SỞ GIAO THÔNG VẬN TẢI", header, centered, Run(13, bold: true));
        s.Cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", header with { Column = 1 }, centered, Run(13, bold: true));
        s.Cell("Độc lập - Tự do - Hạnh phúc", header with { Column = 1 }, centered, Run(14, bold: true));
        s.Cell("Số: 215/BC-SGTVT", header with { Row = 1 }, centered, Run(13));
        s.Cell(placeDate, header with { Row = 1, Column = 1 }, centered, Run(14, italic: true));
        s.Paragraph(title, centered with { SpacingBeforePoints = 12 }, Run(14, bold: true), body: false, blankBefore: 1);
        s.Paragraph("Kết quả hoạt động thông tin đối ngoại năm 2024", centered, Run(14, bold: true), body: false);
        s.Paragraph("Kính gửi: Ủy ban nhân dân tỉnh Bình Định.", centered with { SpacingBeforePoints = 12 }, Run(14), body: false, blankBefore: 1);
        s.Paragraph(BodyTexts[0], BodyFormat, Run(14), body: true, blankBefore: 1);
        s.Paragraph("I. KẾT QUẢ HOẠT ĐỘNG THÔNG TIN ĐỐI NGOẠI NĂM 2024", BodyFormat with { FirstLineIndentCm = 0, Alignment = TextAlignment.Left }, Run(14, bold: true), body: false);
        for (var i = 1; i < BodyTexts.Length; i++)
        {
            s.Paragraph(BodyTexts[i], BodyFormat, Run(14, bold: BodyTexts[i].Length < 40), body: true);
        }

        var footer = new TableCellPosition(1, 0, 0) { ColumnCount = 2, HasBorders = false };
        var left = new ParagraphFormat { Alignment = TextAlignment.Left, FirstLineIndentCm = 0, SpacingBeforePoints = 0, SpacingAfterPoints = 0, LineSpacingMultiple = 1.0 };
        s.Cell("Nơi nhận:", footer, left, Run(12, bold: true, italic: true));
        s.Cell("- Như trên;", footer, left, Run(11));
        s.Cell("- Sở Thông tin và Truyền thông;", footer, left, Run(11));
        s.Cell("- Lưu: VT, VP.", footer, left, Run(11));
        s.Cell("KT. GIÁM ĐỐC", footer with { Column = 1 }, centered, Run(14, bold: true));
        s.Cell("PHÓ GIÁM ĐỐC", footer with { Column = 1 }, centered, Run(14, bold: true));
        s.Cell("(Đã ký)", footer with { Column = 1 }, centered, Run(14, italic: true));
        s.Cell("Đỗ Nguyên Đức", footer with { Column = 1 }, centered, Run(14, bold: true));
        s._sections.Add(new PageSection
        {
            Index = 0,
            FirstBlockIndex = 0,
            LastBlockIndex = s._blocks.Count - 1,
            PaperWidthMm = 210,
            PaperHeightMm = 297,
            Orientation = PageOrientation.Portrait,
            MarginTopMm = 20,
            MarginBottomMm = 20,
            MarginLeftMm = 30,
            MarginRightMm = 15,
            DifferentFirstPage = true,
            PageNumberFormat = "decimal",
            PageNumbers = ImmutableArray.Create(new PageNumberField
            {
                InHeader = true,
                Page = HeaderFooterPage.Default,
                Alignment = TextAlignment.Center,
                Format = Run(14),
            }),
        });
        return s;
    }

    /// <summary>The correct layout for a profile: under TT01 the page number sits at the bottom right, in the footer.</summary>
    public static LayoutSource CorrectFor(DocumentProfile profile)
    {
        var s = CorrectReport();
        return profile == DocumentProfile.Tt01
            ? s.Page(p => p with { PageNumbers = ImmutableArray.Create(p.PageNumbers[0] with { InHeader = false, Alignment = TextAlignment.Right }) })
            : s;
    }

    /// <summary>The blocks of the body paragraphs, in order.</summary>
    public IReadOnlyList<SourceBlock> BodyBlocks => _blocks.Where(b => b.Body).Select(b => b.Block).ToList();

    /// <summary>Changes every body paragraph.</summary>
    public LayoutSource Body(Func<SourceBlock, SourceBlock> change) => Where((_, body) => body, change);

    /// <summary>Changes the <paramref name="n"/>-th body paragraph (0-based).</summary>
    public LayoutSource BodyAt(int n, Func<SourceBlock, SourceBlock> change)
    {
        var index = BodyBlocks[n].Index;
        return Where((b, _) => b.Index == index, change);
    }

    /// <summary>Changes the paragraph format of every body paragraph.</summary>
    public LayoutSource BodyFormats(Func<ParagraphFormat, ParagraphFormat> change) =>
        Body(b => b with { Format = change(b.Format ?? new ParagraphFormat()) });

    /// <summary>Changes the block whose text starts with <paramref name="start"/>.</summary>
    public LayoutSource Block(string start, Func<SourceBlock, SourceBlock> change) =>
        Where((b, _) => b.Text.StartsWith(start, StringComparison.Ordinal), change);

    /// <summary>Changes every run of every block.</summary>
    public LayoutSource Runs(Func<RunFormat, RunFormat> change) => Where((_, _) => true, b => b.WithRuns(change));

    /// <summary>Changes the first section.</summary>
    public LayoutSource Page(Func<PageSection, PageSection> change)
    {
        _sections[0] = change(_sections[0]);
        return this;
    }

    /// <summary>Adds a section.</summary>
    public LayoutSource AddSection(PageSection section)
    {
        _sections.Add(section);
        return this;
    }

    /// <summary>Appends a block (e.g. a page header paragraph) and returns its index.</summary>
    public int Append(string text, BlockKind kind, ParagraphFormat format, RunFormat run, TableCellPosition? cell = null, int? section = null)
    {
        var index = _blocks.Count;
        _blocks.Add((new SourceBlock(index, text, new SourceLocation(null, null, kind is BlockKind.PageHeader ? "word/header1.xml" : Part, index))
        {
            Kind = kind,
            Cell = cell,
            Format = format,
            Runs = ImmutableArray.Create(new TextRun(text, run)),
            Section = section,
        }, false));
        return index;
    }

    public LayoutSource Where(Func<SourceBlock, bool, bool> predicate, Func<SourceBlock, SourceBlock> change)
    {
        for (var i = 0; i < _blocks.Count; i++)
        {
            if (predicate(_blocks[i].Block, _blocks[i].Body))
            {
                _blocks[i] = (change(_blocks[i].Block), _blocks[i].Body);
            }
        }

        return this;
    }

    public SourceDocument Build() => new("docx", _blocks.Select(b => b.Block).ToImmutableArray())
    {
        Path = "test.docx",
        Facts = SourceFacts.Layout | SourceFacts.Page,
        Sections = _sections.ToImmutableArray(),
    };

    public ValidationResult Validate(DocumentProfile? profile = null) =>
        Validator.Default.Validate(Build(), new ValidationOptions { Profile = profile });

    private void Paragraph(string text, ParagraphFormat format, RunFormat run, bool body, int blankBefore = 0)
    {
        var index = _blocks.Count;
        _blocks.Add((new SourceBlock(index, text, new SourceLocation(null, null, Part, index))
        {
            Format = format,
            Runs = ImmutableArray.Create(new TextRun(text, run)),
            BlankLinesBefore = blankBefore,
            Section = 0,
        }, body));
    }

    private void Cell(string text, TableCellPosition cell, ParagraphFormat format, RunFormat run)
    {
        var index = _blocks.Count;
        _blocks.Add((new SourceBlock(index, text, new SourceLocation(null, null, Part, index))
        {
            Kind = BlockKind.TableCell,
            Cell = cell,
            Format = format,
            Runs = ImmutableArray.Create(new TextRun(text, run)),
            Section = 0,
        }, false));
    }
}

public static class LayoutSourceExtensions
{
    /// <summary>The block with its runs' formatting changed.</summary>
    public static SourceBlock WithRuns(this SourceBlock block, Func<RunFormat, RunFormat> change) =>
        block with { Runs = block.Runs.Select(r => r with { Format = change(r.Format) }).ToImmutableArray() };

    /// <summary>The block with its paragraph formatting changed.</summary>
    public static SourceBlock WithFormat(this SourceBlock block, Func<ParagraphFormat, ParagraphFormat> change) =>
        block with { Format = change(block.Format ?? new ParagraphFormat()) };

    /// <summary>The block's text split into two runs, the second with another formatting.</summary>
    public static SourceBlock WithSecondRun(this SourceBlock block, Func<RunFormat, RunFormat> change)
    {
        var first = block.Runs[0];
        var cut = block.Text.Length / 2;
        return block with
        {
            Runs = ImmutableArray.Create(
                first with { Text = block.Text.Substring(0, cut) },
                first with { Text = block.Text.Substring(cut), Format = change(first.Format) }),
        };
    }

    /// <summary>The diagnostics of the layout rules (AD10xx).</summary>
    public static Diagnostic[] Layout(this ValidationResult result) =>
        result.Diagnostics.Where(d => d.Id.StartsWith("AD10", StringComparison.Ordinal)).ToArray();
}

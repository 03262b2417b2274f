using System.Collections.Generic;
using AdminDocs.Decree;
using AdminDocs.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace AdminDocs.Docx.Writing;

/// <summary>
/// The Word styles the writer uses: one paragraph style per component, with the Vietnamese name a clerk knows, so
/// that a document edited in Word keeps its layout. Sizes follow Phụ lục I, Mục IV (the ranges the rules check).
/// </summary>
internal static class WriterStyles
{
    public const string Font = Fonts.TimesNewRoman;

    public const string Normal = "Normal";
    public const string Parent = "CoQuanChuQuan";
    public const string Issuer = "CoQuanBanHanh";
    public const string PartyHeading = "TieuDeDang";
    public const string NationalTitle = "QuocHieu";
    public const string Motto = "TieuNgu";
    public const string RuleLine = "DuongKe";
    public const string Number = "SoKyHieu";
    public const string LetterSubject = "TrichYeuCongVan";
    public const string PlaceDate = "DiaDanhNgayThang";
    public const string Mark = "DauMucDo";
    public const string Title = "TenLoaiVanBan";
    public const string Subject = "TrichYeu";
    public const string Addressee = "KinhGui";
    public const string AddresseeItem = "KinhGuiDanhSach";
    public const string Body = "NoiDung";
    public const string LegalBasis = "CanCu";
    public const string Authority = "ThamQuyenBanHanh";
    public const string Enacting = "QuyetDinh";
    public const string PartHeading = "PhanChuong";
    public const string SectionHeading = "DeMuc";
    public const string Article = "Dieu";
    public const string TableText = "NoiDungBang";
    public const string RecipientsLabel = "NoiNhan";
    public const string RecipientsItem = "NoiNhanDanhSach";
    public const string SignatureTitle = "ChucVuKy";
    public const string Placeholder = "ChuKyDauMoc";
    public const string SignerName = "HoTenNguoiKy";
    public const string Drafter = "KyHieuNguoiSoanThao";
    public const string AppendixLabel = "PhuLuc";
    public const string AppendixTitle = "TenPhuLuc";
    public const string AppendixReference = "KemTheoPhuLuc";
    public const string PageNumber = "SoTrang";
    public const string Unrecognized = "ChuaNhanDang";

    /// <summary>Builds the styles part's root for the given profile and body size.</summary>
    public static W.Styles Build(DocumentProfile profile, DocxWriterOptions options, double bodySize)
    {
        var party = profile == DocumentProfile.Hd36;
        var indent = Twips(options.FirstLineIndentCm * 10);
        var before = (int)(options.ParagraphSpacingPoints * 20);
        var line = (int)System.Math.Round(options.LineSpacing * 240);
        var styles = new W.Styles(DocDefaults(bodySize));

        var list = new List<W.Style>
        {
            Para(Normal, "Normal", null, P(), R(), isDefault: true),
            Para(Parent, "Cơ quan chủ quản", Normal, Center(), R(Typography.Of(Component.ParentAgency, party))),
            Para(Issuer, "Cơ quan ban hành", Normal, Center(), R(Typography.Of(Component.IssuingAgency, party))),
            Para(PartyHeading, "Tiêu đề Đảng", Normal, Center(), R(Typography.Of(Component.PartyHeading, party))),
            Para(NationalTitle, "Quốc hiệu", Normal, Center(), R(Typography.Of(Component.NationalTitle))),
            Para(Motto, "Tiêu ngữ", Normal, Center(), R(Typography.Of(Component.Motto))),
            Para(RuleLine, "Đường kẻ", Normal, Center(), R(size: 10)),
            Para(Number, "Số và ký hiệu", Normal, Center(before: 120), R(Typography.Of(Component.Number, party))),
            Para(LetterSubject, "Trích yếu công văn", Normal, Center(before: 60), R(Typography.Of(Component.LetterSubject))),
            Para(PlaceDate, "Địa danh và ngày tháng", Normal, Center(before: 120), R(Typography.Of(Component.PlaceDate, party))),
            Para(Mark, "Dấu mức độ", Normal, Center(before: 120, box: true), R(Typography.Of(Component.Marks))),
            Para(Title, "Tên loại văn bản", Normal, Center(before: 360), R(Typography.Of(Component.Title, party))),
            Para(Subject, "Trích yếu", Normal, Center(), R(Typography.Of(Component.Subject, party))),
            Para(Addressee, FixedTexts.AddresseesWords, Normal, Center(before: 240, after: 120), R(Typography.Of(Component.Addressees, party))),
            Para(AddresseeItem, "Kính gửi danh sách", Normal, P(jc: W.JustificationValues.Left, left: Twips(40)), R(Typography.Of(Component.Addressees, party))),
            Para(Body, "Nội dung", Normal, Justified(indent, before, line), R(size: bodySize)),
            Para(LegalBasis, "Căn cứ", Body, Inherit(), R(italic: profile != DocumentProfile.Tt01)),
            Para(Authority, "Thẩm quyền ban hành", Normal, Center(before: 240), R(size: 14, bold: true)),
            Para(Enacting, "Quyết định", Normal, Center(before: 240, after: 120), R(size: 14, bold: true)),
            Para(PartHeading, "Phần và chương", Normal, Center(before: 240), R(size: 14, bold: true)),
            Para(SectionHeading, "Đề mục", Body, Inherit(), R(bold: true)),
            Para(Article, "Điều", Body, Inherit(), R()),
            Para(TableText, "Nội dung bảng", Normal, P(jc: W.JustificationValues.Left), R(size: 13)),
            Para(RecipientsLabel, FixedTexts.RecipientsWords, Normal, P(jc: W.JustificationValues.Left), R(Typography.Of(Component.RecipientsLabel, party))),
            Para(RecipientsItem, "Nơi nhận danh sách", Normal, P(jc: W.JustificationValues.Left), R(Typography.Of(Component.RecipientsItems, party))),
            Para(SignatureTitle, "Chức vụ ký", Normal, Center(), R(Typography.Of(Component.SignatureTitles, party))),
            Para(Placeholder, "Chữ ký và dấu", Normal, Center(), R(Typography.Of(Component.Placeholder, party))),
            Para(SignerName, "Họ tên người ký", Normal, Center(before: 1200), R(Typography.Of(Component.SignerName, party))),
            Para(Drafter, "Ký hiệu người soạn thảo", Normal, P(jc: W.JustificationValues.Left, before: 240), R(Typography.Of(Component.Drafter, party))),
            Para(AppendixLabel, "Phụ lục", Normal, Center(), R(size: 14, bold: true)),
            Para(AppendixTitle, "Tên phụ lục", Normal, Center(), R(size: 14, bold: true)),
            Para(AppendixReference, "Kèm theo phụ lục", Normal, Center(after: 240), R(size: 14, italic: true)),
            Para(PageNumber, "Số trang", Normal, Center(), R(size: 14)),
            Para(Unrecognized, "Chưa nhận dạng", Normal, P(jc: W.JustificationValues.Left, before: 120), R(size: 14)),
        };

        foreach (var s in list)
        {
            styles.Append(s);
        }

        styles.Append(new W.Style(
            new W.StyleName { Val = "Bảng không viền" },
            new W.StyleTableProperties(
                new W.TableBorders(
                    new W.TopBorder { Val = W.BorderValues.Nil },
                    new W.LeftBorder { Val = W.BorderValues.Nil },
                    new W.BottomBorder { Val = W.BorderValues.Nil },
                    new W.RightBorder { Val = W.BorderValues.Nil },
                    new W.InsideHorizontalBorder { Val = W.BorderValues.Nil },
                    new W.InsideVerticalBorder { Val = W.BorderValues.Nil }),
                new W.TableCellMarginDefault(
                    new W.TableCellLeftMargin { Width = 57, Type = W.TableWidthValues.Dxa },
                    new W.TableCellRightMargin { Width = 57, Type = W.TableWidthValues.Dxa })))
        { Type = W.StyleValues.Table, StyleId = "BangKhongVien" });
        styles.Append(new W.Style(
            new W.StyleName { Val = "Bảng nội dung" },
            new W.StyleTableProperties(
                new W.TableBorders(
                    new W.TopBorder { Val = W.BorderValues.Single, Size = 4, Color = "000000" },
                    new W.LeftBorder { Val = W.BorderValues.Single, Size = 4, Color = "000000" },
                    new W.BottomBorder { Val = W.BorderValues.Single, Size = 4, Color = "000000" },
                    new W.RightBorder { Val = W.BorderValues.Single, Size = 4, Color = "000000" },
                    new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4, Color = "000000" },
                    new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4, Color = "000000" }),
                new W.TableCellMarginDefault(
                    new W.TableCellLeftMargin { Width = 85, Type = W.TableWidthValues.Dxa },
                    new W.TableCellRightMargin { Width = 85, Type = W.TableWidthValues.Dxa })))
        { Type = W.StyleValues.Table, StyleId = "BangNoiDung" });
        return styles;
    }

    public static int Twips(double mm) => (int)System.Math.Round(mm / 25.4 * 1440);

    private static W.DocDefaults DocDefaults(double bodySize) =>
        new(
            new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
                new W.RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new W.Color { Val = "000000" },
                new W.FontSize { Val = HalfPoints(bodySize) },
                new W.FontSizeComplexScript { Val = HalfPoints(bodySize) },
                new W.Languages { Val = "vi-VN", EastAsia = "en-US", Bidi = "ar-SA" })),
            new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle(
                new W.SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto })));

    private static string HalfPoints(double points) => ((int)System.Math.Round(points * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static W.Style Para(string id, string name, string? basedOn, W.StyleParagraphProperties p, W.StyleRunProperties r, bool isDefault = false)
    {
        var s = new W.Style { Type = W.StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            s.Default = true;
        }

        s.Append(new W.StyleName { Val = name });
        if (basedOn is not null)
        {
            s.Append(new W.BasedOn { Val = basedOn });
        }

        s.Append(new W.NextParagraphStyle { Val = id == Body || id == LegalBasis || id == SectionHeading || id == Article ? Body : id });
        s.Append(new W.UIPriority { Val = 1 });
        s.Append(new W.PrimaryStyle());
        s.Append(p);
        s.Append(r);
        return s;
    }

    private static W.StyleParagraphProperties Inherit() => new();

    private static W.StyleParagraphProperties P(W.JustificationValues? jc = null, int before = 0, int after = 0, int left = 0) =>
        Props(jc, before, after, left, null, null, false);

    private static W.StyleParagraphProperties Center(int before = 0, int after = 0, bool box = false) =>
        Props(W.JustificationValues.Center, before, after, 0, null, null, box);

    private static W.StyleParagraphProperties Justified(int firstLine, int before, int line) =>
        Props(W.JustificationValues.Both, before, 0, 0, firstLine, line, false);

    private static W.StyleParagraphProperties Props(W.JustificationValues? jc, int before, int after, int left, int? firstLine, int? line, bool box)
    {
        var p = new W.StyleParagraphProperties();
        if (box)
        {
            p.Append(new W.ParagraphBorders(
                new W.TopBorder { Val = W.BorderValues.Single, Size = 6, Space = 1, Color = "000000" },
                new W.LeftBorder { Val = W.BorderValues.Single, Size = 6, Space = 4, Color = "000000" },
                new W.BottomBorder { Val = W.BorderValues.Single, Size = 6, Space = 1, Color = "000000" },
                new W.RightBorder { Val = W.BorderValues.Single, Size = 6, Space = 4, Color = "000000" }));
        }

        p.Append(new W.SpacingBetweenLines
        {
            Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture),
            After = after.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Line = (line ?? 240).ToString(System.Globalization.CultureInfo.InvariantCulture),
            LineRule = W.LineSpacingRuleValues.Auto,
        });
        if (firstLine is not null || left != 0)
        {
            var ind = new W.Indentation();
            if (left != 0)
            {
                ind.Left = left.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (firstLine is { } f)
            {
                ind.FirstLine = f.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            p.Append(ind);
        }

        if (jc is { } j)
        {
            p.Append(new W.Justification { Val = j });
        }

        return p;
    }

    private static W.StyleRunProperties R(TypeFace face) => R(size: face.Size, bold: face.Bold, italic: face.Italic);

    private static W.StyleRunProperties R(double? size = null, bool bold = false, bool italic = false)
    {
        var r = new W.StyleRunProperties();
        if (bold)
        {
            r.Append(new W.Bold(), new W.BoldComplexScript());
        }

        if (italic)
        {
            r.Append(new W.Italic(), new W.ItalicComplexScript());
        }

        if (size is { } s)
        {
            r.Append(new W.FontSize { Val = HalfPoints(s) }, new W.FontSizeComplexScript { Val = HalfPoints(s) });
        }

        return r;
    }
}

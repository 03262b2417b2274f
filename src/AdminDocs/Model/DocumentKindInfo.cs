using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using AdminDocs.Text;

namespace AdminDocs;

/// <summary>
/// One row of the document-type catalog (<c>document-types.tsv</c>, from Nghị định 30 Điều 7 and Phụ lục III):
/// the catalog name used in JSON, the tên loại as printed and the ký hiệu abbreviation.
/// </summary>
public sealed record DocumentKindInfo
{
    private static readonly Lazy<ImmutableArray<DocumentKindInfo>> LazyAll = new(Load);

    internal DocumentKindInfo(DocumentKind kind, string catalogName, string? title, string? abbreviation, string template)
    {
        Kind = kind;
        CatalogName = catalogName;
        Title = title;
        Abbreviation = abbreviation;
        Template = template;
        TitleKey = title is null ? null : VietnameseText.Key(title);
    }

    /// <summary>The kind.</summary>
    public DocumentKind Kind { get; }

    /// <summary>The catalog name used in JSON output (e.g. "BaoCao"), "Other" for <see cref="DocumentKind.Other"/>.</summary>
    public string CatalogName { get; }

    /// <summary>The tên loại in capitals (e.g. "BÁO CÁO"); <see langword="null"/> for công văn and thư công.</summary>
    public string? Title { get; }

    /// <summary>The comparison key of <see cref="Title"/> (see <see cref="VietnameseText.Key"/>).</summary>
    internal string? TitleKey { get; }

    /// <summary>The Phụ lục III abbreviation (e.g. "BC", "QyĐ"); <see langword="null"/> for công văn and thư công.</summary>
    public string? Abbreviation { get; }

    /// <summary>The Phụ lục III template (e.g. "Mẫu 1.4"), or "—".</summary>
    public string Template { get; }

    /// <summary>Every kind of the catalog, in catalog order, <see cref="DocumentKind.Other"/> excluded.</summary>
    public static ImmutableArray<DocumentKindInfo> All => LazyAll.Value;

    /// <summary>The catalog row of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The row; for <see cref="DocumentKind.Other"/> a row without title or abbreviation.</returns>
    public static DocumentKindInfo Get(DocumentKind kind) =>
        kind == DocumentKind.Other ? OtherInfo : All.First(i => i.Kind == kind);

    /// <summary>Finds the kind whose tên loại is <paramref name="title"/> (case, spaces and tone-mark placement ignored).</summary>
    /// <param name="title">A title line.</param>
    /// <returns>The row, or <see langword="null"/>.</returns>
    public static DocumentKindInfo? FindByTitle(string title)
    {
        var key = VietnameseText.Key(title ?? throw new ArgumentNullException(nameof(title)));
        return All.FirstOrDefault(i => i.TitleKey == key);
    }

    private static readonly DocumentKindInfo OtherInfo = new(DocumentKind.Other, "Other", null, null, "—");

    private static readonly Dictionary<string, DocumentKind> CatalogNames = new(StringComparer.Ordinal)
    {
        ["NghiQuyet"] = DocumentKind.Resolution,
        ["QuyetDinh"] = DocumentKind.Decision,
        ["ChiThi"] = DocumentKind.Directive,
        ["QuyChe"] = DocumentKind.Regulation,
        ["QuyDinh"] = DocumentKind.Provisions,
        ["ThongCao"] = DocumentKind.Communique,
        ["ThongBao"] = DocumentKind.Notice,
        ["HuongDan"] = DocumentKind.Guidance,
        ["ChuongTrinh"] = DocumentKind.Programme,
        ["KeHoach"] = DocumentKind.Plan,
        ["PhuongAn"] = DocumentKind.Scheme,
        ["DeAn"] = DocumentKind.Proposal,
        ["DuAn"] = DocumentKind.Project,
        ["BaoCao"] = DocumentKind.Report,
        ["BienBan"] = DocumentKind.Minutes,
        ["ToTrinh"] = DocumentKind.Submission,
        ["HopDong"] = DocumentKind.Contract,
        ["CongVan"] = DocumentKind.OfficialLetter,
        ["CongDien"] = DocumentKind.Dispatch,
        ["BanGhiNho"] = DocumentKind.Memorandum,
        ["BanThoaThuan"] = DocumentKind.Agreement,
        ["GiayUyQuyen"] = DocumentKind.PowerOfAttorney,
        ["GiayMoi"] = DocumentKind.Invitation,
        ["GiayGioiThieu"] = DocumentKind.LetterOfIntroduction,
        ["GiayNghiPhep"] = DocumentKind.LeaveCertificate,
        ["PhieuGui"] = DocumentKind.DispatchSlip,
        ["PhieuChuyen"] = DocumentKind.TransferSlip,
        ["PhieuBao"] = DocumentKind.NotificationSlip,
        ["ThuCong"] = DocumentKind.PublicLetter,
        ["SaoY"] = DocumentKind.CopyTrue,
        ["TrichSao"] = DocumentKind.CopyExtract,
        ["SaoLuc"] = DocumentKind.CopyTranscript,
    };

    private static ImmutableArray<DocumentKindInfo> Load()
    {
        var rows = ImmutableArray.CreateBuilder<DocumentKindInfo>();
        foreach (var cells in EmbeddedCatalog.ReadTsv("document-types.tsv"))
        {
            var kind = CatalogNames.TryGetValue(cells[0], out var k)
                ? k
                : throw new InvalidDataException($"document-types.tsv names an unknown kind '{cells[0]}'.");
            static string? Value(string cell) => cell.StartsWith("(", StringComparison.Ordinal) ? null : cell;
            rows.Add(new DocumentKindInfo(kind, cells[0], Value(cells[1]), Value(cells[2]), cells.Length > 3 ? cells[3] : "—"));
        }

        return rows.ToImmutable();
    }
}

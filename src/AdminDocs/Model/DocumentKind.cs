namespace AdminDocs;

/// <summary>
/// The kind (tên loại) of an administrative document: the 29 types of Nghị định 30/2020 Điều 7 and the three
/// copy forms of Phụ lục III. Kinds outside that list (older TT01 types, Party types) are <see cref="Other"/>
/// and keep their title text in <see cref="AdminDocument.Title"/>.
/// </summary>
public enum DocumentKind
{
    /// <summary>A kind outside the Nghị định 30 list; the title text says which.</summary>
    Other = 0,

    /// <summary>Nghị quyết (cá biệt) — NQ.</summary>
    Resolution,

    /// <summary>Quyết định (cá biệt) — QĐ.</summary>
    Decision,

    /// <summary>Chỉ thị — CT.</summary>
    Directive,

    /// <summary>Quy chế — QC.</summary>
    Regulation,

    /// <summary>Quy định — QyĐ.</summary>
    Provisions,

    /// <summary>Thông cáo — TC.</summary>
    Communique,

    /// <summary>Thông báo — TB.</summary>
    Notice,

    /// <summary>Hướng dẫn — HD.</summary>
    Guidance,

    /// <summary>Chương trình — CTr.</summary>
    Programme,

    /// <summary>Kế hoạch — KH.</summary>
    Plan,

    /// <summary>Phương án — PA.</summary>
    Scheme,

    /// <summary>Đề án — ĐA.</summary>
    Proposal,

    /// <summary>Dự án — DA.</summary>
    Project,

    /// <summary>Báo cáo — BC.</summary>
    Report,

    /// <summary>Biên bản — BB.</summary>
    Minutes,

    /// <summary>Tờ trình — TTr.</summary>
    Submission,

    /// <summary>Hợp đồng — HĐ.</summary>
    Contract,

    /// <summary>Công văn: no tên loại line; trích yếu after "V/v"; ký hiệu issuer-unit.</summary>
    OfficialLetter,

    /// <summary>Công điện — CĐ.</summary>
    Dispatch,

    /// <summary>Bản ghi nhớ — BGN.</summary>
    Memorandum,

    /// <summary>Bản thỏa thuận — BTT.</summary>
    Agreement,

    /// <summary>Giấy ủy quyền — GUQ.</summary>
    PowerOfAttorney,

    /// <summary>Giấy mời — GM.</summary>
    Invitation,

    /// <summary>Giấy giới thiệu — GGT.</summary>
    LetterOfIntroduction,

    /// <summary>Giấy nghỉ phép — GNP.</summary>
    LeaveCertificate,

    /// <summary>Phiếu gửi — PG.</summary>
    DispatchSlip,

    /// <summary>Phiếu chuyển — PC.</summary>
    TransferSlip,

    /// <summary>Phiếu báo — PB.</summary>
    NotificationSlip,

    /// <summary>Thư công: no abbreviation.</summary>
    PublicLetter,

    /// <summary>Bản sao y — SY.</summary>
    CopyTrue,

    /// <summary>Bản trích sao — TrS.</summary>
    CopyExtract,

    /// <summary>Bản sao lục — SL.</summary>
    CopyTranscript,
}

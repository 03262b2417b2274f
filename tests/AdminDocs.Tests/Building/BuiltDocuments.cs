using System;
using AdminDocs.Building;

namespace AdminDocs.Tests.Building;

/// <summary>Documents built with the builder: the sample báo cáo and a representative document of every kind.</summary>
public static class BuiltDocuments
{
    /// <summary>The builder calls that give the content of samples/bao-cao-mau-nd30.txt.</summary>
    public static DocumentBuilder SampleReport() =>
        DocumentBuilder.Create(DocumentKind.Report)
            .ParentAgency("UBND TỈNH BÌNH ĐỊNH")
            .IssuingAgency("SỞ GIAO THÔNG VẬN TẢI", "SGTVT")
            .Number(215)
            .PlaceAndDate("Bình Định", new DateTime(2024, 12, 5))
            .Subject("Kết quả hoạt động thông tin đối ngoại năm 2024 và kế hoạch thực hiện năm 2025")
            .To("Ủy ban nhân dân tỉnh Bình Định")
            .Body(b => b
                .Paragraph("Thực hiện Công văn số 1025/STTTT-TTBCXB ngày 20/11/2024 của Sở Thông tin và Truyền thông về việc báo cáo kết quả hoạt động thông tin đối ngoại năm 2024, Sở Giao thông vận tải báo cáo như sau:")
                .RomanSection("Kết quả hoạt động thông tin đối ngoại năm 2024", s => s
                    .Clause("Tình hình triển khai thực hiện", c => c
                        .Paragraph("Thực hiện Quyết định số 66/2017/QĐ-UBND ngày 11/12/2017 của Ủy ban nhân dân tỉnh ban hành Quy chế hoạt động thông tin đối ngoại trên địa bàn tỉnh Bình Định, Sở Giao thông vận tải đã phân công 01 lãnh đạo Sở phụ trách và 01 công chức Văn phòng Sở trực tiếp theo dõi công tác thông tin đối ngoại.")
                        .Paragraph("Sở tổ chức tuyên truyền, phổ biến chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về công tác đối ngoại đến toàn thể công chức, viên chức và người lao động trong cơ quan."))
                    .Clause("Kết quả cụ thể", c => c
                        .Point("Cập nhật thường xuyên thông tin về chính sách phát triển hạ tầng giao thông của tỉnh trên Trang thông tin điện tử của Sở.")
                        .Point("Phối hợp với các sở, ban, ngành trong việc triển khai thực hiện các hoạt động thông tin đối ngoại của tỉnh.")
                        .Point("Cử 02 công chức tham dự lớp tập huấn, bồi dưỡng nghiệp vụ về công tác thông tin đối ngoại do Ủy ban nhân dân tỉnh tổ chức."))
                    .Clause("Khó khăn, hạn chế", c => c
                        .Paragraph("Chức năng, nhiệm vụ chính của Sở là quản lý nhà nước về giao thông vận tải nên hoạt động thông tin đối ngoại còn hạn chế; công chức phụ trách kiêm nhiệm nhiều việc.")))
                .RomanSection("Kế hoạch thực hiện năm 2025", s => s
                    .Clause("Tiếp tục triển khai Quy chế hoạt động thông tin đối ngoại trên địa bàn tỉnh.")
                    .Clause("Thường xuyên cập nhật nội dung tuyên truyền về hoạt động thông tin đối ngoại trên Trang thông tin điện tử của Sở.")
                    .Clause("Thực hiện chế độ báo cáo định kỳ 6 tháng, năm và đột xuất theo yêu cầu."))
                .Paragraph("Trên đây là báo cáo kết quả hoạt động thông tin đối ngoại năm 2024 và kế hoạch thực hiện năm 2025 của Sở Giao thông vận tải, kính báo cáo Ủy ban nhân dân tỉnh."))
            .Signature(s => s.SignFor("GIÁM ĐỐC").Title("PHÓ GIÁM ĐỐC").Placeholder("(Đã ký)").Name("Đỗ Nguyên Đức"))
            .Recipients("Sở Thông tin và Truyền thông", "Giám đốc Sở (b/c)")
            .Archive("VP");

    /// <summary>A representative, complete and correct document of a kind, built the way a clerk would fill it.</summary>
    public static DocumentBuilder Representative(DocumentKind kind)
    {
        var b = DocumentBuilder.Create(kind)
            .ParentAgency("UBND TỈNH QUẢNG NGÃI")
            .IssuingAgency("SỞ NỘI VỤ", "SNV")
            .Number(7, kind == DocumentKind.OfficialLetter ? "VP" : null)
            .PlaceAndDate("Quảng Ngãi", 2025, 2, 3);
        if (kind is not (DocumentKind.CopyTrue or DocumentKind.CopyExtract or DocumentKind.CopyTranscript))
        {
            b.Subject(kind == DocumentKind.OfficialLetter ? "Cử công chức tham gia lớp bồi dưỡng nghiệp vụ văn thư" : "Công tác văn thư, lưu trữ năm 2025");
        }

        switch (kind)
        {
            case DocumentKind.Decision:
            case DocumentKind.Resolution:
                b.Body(x => x
                    .IssuingAuthority(kind == DocumentKind.Decision ? "Giám đốc Sở Nội vụ" : "Hội đồng nhân dân xã Nghĩa Thuận")
                    .LegalBasis("Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư")
                    .LegalBasis("Quyết định số 12/2021/QĐ-UBND ngày 15 tháng 3 năm 2021 của Ủy ban nhân dân tỉnh Quảng Ngãi")
                    .Proposal(kind == DocumentKind.Decision ? "Theo đề nghị của Chánh Văn phòng Sở" : "Xét đề nghị của Ủy ban nhân dân xã")
                    .EnactingFormula()
                    .Article("Cử công chức tham gia lớp bồi dưỡng", a => a
                        .Paragraph("Cử 03 công chức Văn phòng Sở tham gia lớp bồi dưỡng nghiệp vụ văn thư, lưu trữ, gồm:")
                        .Clause("Bà Lê Thị Thu Hà, chuyên viên Văn phòng Sở;")
                        .Clause("Ông Nguyễn Minh Khoa, chuyên viên Văn phòng Sở."))
                    .Article("Chế độ và kinh phí", a => a.Paragraph("Công chức được cử đi học được hưởng chế độ theo quy định hiện hành."))
                    .Article("Tổ chức thực hiện", a => a.Paragraph("Chánh Văn phòng Sở và các công chức có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.")));
                break;
            case DocumentKind.Regulation:
            case DocumentKind.Provisions:
                b.Body(x => x
                    .Chapter("Quy định chung", c => c
                        .Article("Phạm vi điều chỉnh", a => a.Paragraph("Quy chế này quy định về công tác văn thư, lưu trữ của Sở Nội vụ."))
                        .Article("Đối tượng áp dụng", a => a.Paragraph("Quy chế này áp dụng đối với công chức, viên chức của Sở Nội vụ.")))
                    .Chapter("Quản lý văn bản", c => c
                        .Section("Văn bản đi", m => m
                            .Article("Trình tự quản lý văn bản đi", a => a
                                .Clause("Kiểm tra thể thức, kỹ thuật trình bày văn bản.")
                                .Clause("Đăng ký văn bản đi, gồm:", k => k
                                    .Point("Ghi số, ngày, tháng, năm của văn bản;")
                                    .Point("Nhân bản, đóng dấu cơ quan."))))
                        .Section("Văn bản đến", m => m
                            .Article("Tiếp nhận văn bản đến", a => a.Paragraph("Văn bản đến được tiếp nhận, đăng ký vào hệ thống.")))));
                break;
            case DocumentKind.Minutes:
                b.Body(x => x
                    .Paragraph("Thời gian bắt đầu: 14 giờ 00, ngày 20 tháng 9 năm 2024.")
                    .Paragraph("Địa điểm: Hội trường Sở Nội vụ.")
                    .Clause("Ông Lê Văn Hải báo cáo kết quả thực hiện công tác văn thư, lưu trữ.")
                    .Clause("Các thành viên thống nhất kế hoạch năm 2025.")
                    .Paragraph("Cuộc họp kết thúc vào 16 giờ 30 cùng ngày."));
                break;
            case DocumentKind.OfficialLetter:
            case DocumentKind.PublicLetter:
            case DocumentKind.Dispatch:
                b.Body(x => x
                    .Paragraph("Thực hiện Kế hoạch số 45/KH-SNV ngày 20 tháng 02 năm 2025 của Sở Nội vụ, Sở Nội vụ đề nghị các cơ quan, đơn vị cử công chức tham gia lớp bồi dưỡng nghiệp vụ văn thư.")
                    .Paragraph("Danh sách gửi về Sở Nội vụ trước ngày 15 tháng 02 năm 2025."));
                break;
            default:
                b.Body(x => x
                    .Paragraph("Thực hiện Kế hoạch số 45/KH-SNV ngày 20 tháng 02 năm 2025 của Sở Nội vụ, Sở Nội vụ thực hiện như sau:")
                    .RomanSection("Mục đích, yêu cầu", s => s
                        .Clause("Nâng cao chất lượng công tác văn thư.")
                        .Clause("Bảo đảm đúng quy định của pháp luật."))
                    .RomanSection("Nội dung thực hiện", s => s
                        .Clause("Rà soát hồ sơ lưu trữ", c => c
                            .Point("Rà soát hồ sơ năm 2024;")
                            .Point("Chỉnh lý tài liệu tồn đọng.", pt => pt.Bullet("Tài liệu hành chính").Bullet("Tài liệu chuyên môn")))
                        .Clause("Tập huấn nghiệp vụ"))
                    .Paragraph("Trên đây là nội dung thực hiện công tác văn thư, lưu trữ năm 2025 của Sở Nội vụ."));
                break;
        }

        if (kind == DocumentKind.PublicLetter)
        {
            b.LetterTitle("Thư cảm ơn");
        }

        if (kind is DocumentKind.OfficialLetter or DocumentKind.Submission or DocumentKind.Report)
        {
            b.To("Ủy ban nhân dân tỉnh Quảng Ngãi");
        }

        if (kind == DocumentKind.Minutes)
        {
            b.Signature(s => s.Title("THƯ KÝ").Name("Nguyễn Thị Kim Loan"))
                .Signature(s => s.Title("CHỦ TỌA").Name("Trần Quốc Việt"));
        }
        else if (kind == DocumentKind.Resolution)
        {
            b.Signature(s => s.OnBehalfOf("Hội đồng nhân dân").Title("Chủ tịch").Name("Phạm Văn Tâm"));
        }
        else
        {
            b.Signature(s => s.SignFor("GIÁM ĐỐC").Title("PHÓ GIÁM ĐỐC").Name("Đỗ Nguyên Đức"));
        }

        return b.Recipients("Ủy ban nhân dân tỉnh", "Các sở, ban, ngành").Archive("VT", "VP");
    }
}

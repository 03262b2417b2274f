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
}

using System.Collections.Immutable;

namespace AdminDocs.Docx.Tests.Writing;

/// <summary>Models the writer tests print: the real sample and corpus documents, one with appendices added.</summary>
internal static class WrittenDocuments
{
    public static AdminDocument Sample() => WritingAssets.Recognize("samples/bao-cao-mau-nd30.txt");

    /// <summary>The sample report with two appendices, each with a title, a "(Kèm theo ...)" line and a body.</summary>
    public static AdminDocument SampleWithAppendices()
    {
        var sample = Sample();
        Appendix Appendix(string number, string title, params string[] paragraphs) =>
            new(new TextElement("Phụ lục " + number))
            {
                Number = number,
                Title = new TextElement(title),
                Reference = new TextElement("(Kèm theo Báo cáo số 215/BC-SGTVT ngày 05 tháng 12 năm 2024 của Sở Giao thông vận tải)"),
                Body = new Body
                {
                    Nodes = ImmutableArray.CreateRange<BodyNode>(System.Linq.Enumerable.Select(paragraphs, p => new Paragraph(p))),
                },
            };

        return sample with
        {
            Appendices = ImmutableArray.Create(
                Appendix("I", "DANH MỤC TIN BÀI ĐÃ ĐĂNG NĂM 2024", "Tin về hội nghị xúc tiến đầu tư vào hạ tầng giao thông của tỉnh.", "Bài về tuyến đường ven biển đoạn Cát Tiến - Đề Gi."),
                Appendix("II", "KẾ HOẠCH TUYÊN TRUYỀN NĂM 2025", "Tuyên truyền về các dự án giao thông trọng điểm đến người dân và doanh nghiệp.")),
        };
    }
}

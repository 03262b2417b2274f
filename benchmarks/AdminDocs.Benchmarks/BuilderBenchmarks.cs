using System;
using System.IO;
using System.Linq;
using AdminDocs.Building;
using BenchmarkDotNet.Attributes;

namespace AdminDocs.Benchmarks;

/// <summary>
/// The builder and the JSON document spec: the sample báo cáo built in code and parsed from
/// <c>samples/bao-cao-spec.json</c>, and a 100-page report (50 mục × 4 khoản × 2 paragraphs of the sample's body)
/// built in code. Every Build() also runs the text rules on the result (the builder's safety net).
/// </summary>
public class BuilderBenchmarks
{
    private string _spec = string.Empty;

    private string[] _paragraphs = Array.Empty<string>();

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "samples", "bao-cao-spec.json")))
        {
            dir = dir.Parent;
        }

        _spec = File.ReadAllText(Path.Combine(dir?.FullName ?? throw new FileNotFoundException("samples/bao-cao-spec.json"), "samples", "bao-cao-spec.json"));
        _paragraphs = File.ReadAllLines(Path.Combine(dir.FullName, "samples", "bao-cao-mau-nd30.txt"))
            .Where(l => l.Length > 120 && char.IsUpper(l[0]) && !l.StartsWith("Trên đây", StringComparison.Ordinal))
            .ToArray();
    }

    [Benchmark(Baseline = true)]
    public AdminDocument BuildSample() => Report(sections: 2, clauses: 3).Build().Document;

    [Benchmark]
    public AdminDocument ParseSampleSpec() => DocumentSpec.Parse(_spec).Document;

    [Benchmark]
    public AdminDocument Build100Pages() => Report(sections: 50, clauses: 4).Build().Document;

    private DocumentBuilder Report(int sections, int clauses)
    {
        var k = 0;
        return DocumentBuilder.Create(DocumentKind.Report)
            .ParentAgency("UBND TỈNH BÌNH ĐỊNH")
            .IssuingAgency("SỞ GIAO THÔNG VẬN TẢI", "SGTVT")
            .Number(215)
            .PlaceAndDate("Bình Định", new DateTime(2024, 12, 5))
            .Subject("Kết quả hoạt động thông tin đối ngoại năm 2024")
            .To("Ủy ban nhân dân tỉnh Bình Định")
            .Body(b =>
            {
                b.Paragraph(_paragraphs[0]);
                for (var s = 0; s < sections; s++)
                {
                    b.RomanSection("Kết quả thực hiện nhiệm vụ", x =>
                    {
                        for (var c = 0; c < clauses; c++)
                        {
                            x.Clause("Tình hình triển khai thực hiện", y => y
                                .Paragraph(_paragraphs[k++ % _paragraphs.Length])
                                .Paragraph(_paragraphs[k++ % _paragraphs.Length]));
                        }
                    });
                }

                b.Paragraph("Trên đây là báo cáo kết quả hoạt động thông tin đối ngoại năm 2024 của Sở Giao thông vận tải.");
            })
            .Signature(s => s.SignFor("GIÁM ĐỐC").Title("PHÓ GIÁM ĐỐC").Name("Đỗ Nguyên Đức"))
            .Recipients("Sở Thông tin và Truyền thông")
            .Archive("VP");
    }
}

using System.Collections.Generic;
using System.Linq;
using System.Text;
using AdminDocs.Html.Tests.TestSupport;
using AdminDocs.Tests.TestSupport;
using CsCheck;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Html.Tests.RoundTrip;

/// <summary>
/// Property: for generated documents of every kind (header, number, date, tên loại or V/v, trích yếu, Kính gửi, a body
/// of parts, sections, clauses, points and paragraphs with markup characters in the text, Nơi nhận, signatures with
/// TM./KT./TL.), the model recognized from the text is the model recognized from the HTML the writer makes of it.
/// </summary>
public class PropertyRoundTripTests
{
    private static readonly string[] Words =
    {
        "kết", "quả", "thực", "hiện", "nhiệm", "vụ", "năm", "công", "tác", "quản", "lý", "nhà", "nước", "về", "giao", "thông",
        "vận", "tải", "đầu", "tư", "xây", "dựng", "đô", "thị", "<b>", "&amp;", "\"trích\"", "'đơn'", "a<b", "x>y", "5%", "(b/c)",
    };

    private static readonly string[] Places = { "Hà Nội", "Bình Định", "Thanh Hóa", "Đà Nẵng", "Cần Thơ" };

    private static readonly string[] Agencies = { "SỞ GIAO THÔNG VẬN TẢI", "SỞ TÀI CHÍNH", "PHÒNG NỘI VỤ", "BAN QUẢN LÝ DỰ ÁN", "SỞ Y TẾ" };

    private static readonly string[] Signers = { "Nguyễn Văn An", "Trần Thị Bích", "Lê Quốc Hùng", "Phạm Minh Đức" };

    private static Gen<string> Sentence(int min, int max) =>
        Gen.Int[min, max].SelectMany(n => Gen.OneOf(Words).Array[n]).Select(ws =>
        {
            var s = string.Join(" ", ws);
            return char.ToUpperInvariant(s[0]) + s.Substring(1);
        });

    private static readonly Gen<string> Body =
        Gen.Int[1, 3].SelectMany(sections => Gen.Select(Sentence(8, 20), Sentence(3, 8).Array[sections], Sentence(6, 14).Array[1, 3], Gen.Bool, Sentence(5, 12).Array[0, 3]))
            .Select(t =>
            {
                var (intro, headings, clauses, points, bullets) = t;
                var sb = new StringBuilder().AppendLine(intro + ":");
                var roman = new[] { "I", "II", "III" };
                for (var i = 0; i < headings.Length; i++)
                {
                    sb.AppendLine($"{roman[i]}. {headings[i].ToUpperInvariant()}");
                    for (var k = 0; k < clauses.Length; k++)
                    {
                        sb.AppendLine($"{k + 1}. {clauses[k]}.");
                        if (points && k == 0)
                        {
                            sb.AppendLine($"a) {clauses[k]};").AppendLine($"b) {headings[i]}.");
                        }
                    }

                    foreach (var b in bullets)
                    {
                        sb.AppendLine($"- {b};");
                    }
                }

                return sb.AppendLine("Trên đây là báo cáo kết quả thực hiện./.").ToString();
            });

    private static readonly Gen<string> Documents =
        Gen.Select(Gen.OneOf(DocumentKindInfo.All.Where(k => k.Abbreviation is not null && k.Title is not null).ToArray()), Gen.OneOf(Agencies), Gen.OneOf(Places), Gen.Int[1, 28], Gen.Int[1, 12], Gen.Int[2020, 2025], Gen.Int[1, 999], Sentence(4, 12))
            .SelectMany(h => Gen.Select(Gen.Const(h), Body, Gen.Int[0, 2], Gen.OneOf(Signers), Gen.Bool, Gen.Int[0, 2]))
            .Select(t =>
            {
                var ((kind, agency, place, day, month, year, number, subject), body, authority, signer, addressee, recipients) = t;
                var congVan = kind.Kind == DocumentKind.OfficialLetter;
                var sb = new StringBuilder();
                sb.AppendLine("UBND TỈNH " + place.ToUpperInvariant()).AppendLine("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                  .AppendLine(agency).AppendLine("Độc lập - Tự do - Hạnh phúc")
                  .AppendLine($"Số: {number:00}/{(congVan ? "" : kind.Abbreviation + "-")}SGTVT")
                  .AppendLine($"{place}, ngày {day:00} tháng {month:00} năm {year}");
                if (congVan)
                {
                    sb.AppendLine("V/v " + subject.ToLowerInvariant());
                }

                sb.AppendLine();
                if (!congVan)
                {
                    sb.AppendLine(kind.Title!.ToUpperInvariant()).AppendLine(subject).AppendLine();
                }

                if (addressee || congVan)
                {
                    sb.AppendLine("Kính gửi: Ủy ban nhân dân tỉnh " + place + ".").AppendLine();
                }

                sb.Append(body).AppendLine().AppendLine("Nơi nhận:");
                sb.AppendLine(congVan || addressee ? "- Như trên;" : "- Ủy ban nhân dân tỉnh;");
                for (var i = 0; i < recipients; i++)
                {
                    sb.AppendLine($"- Phòng {i + 1};");
                }

                sb.AppendLine("- Lưu: VT, VP.").AppendLine();
                sb.AppendLine(authority switch { 0 => "GIÁM ĐỐC", 1 => "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", _ => "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG" });
                return sb.AppendLine().AppendLine(signer).ToString();
            });

    [Fact]
    public void Every_kind_reads_back_from_its_html_to_the_same_model()
    {
        Documents.Sample(text =>
        {
            var original = HtmlTest.WithoutTypedRules(HtmlTest.FromText(text));
            var back = HtmlTest.Recognize(HtmlTest.Write(original));
            Dump.Of(back).Should().Be(Dump.Of(original), "the text was:\n" + text);
            back.Kind.Should().Be(original.Kind);
        }, seed: "0N0XIzNsQ0O2", iter: 400, threads: 1);
    }

    [Fact]
    public void The_generator_covers_every_kind_with_a_type_abbreviation()
    {
        var kinds = new HashSet<DocumentKind>();
        Documents.Sample(text => { kinds.Add(HtmlTest.FromText(text).Kind); }, seed: "0N0XIzNsQ0O2", iter: 400, threads: 1);
        var expected = DocumentKindInfo.All.Where(k => k.Abbreviation is not null && k.Title is not null).Select(k => k.Kind).ToHashSet();
        expected.Except(kinds).Should().BeEmpty("every kind with a tên loại and an abbreviation is generated and recognized");
    }
}

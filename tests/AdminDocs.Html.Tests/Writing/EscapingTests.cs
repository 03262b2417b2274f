using System.Collections.Immutable;
using System.Linq;
using AdminDocs.Html.Tests.TestSupport;
using AdminDocs.Tests.TestSupport;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Html.Tests.Writing;

/// <summary>Markup typed into any field of a document comes out as text: no element, attribute or comment is created.</summary>
public class EscapingTests
{
    private const string P = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>'><svg onload=alert(3)></style></article><!-- &amp; &#60;b&#62; ]]>";

    private static TextElement T(string prefix) => new(prefix + " " + P);

    private static AdminDocument Hostile()
    {
        var d = TestDocuments.CorrectReport();
        var body = new Body
        {
            Nodes = ImmutableArray.Create<BodyNode>(
                new LegalBasis("Căn cứ " + P),
                new IssuingAuthority("CHỦ TỊCH " + P),
                new Proposal("Theo đề nghị " + P),
                new EnactingFormula("QUYẾT ĐỊNH " + P),
                new Paragraph("Đoạn " + P),
                new BodySection(SectionLevel.Chapter, "Chương " + P) { Heading = "TÊN CHƯƠNG " + P },
                new BodySection(SectionLevel.Section, "I.") { Heading = "MỤC " + P, Children = ImmutableArray.Create<BodyNode>(new BodySection(SectionLevel.Point, "a)") { Heading = "điểm " + P }) },
                new BodySection(SectionLevel.Article, "Điều 1.") { Heading = "Điều " + P }),
        };
        return d with
        {
            PartyHeading = T("ĐẢNG"),
            NationalTitle = T("CỘNG HÒA"),
            Motto = T("Độc lập"),
            ParentAgency = new AgencyName(ImmutableArray.Create("UBND " + P)),
            IssuingAgency = new AgencyName(ImmutableArray.Create("SỞ " + P, "dòng hai " + P)),
            Marks = new DocumentMarks { Secrecy = T("MẬT"), Urgency = T("KHẨN"), Circulation = ImmutableArray.Create(T("XEM XONG TRẢ LẠI")) },
            Number = new DocumentNumber("Số: 1/" + P),
            PlaceDate = new PlaceDate("Hà Nội, " + P),
            Title = T("BÁO CÁO"),
            Subject = new Subject(ImmutableArray.Create("Trích yếu " + P, "dòng hai " + P)),
            Addressees = new Addressees(T("Kính gửi:")) { Items = ImmutableArray.Create(new ListItem("A " + P) { RawText = "- A " + P }, new ListItem("B " + P)) },
            Body = body,
            Signatures = ImmutableArray.Create(
                new SignatureBlock { Authority = "KT. " + P, Titles = ImmutableArray.Create("GIÁM ĐỐC " + P, "PHÓ " + P), Placeholders = ImmutableArray.Create("(Đã ký) " + P), SignerName = T("Nguyễn") },
                new SignatureBlock { Lines = ImmutableArray.Create(T("CHỦ TỌA"), T("Trần")) }),
            Recipients = new Recipients(T("Nơi nhận:")) { Items = ImmutableArray.Create(new ListItem("Lưu " + P) { RawText = "- Lưu " + P }) },
            DrafterCode = T("PL."),
            ContactLines = ImmutableArray.Create(T("Địa chỉ")),
            Appendices = ImmutableArray.Create(new Appendix(T("Phụ lục")) { Title = T("TÊN"), Reference = T("(Kèm theo"), Body = new Body { Nodes = ImmutableArray.Create<BodyNode>(new Paragraph("Phụ lục " + P)) } }),
            Unrecognized = ImmutableArray.Create(new UnrecognizedBlock("Lạ " + P)),
        };
    }

    public static TheoryData<bool, bool> Shapes() => new() { { true, true }, { true, false }, { false, true }, { false, false } };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Markup_in_every_field_appears_as_text_only(bool fullPage, bool stylesheet)
    {
        var html = HtmlTest.Write(Hostile(), new HtmlWriterOptions { FullPage = fullPage, IncludeStylesheet = stylesheet, PageTitle = "Tiêu đề " + P });
        var document = new HtmlParser().ParseDocument(html);

        document.QuerySelectorAll("script, img, svg, iframe, object, embed, link, base, form, input").Should().BeEmpty();
        document.QuerySelectorAll("style").Should().HaveCount(stylesheet ? 1 : 0);
        var all = document.QuerySelectorAll("*");
        all.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", System.StringComparison.OrdinalIgnoreCase)).Should().BeEmpty();
        all.SelectMany(e => e.Attributes).Where(a => a.Value.Contains("javascript:") || a.Value.Contains('<')).Should().BeEmpty();
        document.Descendants<IComment>().Should().BeEmpty();

        // Every field's element holds the payload verbatim as text.
        string[] components = { "party-heading", "national-title", "motto", "parent", "issuer", "marks", "number", "place-date", "title", "subject", "addressees", "body", "signature", "recipients", "drafter", "contact", "appendix", "unrecognized" };
        foreach (var component in components)
        {
            var elements = document.QuerySelectorAll($"[data-component=\"{component}\"]");
            elements.Should().NotBeEmpty(component);
            elements.Should().OnlyContain(e => e.TextContent.Contains(P), component);
        }

        var article = document.QuerySelector("article.admindoc")!;
        var count = (article.TextContent.Length - article.TextContent.Replace(P, string.Empty).Length) / P.Length;
        count.Should().Be(43, "every field that carries the payload shows it once");
        if (fullPage)
        {
            document.Title.Should().Be("Tiêu đề " + P);
            document.DocumentElement.GetAttribute("lang").Should().Be("vi");
        }
    }

    [Fact]
    public void The_payload_reads_back_as_the_same_text()
    {
        var source = HtmlTest.Read(HtmlTest.Write(Hostile()));
        source.Blocks.Should().Contain(b => b.Text == "Đoạn " + P);
        source.Blocks.Should().Contain(b => b.Text == "Số: 1/" + P);
        source.Blocks.Count(b => b.Text.Contains(P)).Should().Be(42);
    }
}

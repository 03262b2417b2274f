using System;
using System.IO;
using System.Linq;
using System.Text;
using AdminDocs.Html.Tests.TestSupport;
using AdminDocs.Reading;
using CsCheck;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Html.Tests.Reading;

/// <summary>Hostile pages give a result or a clear AD0001/AD0002 within the documented limits, never a crash or a hang.</summary>
public class LimitsTests
{
    private static string Nested(int depth, string inner = "sâu")
    {
        var sb = new StringBuilder(depth * 11 + 100);
        sb.Append("<!DOCTYPE html><html><body>");
        for (var i = 0; i < depth; i++)
        {
            sb.Append("<div>");
        }

        sb.Append(inner);
        for (var i = 0; i < depth; i++)
        {
            sb.Append("</div>");
        }

        return sb.Append("</body></html>").ToString();
    }

    [Fact]
    public void A_page_nested_100000_deep_is_refused_before_parsing_with_AD0002()
    {
        var source = HtmlTest.Read(Nested(100_000));

        source.Blocks.Should().BeEmpty();
        var d = source.Diagnostics.Should().ContainSingle().Subject;
        d.Id.Should().Be("AD0002");
        d.MessageKey.Should().Be("AD0002.nesting-too-deep");
        d.Location!.Line.Should().Be(1);
    }

    [Fact]
    public void A_page_just_under_the_limit_is_read()
    {
        var source = HtmlTest.Read(Nested(ReaderLimits.Default.MaxNestingDepth - 10));

        source.Diagnostics.Should().BeEmpty();
        source.Blocks.Should().ContainSingle().Which.Text.Should().Be("sâu");
    }

    [Fact]
    public void Past_the_parsers_own_cap_a_raised_limit_still_gives_a_result()
    {
        // AngleSharp stops nesting at about 510 levels (as browsers do) and re-parents deeper elements; nothing in its
        // parse, in the reader's walk or in disposing the document recurses on the depth.
        var source = HtmlTest.Read(Nested(5_000), ReaderLimits.Default with { MaxNestingDepth = 10_000 });

        source.Diagnostics.Should().BeEmpty();
        source.Blocks.Should().ContainSingle().Which.Text.Should().Be("sâu");
    }

    [Fact]
    public void Unclosed_paragraphs_and_list_items_do_not_count_as_nesting()
    {
        var sb = new StringBuilder("<body>");
        for (var i = 0; i < 5000; i++)
        {
            sb.Append("<p>đoạn ").Append(i).Append("<li>mục");
        }

        var source = HtmlTest.Read(sb.ToString());
        source.Diagnostics.Should().BeEmpty();
        source.Blocks.Should().HaveCount(10_000);
    }

    [Fact]
    public void A_50_MB_page_is_read_within_the_default_limits()
    {
        var paragraph = "<p style=\"text-align:justify;text-indent:1cm\">Thực hiện Kế hoạch số 125/KH-UBND ngày 05/12/2024 của Ủy ban nhân dân tỉnh về chuyển đổi số, <b>Sở Giao thông vận tải</b> báo cáo như sau.</p>\n";
        var bytes = Encoding.UTF8.GetByteCount(paragraph);
        var count = 50 * 1024 * 1024 / bytes;
        var sb = new StringBuilder(50 * 1024 * 1024 + 1024);
        sb.Append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><style>p { font-family: \"Times New Roman\"; font-size: 14pt }</style></head><body>\n");
        for (var i = 0; i < count; i++)
        {
            sb.Append(paragraph);
        }

        sb.Append("</body></html>");
        var page = Encoding.UTF8.GetBytes(sb.ToString());
        page.Length.Should().BeGreaterThan(50_000_000);

        var source = HtmlTest.ReadBytes(page);

        source.Diagnostics.Should().BeEmpty();
        source.Blocks.Should().HaveCount(count);
        source.Blocks[^1].Runs.Should().Contain(r => r.Format.Bold == true && r.Text == "Sở Giao thông vận tải");
        source.Blocks[0].Runs[0].Format.FontSizePoints.Should().Be(14);
    }

    [Fact]
    public void A_page_over_MaxInputBytes_is_not_read()
    {
        var page = HtmlTest.Utf8("<p>" + new string('a', 5000) + "</p>");
        var limits = ReaderLimits.Default with { MaxInputBytes = 1000 };

        var fromStream = HtmlTest.ReadBytes(page, limits);
        fromStream.Diagnostics.Should().ContainSingle().Which.MessageKey.Should().Be("AD0002.file-too-large");

        var nonSeekable = new HtmlReader().Read(new NonSeekableStream(page), "x.html", limits, default);
        nonSeekable.Diagnostics.Should().ContainSingle().Which.MessageKey.Should().Be("AD0002.file-too-large");
    }

    [Fact]
    public void Blocks_and_block_length_are_bounded()
    {
        var many = HtmlTest.Read(string.Concat(Enumerable.Repeat("<p>x</p>", 50)), ReaderLimits.Default with { MaxBlocks = 10 });
        many.Blocks.Should().HaveCount(10);
        many.Diagnostics.Should().ContainSingle().Which.MessageKey.Should().Be("AD0002.too-many-blocks");

        var longLine = HtmlTest.Read("<p>" + new string('x', 500) + "<b>" + new string('y', 500) + "</b></p>", ReaderLimits.Default with { MaxBlockLength = 600 });
        longLine.Blocks.Should().ContainSingle().Which.Text.Should().HaveLength(600);
        longLine.Blocks[0].Runs.Sum(r => r.Text.Length).Should().Be(600);
        longLine.Diagnostics.Should().ContainSingle().Which.MessageKey.Should().Be("AD0002.line-too-long");
    }

    [Theory]
    [InlineData("")]
    [InlineData("<")]
    [InlineData("<<<>>></></p></div></table>")]
    [InlineData("<p>mở<b>đậm<i>nghiêng</p>tiếp</b>cuối")]
    [InlineData("<table><td>ô<tr><td colspan=999999999>x</table></td></tr>")]
    [InlineData("<p style=\"font-size:1e400pt;text-indent:-NaNcm;font-family:'\">x</p>")]
    [InlineData("<style>@media print { @media print { p { color: red } } @page { size: A4; @top-center { content: counter(page) } </style><p>x")]
    [InlineData("<style>p:nth-child(2n+) , ::-webkit-x, [a=, #{ } p { font-weight: 900 }</style><p>x</p>")]
    [InlineData("<html><head><title>t<body><frameset><noscript><p>a</p></noscript><template><p>b</p></template><p>c</p>")]
    public void Malformed_markup_gives_a_result(string html)
    {
        var act = () => HtmlTest.Read(html);
        act.Should().NotThrow();
    }

    [Fact]
    public void Any_markup_gives_a_result_and_only_reader_diagnostics()
    {
        var fragment = Gen.OneOf("<p>", "</p>", "<div style=\"display:grid;grid-template-columns:1fr 1fr\">", "</div>", "<table>", "<tr>", "<td colspan=2>", "</td>", "<br>", "<b>", "</i>", "<style>p{font-size:14pt}</style>", "<style>@page{margin:2cm}", "Quốc hiệu", " ", "&nbsp;", "&#x1;", "<!--", "-->", "<script>x</script>", "<img src=a.png>", "<hr>", "<pre>a\nb</pre>", "<h1>", "<font face=.VnTime>B¸o c¸o</font>", "\u0301", "<", ">", "\"", "'");
        fragment.Array[0, 60].Select(parts => string.Concat(parts)).Sample(html =>
        {
            var source = HtmlTest.Read(html);
            source.Diagnostics.Where(d => !d.Id.StartsWith("AD000", StringComparison.Ordinal)).Should().BeEmpty();
            source.Blocks.Where(b => b.Text.Length == 0 || b.Text != b.Text.Trim() || !b.Text.IsNormalized(NormalizationForm.FormC)).Should().BeEmpty();
            source.Blocks.Select(b => b.Index).Should().Equal(Enumerable.Range(0, source.Blocks.Length));
        }, iter: 300, seed: "0N0XIzNsQ0O2");
    }

    private sealed class NonSeekableStream : MemoryStream
    {
        public NonSeekableStream(byte[] bytes)
            : base(bytes)
        {
        }

        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}

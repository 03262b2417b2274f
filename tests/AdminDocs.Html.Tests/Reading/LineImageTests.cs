using System.Linq;
using AdminDocs.Html.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Html.Tests.Reading;

/// <summary>Drawn rules exported as 1-pixel images: a line of the page, and never a cut in the text.</summary>
public class LineImageTests
{
    private const string Line = "<img src=\"l.gif\" align=\"left\" width=\"76\" height=\"1\"/>";

    [Theory]
    [InlineData("<p><b>S" + Line + "\n\t\t\tỞ\n\t\t\tGIAO THÔNG VẬN TẢI</b></p>", "SỞ GIAO THÔNG VẬN TẢI")] // LibreOffice
    [InlineData("<p><b>S" + Line + "Ở GIAO THÔNG VẬN TẢI</b></p>", "SỞ GIAO THÔNG VẬN TẢI")]
    [InlineData("<p><b>SỞ " + Line + "\nGIAO THÔNG VẬN TẢI</b></p>", "SỞ GIAO THÔNG VẬN TẢI")] // the space was typed
    [InlineData("<p><b>SỞ" + Line + " GIAO</b></p>", "SỞ GIAO")] // a typed space on one line is text
    [InlineData("<pre>S" + Line + "\nỞ</pre>", "S")] // preformatted: the line break is the text's
    public void A_floated_line_image_is_a_drawn_line_and_the_markup_line_break_after_it_is_not_text(string body, string firstBlock)
    {
        var source = HtmlTest.Read("<html><body>" + body + "</body></html>");

        source.Blocks[0].Text.Should().Be(firstBlock);
        source.Lines.Should().ContainSingle().Which.LengthMm.Should().BeApproximately(20.1, 0.05);
    }

    [Fact]
    public void An_image_that_is_not_floated_keeps_the_space_after_it()
    {
        var source = HtmlTest.Read("<html><body><p>Ký hiệu<img src=\"l.gif\" width=\"76\" height=\"1\"/>\nmới</p></body></html>");

        source.Blocks.Select(b => b.Text).Should().Equal("Ký hiệu mới");
    }
}

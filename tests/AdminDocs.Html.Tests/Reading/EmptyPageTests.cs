using System.IO;
using System.Linq;
using System.Text;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Html.Tests.Reading;

/// <summary>An HTML page with no text is one AD0001 (no-text), not AD0005 and every component missing; a page
/// whose text is not an administrative document is AD0005 with the component-missing rules not checked.</summary>
public class EmptyPageTests
{
    private static readonly Validator HtmlValidator = Validator.CreateBuilder().AddHtml().Build();

    public static TheoryData<string, byte[]> EmptyPages() => new()
    {
        { "zero bytes", [] },
        { "blank space", Encoding.UTF8.GetBytes("  \r\n\t\n") },
        { "a BOM and blank space", [0xEF, 0xBB, 0xBF, (byte)'\n'] },
        { "markup without text", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title></title><style>p{margin:0}</style></head><body>\n  <p> </p><div></div>\n</body></html>") },
    };

    [Theory]
    [MemberData(nameof(EmptyPages))]
    public void An_empty_page_is_AD0001_alone(string what, byte[] bytes)
    {
        var result = HtmlValidator.Validate(new MemoryStream(bytes), "trang.html");

        result.Diagnostics.Should().ContainSingle(what).Which.MessageKey.Should().Be("AD0001.no-text");
        result.NotChecked.Should().Contain("AD2001").And.Contain("AD5101");
    }

    [Fact]
    public void A_page_that_is_not_an_administrative_document_has_no_missing_component_errors()
    {
        var page = "<html><body><h1>Mua sắm cuối tuần</h1><ul><li>2 kg gạo</li><li>1 chai nước mắm</li><li>rau muống</li></ul></body></html>";

        var result = HtmlValidator.Validate(new MemoryStream(Encoding.UTF8.GetBytes(page)), "mua-sam.htm");

        result.Diagnostics.Select(d => d.Id).Distinct().Should().BeEquivalentTo(["AD0005", "AD0004"]);
        result.NotChecked.Should().Contain(["AD2001", "AD2004", "AD2101", "AD2201", "AD3001", "AD3101", "AD4001", "AD5001", "AD5101"]);
    }
}

using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Html.Tests.Writing;

/// <summary>The HtmlWriter's sheet takes its font sizes from the typography table the DocxWriter and the style rules
/// read (src/AdminDocs/Decree/Typography.cs).</summary>
public class StylesheetTypographyTests
{
    [Fact]
    public void No_size_token_is_left_in_the_sheet() =>
        Regex.IsMatch(HtmlWriter.Stylesheet, "%[A-Za-z]+%").Should().BeFalse();

    [Theory]
    [InlineData("[data-component=\"national-title\"] { font-size: 12pt;")]
    [InlineData("[data-component=\"party-heading\"] { font-size: 15pt;")]
    [InlineData("[data-component=\"motto\"] { font-size: 13pt;")]
    [InlineData("[data-component=\"issuer\"] { font-size: 12pt;")]
    [InlineData("[data-component=\"number\"] { font-size: 13pt;")]
    [InlineData("[data-component=\"place-date\"] { font-size: 14pt;")]
    [InlineData(".ad-header [data-component=\"subject\"] { font-size: 12pt;")]
    [InlineData("[data-component=\"title\"] { font-size: 14pt;")]
    [InlineData("[data-component=\"recipients\"] .ad-label { font-size: 12pt;")]
    [InlineData("[data-component=\"recipients\"] li { font-size: 11pt; }")]
    [InlineData("[data-component=\"signature\"] { grid-column: 2; text-align: center; font-size: 14pt; }")]
    [InlineData("[data-component=\"signature\"] .ad-placeholder { font-style: italic; font-size: 14pt; }")]
    public void The_sheet_sets_the_table_s_sizes(string declaration) =>
        HtmlWriter.Stylesheet.Should().Contain(declaration);
}

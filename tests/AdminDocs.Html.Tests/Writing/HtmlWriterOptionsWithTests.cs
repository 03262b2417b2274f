using System.Linq;
using System.Reflection;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Html.Tests.Writing;

/// <summary>C# 7.3 callers (netstandard2.0 or .NET Framework projects) configure the writer with the <c>With...</c> methods.</summary>
public class HtmlWriterOptionsWithTests
{
    [Fact]
    public void Every_init_property_has_a_With_method()
    {
        var missing = typeof(HtmlWriterOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod?.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit") == true)
            .Where(p => typeof(HtmlWriterOptions).GetMethod("With" + p.Name, new[] { p.PropertyType })?.ReturnType != typeof(HtmlWriterOptions))
            .Select(p => p.Name);
        missing.Should().BeEmpty();
    }

    [Fact]
    public void The_With_methods_give_the_same_options_as_an_object_initializer()
    {
        var chained = HtmlWriterOptions.Default.WithFullPage(false).WithIncludeStylesheet(false).WithPageTitle("Báo cáo");

        chained.Should().Be(new HtmlWriterOptions { FullPage = false, IncludeStylesheet = false, PageTitle = "Báo cáo" });
        chained.WithPageTitle(null).PageTitle.Should().BeNull();
        HtmlWriterOptions.Default.Should().Be(new HtmlWriterOptions(), "the With methods change a copy");
    }
}

using System.Linq;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Cli.Tests;

/// <summary>The tool package is an executable, not a library: it exports no type, so it has no public API to
/// approve. A type made public by mistake fails here (and would then need an approval file like the libraries').</summary>
public class PublicApiTests
{
    [Fact]
    public void The_tool_exports_no_type()
    {
        var assembly = typeof(CommandLineApp).Assembly;

        assembly.GetName().Name.Should().Be("AdminDocs.Cli");
        assembly.GetExportedTypes().Select(t => t.FullName).Should().BeEmpty("the tool's surface is its command line (docs/cli.md), not a .NET API");
    }
}

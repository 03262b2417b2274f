using System;
using System.IO;
using AdminDocs.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Catalog;

public class SamplesTests
{
    [Theory]
    [InlineData("bao-cao-sgtvt-binh-dinh-2019.txt")]
    [InlineData("bao-cao-mau-nd30.txt")]
    public void The_test_copy_of_a_bundled_sample_is_identical_to_it(string name)
    {
        // Walk up from the test output folder to the repository's samples/ folder (absent in a packed test run).
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AdminDocs.sln")))
        {
            dir = dir.Parent;
        }

        if (dir is null)
        {
            return;
        }

        File.ReadAllBytes(Path.Combine(dir.FullName, "samples", name))
            .Should().Equal(File.ReadAllBytes(Dump.Asset("samples/" + name)));
    }
}

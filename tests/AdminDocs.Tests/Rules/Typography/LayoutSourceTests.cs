using System.Linq;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;
using Xunit.Abstractions;

namespace AdminDocs.Tests.Rules.Typography;

public class LayoutSourceTests
{
    private readonly ITestOutputHelper _output;

    public LayoutSourceTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData(DocumentProfile.Nd30)]
    [InlineData(DocumentProfile.Tt01)]
    [InlineData(DocumentProfile.Hd36)]
    public void The_correct_layout_gives_no_layout_finding(DocumentProfile profile)
    {
        var result = LayoutSource.CorrectFor(profile).Validate(profile);
        _output.WriteLine(Dump.Of(result.Document));
        foreach (var d in result.Diagnostics)
        {
            _output.WriteLine($"{d.Id} {d.ModelPath} {d.Location} {d.MessageKey} [{string.Join(", ", d.Arguments)}]");
        }

        result.NotChecked.Should().NotContain(id => id.StartsWith("AD10"));
        result.Layout().Should().BeEmpty();
    }

    [Fact]
    public void The_recognizer_finds_the_components_of_the_built_layout()
    {
        var d = LayoutSource.CorrectReport().Validate().Document;
        d.NationalTitle.Should().NotBeNull();
        d.Motto.Should().NotBeNull();
        d.IssuingAgency!.Text.Should().Be("SỞ GIAO THÔNG VẬN TẢI");
        d.Number.Should().NotBeNull();
        d.PlaceDate.Should().NotBeNull();
        d.Signatures.Should().ContainSingle();
        d.Recipients.Should().NotBeNull();
        d.Unrecognized.Should().BeEmpty(Dump.Of(d));
        BodyBlocksOf(d).Should().Equal(LayoutSource.CorrectReport().BodyBlocks.Select(b => b.Index));
    }

    private static int[] BodyBlocksOf(AdminDocument d) =>
        AdminDocs.Validation.Rules.BodyBlocks.Of(d).Select(b => b.Block.Index).ToArray();
}

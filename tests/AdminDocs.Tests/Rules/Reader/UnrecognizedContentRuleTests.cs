using System.Collections.Immutable;
using AdminDocs.Sources;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Reader;

public class UnrecognizedContentRuleTests
{
    [Fact]
    public void Correct_report_is_silent() => FooterRules.Of(TestDocuments.CorrectReport()).Should().BeEmpty();

    [Fact]
    public void Each_unrecognized_block_is_listed_as_info()
    {
        var block = FooterRules.Block("Trang 1", 3);
        var doc = TestDocuments.CorrectReport() with
        {
            Unrecognized = ImmutableArray.Create(
                new UnrecognizedBlock("Trang 1") { Origin = SourceSpan.Of(block) },
                new UnrecognizedBlock("Số hiệu | Ngày ban hành | Người ký")),
        };

        var found = FooterRules.Of(doc);

        found.Should().HaveCount(2).And.OnlyContain(d => d.Id == "AD0004" && d.Severity == DiagnosticSeverity.Info);
        found.Should().ContainSingle(d => d.ModelPath == "unrecognized[0]").Which.Location.Should().Be(new SourceLocation(3, 1));
        found.Should().ContainSingle(d => d.ModelPath == "unrecognized[1]").Which.Arguments.Should().Equal("Số hiệu | Ngày ban hành | Người ký");
        FooterRules.ShouldHaveMessages(found[0]);
    }

    [Fact]
    public void Long_text_is_quoted_by_its_start()
    {
        var text = "Thực hiện Quyết định số 368/QĐ-TTg ngày 28/2/2013 của Thủ tướng Chính phủ về phê duyệt Chương trình hành động";
        var doc = TestDocuments.CorrectReport() with { Unrecognized = ImmutableArray.Create(new UnrecognizedBlock(text)) };

        var d = FooterRules.Single(doc, "AD0004");

        d.Arguments[0].Should().EndWith("…");
        d.Arguments[0].Length.Should().BeLessThanOrEqualTo(61);
        text.Should().StartWith(d.Arguments[0].TrimEnd('…'));
    }
}

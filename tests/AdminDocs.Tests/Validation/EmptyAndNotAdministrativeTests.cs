using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Validation;

/// <summary>An input with no text is one AD0001; text that is not an administrative document is AD0005 and its
/// AD0004 infos, with the "component missing" rules not checked instead of each raising an error.</summary>
public class EmptyAndNotAdministrativeTests
{
    /// <summary>The rules that report a missing component: the ones AD0005 puts in notChecked.</summary>
    private static readonly string[] MissingComponentRules =
        ["AD2001", "AD2004", "AD2101", "AD2201", "AD3001", "AD3101", "AD3105", "AD4001", "AD5001", "AD5006", "AD5101"];

    private const string ShoppingList = "Mua sắm cuối tuần\n- 2 kg gạo\n- 1 chai nước mắm\n- rau muống\n- trứng gà\n";

    public static TheoryData<string, byte[]> EmptyTexts() => new()
    {
        { "zero bytes", [] },
        { "a BOM only", [0xEF, 0xBB, 0xBF] },
        { "blank lines and spaces", Encoding.UTF8.GetBytes("  \n\t\r\n   \n") },
        { "a BOM and blank lines", [0xEF, 0xBB, 0xBF, (byte)' ', (byte)'\n', (byte)'\n'] },
        { "UTF-16 BOM only", [0xFF, 0xFE] },
    };

    [Theory]
    [MemberData(nameof(EmptyTexts))]
    public void An_empty_text_file_is_AD0001_alone_and_feeds_no_rule(string what, byte[] bytes)
    {
        var result = Validator.Default.Validate(new MemoryStream(bytes), "empty.txt");

        var d = result.Diagnostics.Should().ContainSingle(what).Which;
        d.Id.Should().Be("AD0001");
        d.MessageKey.Should().Be("AD0001.no-text");
        d.Severity.Should().Be(DiagnosticSeverity.Error);
        d.GetMessage(MessageLanguage.English).Should().StartWith("The file contains no text");
        d.GetMessage(MessageLanguage.Vietnamese).Should().StartWith("Tệp không có chữ nào");
        result.NotChecked.Should().Contain(MissingComponentRules).And.Contain("AD6001").And.NotContain(id => id.StartsWith("AD000"));
    }

    [Fact]
    public void A_document_built_in_code_has_no_source_and_is_never_taken_for_an_empty_file()
    {
        TestDocuments.Validate(TestDocuments.CorrectReport()).Diagnostics.Should().NotContain(d => d.Id == "AD0001");
    }

    [Fact]
    public void Turning_AD0001_off_leaves_an_empty_file_unchecked_not_full_of_missing_components()
    {
        var off = new ValidationOptions { RuleSeverities = ImmutableDictionary<string, DiagnosticSeverity?>.Empty.Add("AD0001", null) };

        var result = Validator.Default.Validate(new MemoryStream([]), "empty.txt", off);

        result.Diagnostics.Should().BeEmpty();
        result.NotChecked.Should().Contain(MissingComponentRules);
    }

    [Fact]
    public void A_shopping_list_is_AD0005_with_its_AD0004_infos_and_the_missing_rules_not_checked()
    {
        var result = TestDocuments.ValidateText(ShoppingList);

        result.Diagnostics.Select(d => d.Id).Should().Equal("AD0005", "AD0004", "AD0004", "AD0004", "AD0004", "AD0004");
        result.ErrorCount.Should().Be(0);
        result.NotChecked.Should().Contain(MissingComponentRules);
        result.NotChecked.Should().NotContain("AD0005").And.NotContain("AD0004").And.NotContain("AD6001", "text rules that are not about a missing component still run");
    }

    [Fact]
    public void The_rules_that_AD0005_holds_back_are_the_component_missing_rules_of_the_catalog()
    {
        RuleCatalog.All.Where(d => d.ReportsMissingComponent).Select(d => d.Id).Should().Equal(MissingComponentRules);
    }

    [Fact]
    public void A_document_with_some_components_keeps_the_other_rules_but_not_the_missing_ones()
    {
        // Quốc hiệu, Tiêu ngữ and a body, but none of the five marks: the present components are still checked.
        var text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nNội dung ghi chép , không có gì khác.\n";

        var result = TestDocuments.ValidateText(text);

        result.Of("AD0005").Should().ContainSingle();
        result.Diagnostics.Should().NotContain(d => MissingComponentRules.Contains(d.Id));
        result.NotChecked.Should().Contain(MissingComponentRules);
    }

    [Fact]
    public void With_AD0005_turned_off_the_missing_components_are_reported_as_before()
    {
        var off = new ValidationOptions { RuleSeverities = ImmutableDictionary<string, DiagnosticSeverity?>.Empty.Add("AD0005", null) };

        var result = TestDocuments.ValidateText(ShoppingList, off);

        result.Of("AD2001").Should().ContainSingle();
        result.Of("AD5101").Should().ContainSingle();
        result.NotChecked.Should().NotContain(MissingComponentRules);
    }

    [Fact]
    public void An_administrative_document_still_gets_its_missing_components()
    {
        var result = TestDocuments.ValidateText(File.ReadAllText(Dump.Asset("samples/bao-cao-sgtvt-binh-dinh-2019.txt")));

        result.Of("AD0005").Should().BeEmpty();
        result.Of("AD2001").Should().ContainSingle();
        result.NotChecked.Should().NotContain(MissingComponentRules);
    }
}

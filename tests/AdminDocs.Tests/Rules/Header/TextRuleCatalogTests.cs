using System.Linq;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Rules.Header;

public class TextRuleCatalogTests
{
    [Fact]
    public void Every_rule_of_the_set_is_built_in_once()
    {
        foreach (var id in TextRuleKit.OwnIds)
        {
            Validator.Default.Rules.Count(r => r.Descriptor.Id == id).Should().Be(1, "rule {0} must be implemented once", id);
        }
    }

    [Fact]
    public void Every_message_of_the_set_has_both_languages()
    {
        var keys = Messages.Keys.Where(k => TextRuleKit.OwnIds.Contains(k.Split('.')[0])).ToArray();
        keys.Should().Contain(TextRuleKit.OwnIds);
        foreach (var key in keys)
        {
            var en = Messages.Template(key, MessageLanguage.English);
            var vi = Messages.Template(key, MessageLanguage.Vietnamese);
            en.Should().NotBeNullOrWhiteSpace(key);
            vi.Should().NotBeNullOrWhiteSpace(key);
            vi.Should().NotBe(en, key);
            vi.Should().MatchRegex("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐ]", key);
        }
    }

    [Fact]
    public void The_correct_report_and_the_correct_letter_are_silent()
    {
        TextRuleKit.ShouldBeSilent(TextRuleKit.Correct());
        TextRuleKit.ShouldBeSilent(TextRuleKit.Correct(), TextRuleKit.Issued);
        TextRuleKit.ShouldBeSilent(TextRuleKit.Correct(), TextRuleKit.Tt01);
        TextRuleKit.ShouldBeSilent(TextRuleKit.CorrectLetter());
    }
}

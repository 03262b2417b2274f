using System.Collections.Immutable;
using AdminDocs.Validation;
using Xunit;
using static AdminDocs.Tests.Rules.TextRuleKit;

namespace AdminDocs.Tests.Rules.Title;

public class SubjectCaseRuleTests
{
    private static AdminDocument With(params string[] lines) => Correct() with { Subject = new Subject(ImmutableArray.Create(lines)) };

    [Fact]
    public void Correct_report_is_silent() => ShouldBeSilent(Correct());

    [Fact]
    public void Abbreviations_in_a_sentence_case_subject_are_silent() => ShouldBeSilent(With("Kết quả thực hiện Nghị quyết của HĐND tỉnh về ATGT"));

    [Fact]
    public void A_subject_in_capitals_is_a_warning() =>
        ShouldReportSingle(With("KẾT QUẢ HOẠT ĐỘNG", "THÔNG TIN ĐỐI NGOẠI NĂM 2024"), "AD3106")
            .ShouldBe(DiagnosticSeverity.Warning, "subject", "AD3106", "KẾT QUẢ HOẠT ĐỘNG THÔNG TIN ĐỐI NGOẠI NĂM 2024");

    [Fact]
    public void Too_few_letters_to_tell_is_silent() => ShouldBeSilent(With("ATG 2024"));

    [Fact]
    public void A_cong_van_subject_in_capitals_is_a_warning() =>
        ShouldReportSingle(CorrectLetter() with { Subject = Vv("V/v", "V/v TRIỂN KHAI NHIỆM VỤ", "TRIỂN KHAI NHIỆM VỤ") }, "AD3106");
}

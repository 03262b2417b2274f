using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using AdminDocs.Json;
using AdminDocs.Sources;
using AdminDocs.Tests.TestSupport;
using AdminDocs.Validation;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Tests.Json;

public class ValidationJsonTests
{
    private static readonly string[] FileKeys = { "path", "format", "profile", "stage", "document", "diagnostics", "notChecked" };

    private static readonly string[] DocumentKeys =
    {
        "kind", "parentAgency", "issuingAgency", "number", "placeDate", "title", "subject", "addressees", "signature",
        "signatures", "recipients", "unrecognized",
    };

    private static readonly string[] DiagnosticKeys = { "id", "name", "severity", "message", "location", "source" };

    private static JsonElement Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.Clone();
    }

    private static JsonElement ParseOne(ValidationResult result, MessageLanguage language = MessageLanguage.Vietnamese) =>
        Parse(ValidationJson.ToJson(new[] { result }, language));

    private static JsonElement FirstFile(JsonElement root) => root.GetProperty("files")[0];

    private static string[] Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    private static string?[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()).ToArray();

    private static Diagnostic MakeDiagnostic(string id, DiagnosticSeverity severity, string modelPath, SourceLocation? location, params string[] args) =>
        new(RuleCatalog.Get(id), severity, id, args.ToImmutableArray(), modelPath, location);

    [Fact]
    public void Top_level_has_version_files_and_summary_in_that_order()
    {
        var root = ParseOne(Validator.Default.Validate(TestDocuments.CorrectReport()));

        Keys(root).Should().Equal("version", "files", "summary");
        root.GetProperty("version").GetInt32().Should().Be(1);
        root.GetProperty("files").ValueKind.Should().Be(JsonValueKind.Array);
        root.GetProperty("files").GetArrayLength().Should().Be(1);
        Keys(root.GetProperty("summary")).Should().Equal("files", "errors", "warnings", "infos");
    }

    [Fact]
    public void A_correct_report_is_written_with_every_component()
    {
        var result = Validator.Default.Validate(TestDocuments.CorrectReport());
        var file = FirstFile(ParseOne(result));

        Keys(file).Should().Equal(FileKeys);
        file.GetProperty("path").ValueKind.Should().Be(JsonValueKind.Null);
        file.GetProperty("format").GetString().Should().Be("model");
        file.GetProperty("profile").GetString().Should().Be("ND30");
        file.GetProperty("stage").GetString().Should().Be("draft");

        var doc = file.GetProperty("document");
        Keys(doc).Should().Equal(DocumentKeys);
        doc.GetProperty("kind").GetString().Should().Be("BaoCao");
        doc.GetProperty("parentAgency").GetString().Should().Be("UBND TỈNH BÌNH ĐỊNH");
        doc.GetProperty("issuingAgency").GetString().Should().Be("SỞ GIAO THÔNG VẬN TẢI");

        var number = doc.GetProperty("number");
        Keys(number).Should().Equal("value", "symbol", "text");
        number.GetProperty("value").GetString().Should().Be("125");
        number.GetProperty("symbol").GetString().Should().Be("BC-SGTVT");
        number.GetProperty("text").GetString().Should().Be("Số: 125/BC-SGTVT");

        var placeDate = doc.GetProperty("placeDate");
        Keys(placeDate).Should().Equal("place", "day", "month", "year", "text");
        placeDate.GetProperty("place").GetString().Should().Be("Bình Định");
        placeDate.GetProperty("day").GetInt32().Should().Be(5);
        placeDate.GetProperty("month").GetInt32().Should().Be(12);
        placeDate.GetProperty("year").GetInt32().Should().Be(2024);
        placeDate.GetProperty("text").GetString().Should().Be("Bình Định, ngày 05 tháng 12 năm 2024");

        doc.GetProperty("title").GetString().Should().Be("BÁO CÁO");
        doc.GetProperty("subject").GetString().Should().Be("Kết quả hoạt động thông tin đối ngoại năm 2024");
        Strings(doc.GetProperty("addressees")).Should().Equal("Ủy ban nhân dân tỉnh Bình Định.");

        var signature = doc.GetProperty("signature");
        Keys(signature).Should().Equal("authority", "titles", "signerName");
        signature.GetProperty("authority").GetString().Should().Be("KT.");
        Strings(signature.GetProperty("titles")).Should().Equal("GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
        signature.GetProperty("signerName").GetString().Should().Be("Đỗ Nguyên Đức");
        doc.GetProperty("signatures").GetArrayLength().Should().Be(1);
        JsonElement.DeepEquals(doc.GetProperty("signatures")[0], signature).Should().BeTrue("the main signature is the last block");

        Strings(doc.GetProperty("recipients")).Should().Equal(
            "Như trên;", "Sở Thông tin và Truyền thông;", "Giám đốc Sở (b/c);", "Lưu: VT, VP.");
        doc.GetProperty("unrecognized").GetArrayLength().Should().Be(0);

        file.GetProperty("diagnostics").ValueKind.Should().Be(JsonValueKind.Array);
        file.GetProperty("diagnostics").GetArrayLength().Should().Be(result.Diagnostics.Length);
        Strings(file.GetProperty("notChecked")).Should().Equal(result.NotChecked);
    }

    [Fact]
    public void Missing_components_are_null_and_lists_empty()
    {
        var file = FirstFile(ParseOne(Validator.Default.Validate(new AdminDocument())));
        var doc = file.GetProperty("document");

        Keys(doc).Should().Equal(DocumentKeys);
        doc.GetProperty("kind").GetString().Should().Be("Other");
        foreach (var key in new[] { "parentAgency", "issuingAgency", "number", "placeDate", "title", "subject", "signature" })
        {
            doc.GetProperty(key).ValueKind.Should().Be(JsonValueKind.Null, key);
        }

        foreach (var key in new[] { "addressees", "signatures", "recipients", "unrecognized" })
        {
            doc.GetProperty(key).ValueKind.Should().Be(JsonValueKind.Array, key);
            doc.GetProperty(key).GetArrayLength().Should().Be(0, key);
        }
    }

    [Fact]
    public void A_blank_number_has_a_null_value_and_the_year_stays_out_of_the_symbol()
    {
        var blank = TestDocuments.CorrectReport() with { Number = LineParsers.ParseNumber("Số:    /SGTVT-VP") };
        var number = FirstFile(ParseOne(Validator.Default.Validate(blank))).GetProperty("document").GetProperty("number");
        number.GetProperty("value").ValueKind.Should().Be(JsonValueKind.Null);
        number.GetProperty("symbol").GetString().Should().Be("SGTVT-VP");
        number.GetProperty("text").GetString().Should().Be("Số:    /SGTVT-VP");

        var withYear = TestDocuments.CorrectReport() with { Number = LineParsers.ParseNumber("Số: 33/2009/QĐ-UBND") };
        number = FirstFile(ParseOne(Validator.Default.Validate(withYear))).GetProperty("document").GetProperty("number");
        number.GetProperty("value").GetString().Should().Be("33");
        number.GetProperty("symbol").GetString().Should().Be("QĐ-UBND");

        var leadingZero = TestDocuments.CorrectReport() with { Number = LineParsers.ParseNumber("Số: 05/BC-SGTVT") };
        number = FirstFile(ParseOne(Validator.Default.Validate(leadingZero))).GetProperty("document").GetProperty("number");
        number.GetProperty("value").GetString().Should().Be("05", "the value is the digits as written");
    }

    [Fact]
    public void A_blank_day_is_null_and_the_profile_follows_the_date()
    {
        var draft = TestDocuments.CorrectReport() with { PlaceDate = LineParsers.ParsePlaceDate("Bình Định, ngày    tháng 11 năm 2019") };
        var file = FirstFile(ParseOne(Validator.Default.Validate(draft, new ValidationOptions { Stage = ValidationStage.Issued })));
        var placeDate = file.GetProperty("document").GetProperty("placeDate");

        placeDate.GetProperty("day").ValueKind.Should().Be(JsonValueKind.Null);
        placeDate.GetProperty("month").GetInt32().Should().Be(11);
        placeDate.GetProperty("year").GetInt32().Should().Be(2019);
        file.GetProperty("profile").GetString().Should().Be("TT01");
        file.GetProperty("stage").GetString().Should().Be("issued");
    }

    [Fact]
    public void The_profile_names_are_ND30_TT01_HD36()
    {
        foreach (var (profile, name) in new[] { (DocumentProfile.Nd30, "ND30"), (DocumentProfile.Tt01, "TT01"), (DocumentProfile.Hd36, "HD36") })
        {
            var result = Validator.Default.Validate(TestDocuments.CorrectReport(), new ValidationOptions { Profile = profile });
            FirstFile(ParseOne(result)).GetProperty("profile").GetString().Should().Be(name);
        }
    }

    [Fact]
    public void Every_signature_block_is_listed_and_the_main_one_is_the_last()
    {
        var minutes = TestDocuments.CorrectReport() with
        {
            Signatures = ImmutableArray.Create(
                new SignatureBlock { Titles = ImmutableArray.Create("THƯ KÝ"), SignerName = new TextElement("Nguyễn Văn A") },
                new SignatureBlock { Titles = ImmutableArray.Create("CHỦ TỌA") }),
        };
        var doc = FirstFile(ParseOne(Validator.Default.Validate(minutes))).GetProperty("document");

        doc.GetProperty("signatures").GetArrayLength().Should().Be(2);
        doc.GetProperty("signatures")[0].GetProperty("signerName").GetString().Should().Be("Nguyễn Văn A");
        doc.GetProperty("signatures")[0].GetProperty("authority").ValueKind.Should().Be(JsonValueKind.Null);
        var main = doc.GetProperty("signature");
        Strings(main.GetProperty("titles")).Should().Equal("CHỦ TỌA");
        main.GetProperty("signerName").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Diagnostics_have_every_key_with_the_right_types()
    {
        var located = MakeDiagnostic("AD2208", DiagnosticSeverity.Error, "number.symbol", SourceLocation.AtLine(4, 10), "BC", "SGTVT-VP");
        var missing = MakeDiagnostic("AD2001", DiagnosticSeverity.Warning, "nationalTitle", null);
        var info = MakeDiagnostic("AD2202", DiagnosticSeverity.Info, "number.value", new SourceLocation(7, null));
        var result = Validator.Default.Validate(TestDocuments.CorrectReport()) with
        {
            Diagnostics = ImmutableArray.Create(missing, info, located),
        };

        var diagnostics = FirstFile(ParseOne(result, MessageLanguage.English)).GetProperty("diagnostics");
        diagnostics.GetArrayLength().Should().Be(3);
        foreach (var d in diagnostics.EnumerateArray())
        {
            Keys(d).Should().Equal(DiagnosticKeys);
            Keys(d.GetProperty("location")).Should().Equal("path", "line", "column", "part", "paragraph");
            foreach (var key in new[] { "id", "name", "severity", "message", "source" })
            {
                d.GetProperty(key).ValueKind.Should().Be(JsonValueKind.String, key);
            }
        }

        var first = diagnostics[0];
        first.GetProperty("id").GetString().Should().Be("AD2001");
        first.GetProperty("name").GetString().Should().Be("national-title-missing");
        first.GetProperty("severity").GetString().Should().Be("warning");
        first.GetProperty("message").GetString().Should().Be(missing.GetMessage(MessageLanguage.English));
        first.GetProperty("location").GetProperty("path").GetString().Should().Be("nationalTitle");
        first.GetProperty("location").GetProperty("line").ValueKind.Should().Be(JsonValueKind.Null);
        first.GetProperty("location").GetProperty("column").ValueKind.Should().Be(JsonValueKind.Null);
        first.GetProperty("source").GetString().Should().Be("ND30 Điều 8.2.a; PL I, II.1");

        diagnostics[1].GetProperty("severity").GetString().Should().Be("info");
        diagnostics[1].GetProperty("location").GetProperty("line").GetInt32().Should().Be(7);
        diagnostics[1].GetProperty("location").GetProperty("column").ValueKind.Should().Be(JsonValueKind.Null);

        var last = diagnostics[2];
        last.GetProperty("severity").GetString().Should().Be("error");
        last.GetProperty("location").GetProperty("path").GetString().Should().Be("number.symbol");
        last.GetProperty("location").GetProperty("line").GetInt32().Should().Be(4);
        last.GetProperty("location").GetProperty("column").GetInt32().Should().Be(10);
        last.GetProperty("source").GetString().Should().Be(RuleCatalog.Get("AD2208").LegalSource);
    }

    [Fact]
    public void Messages_are_in_the_chosen_language()
    {
        var d = ReaderDiagnostics.Create("AD0001", "unsupported-format", null, ".pdf", ".txt, .text");
        var result = Validator.Default.Validate(TestDocuments.CorrectReport()) with { Diagnostics = ImmutableArray.Create(d) };

        var en = FirstFile(ParseOne(result, MessageLanguage.English)).GetProperty("diagnostics")[0].GetProperty("message").GetString();
        var vi = FirstFile(ParseOne(result, MessageLanguage.Vietnamese)).GetProperty("diagnostics")[0].GetProperty("message").GetString();

        en.Should().Be(d.GetMessage(MessageLanguage.English)).And.Contain("cannot be read");
        vi.Should().Be(d.GetMessage(MessageLanguage.Vietnamese)).And.Contain("Không đọc được");
    }

    [Fact]
    public void The_summary_counts_over_all_files()
    {
        var a = Validator.Default.Validate(TestDocuments.CorrectReport()) with
        {
            Path = "a.txt",
            Diagnostics = ImmutableArray.Create(
                MakeDiagnostic("AD2001", DiagnosticSeverity.Error, "nationalTitle", null),
                MakeDiagnostic("AD3106", DiagnosticSeverity.Warning, "subject", SourceLocation.AtLine(9))),
        };
        var b = Validator.Default.Validate(TestDocuments.CorrectReport()) with
        {
            Path = "b.txt",
            Diagnostics = ImmutableArray.Create(
                MakeDiagnostic("AD2004", DiagnosticSeverity.Error, "motto", null),
                MakeDiagnostic("AD2202", DiagnosticSeverity.Info, "number.value", SourceLocation.AtLine(3, 5)),
                MakeDiagnostic("AD3008", DiagnosticSeverity.Info, "placeDate.day", SourceLocation.AtLine(5, 12))),
        };

        var root = Parse(ValidationJson.ToJson(new[] { a, b }, MessageLanguage.Vietnamese));

        root.GetProperty("files").GetArrayLength().Should().Be(2);
        root.GetProperty("files")[0].GetProperty("path").GetString().Should().Be("a.txt");
        root.GetProperty("files")[1].GetProperty("path").GetString().Should().Be("b.txt");
        var summary = root.GetProperty("summary");
        summary.GetProperty("files").GetInt32().Should().Be(2);
        summary.GetProperty("errors").GetInt32().Should().Be(2);
        summary.GetProperty("warnings").GetInt32().Should().Be(1);
        summary.GetProperty("infos").GetInt32().Should().Be(2);
    }

    [Fact]
    public void No_results_give_an_empty_report()
    {
        var root = Parse(ValidationJson.ToJson(Array.Empty<ValidationResult>(), MessageLanguage.English));
        root.GetProperty("files").GetArrayLength().Should().Be(0);
        root.GetProperty("summary").GetProperty("files").GetInt32().Should().Be(0);
        root.GetProperty("summary").GetProperty("errors").GetInt32().Should().Be(0);
    }

    [Theory]
    [InlineData("He said \"stop\"")]
    [InlineData("C:\\van-ban\\du-thao")]
    [InlineData("tab\there, newline\nthere, bell\u0007, nul\u0000, unit\u001f")]
    [InlineData("</script><script>alert(1)</script>")]
    [InlineData("Sở TT&TT <b>bold</b> 'quoted'")]
    [InlineData("line\u2028separator\u2029paragraph")]
    public void Texts_round_trip_through_the_json(string text)
    {
        var document = TestDocuments.CorrectReport() with
        {
            Title = new TextElement(text),
            Recipients = new Recipients(new TextElement("Nơi nhận:")) { Items = ImmutableArray.Create(new ListItem(text)) },
            Unrecognized = ImmutableArray.Create(new UnrecognizedBlock(text)),
        };
        var result = Validator.Default.Validate(document) with { Path = text };

        foreach (var indented in new[] { true, false })
        {
            var json = ValidationJson.ToJson(new[] { result }, MessageLanguage.Vietnamese, indented);

            json.Where(c => c < 0x20 && c != '\n').Should().BeEmpty("control characters are escaped");
            if (!indented)
            {
                json.Should().NotContain("\n");
            }

            var file = FirstFile(Parse(json));
            file.GetProperty("path").GetString().Should().Be(text);
            file.GetProperty("document").GetProperty("title").GetString().Should().Be(text);
            Strings(file.GetProperty("document").GetProperty("recipients")).Should().Equal(text);
            Strings(file.GetProperty("document").GetProperty("unrecognized")).Should().Equal(text);
        }
    }

    [Fact]
    public void Quotes_backslashes_and_control_characters_are_escaped()
    {
        var document = TestDocuments.CorrectReport() with { Title = new TextElement("a\"b\\c\u0001d") };
        var json = ValidationJson.ToJson(new[] { Validator.Default.Validate(document) }, MessageLanguage.English);

        json.Should().Contain("\"title\": \"a\\\"b\\\\c\\u0001d\"");
    }

    [Fact]
    public void Vietnamese_is_written_unescaped_and_indented_output_uses_lf()
    {
        var json = ValidationJson.ToJson(new[] { Validator.Default.Validate(TestDocuments.CorrectReport()) }, MessageLanguage.Vietnamese);

        json.Should().Contain("\"parentAgency\": \"UBND TỈNH BÌNH ĐỊNH\"");
        json.Should().NotContain("\\u");
        json.Should().NotContain("\r");
        json.Should().StartWith("{\n  \"version\": 1,");
        json.Should().EndWith("}");
    }

    [Fact]
    public void Unpaired_surrogates_become_replacement_characters()
    {
        var document = TestDocuments.CorrectReport() with
        {
            Title = new TextElement("a\uD800b"),
            Subject = new Subject(ImmutableArray.Create("c\uDC00d 😀")),
        };
        var doc = FirstFile(ParseOne(Validator.Default.Validate(document))).GetProperty("document");

        doc.GetProperty("title").GetString().Should().Be("a\uFFFDb");
        doc.GetProperty("subject").GetString().Should().Be("c\uFFFDd 😀");
    }

    [Fact]
    public void Write_writes_to_a_caller_writer()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            ValidationJson.Write(writer, new[] { Validator.Default.Validate(TestDocuments.CorrectReport()) }, MessageLanguage.English);
        }

        var root = Parse(Encoding.UTF8.GetString(stream.ToArray()));
        root.GetProperty("version").GetInt32().Should().Be(1);
        FirstFile(root).GetProperty("document").GetProperty("kind").GetString().Should().Be("BaoCao");
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream);
        var write = () => ValidationJson.Write(null!, Array.Empty<ValidationResult>(), MessageLanguage.English);
        var writeNull = () => ValidationJson.Write(writer, null!, MessageLanguage.English);
        var toJson = () => ValidationJson.ToJson(null!, MessageLanguage.English);

        write.Should().Throw<ArgumentNullException>();
        writeNull.Should().Throw<ArgumentNullException>();
        toJson.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Validated_variations_always_produce_well_formed_reports()
    {
        var variations = new List<AdminDocument>
        {
            TestDocuments.CorrectReport(),
            TestDocuments.CorrectReport() with { NationalTitle = null, Motto = null },
            TestDocuments.CorrectReport() with { IssuingAgency = null, Number = null, PlaceDate = null },
            TestDocuments.CorrectReport() with { Signatures = ImmutableArray<SignatureBlock>.Empty, Recipients = null },
            TestDocuments.CorrectReport() with { Number = LineParsers.ParseNumber("Số: /SGTVT-VP") },
            new AdminDocument(),
        };
        var results = variations.Select(d => Validator.Default.Validate(d)).ToArray();

        var root = Parse(ValidationJson.ToJson(results, MessageLanguage.English));

        root.GetProperty("files").GetArrayLength().Should().Be(variations.Count);
        foreach (var file in root.GetProperty("files").EnumerateArray())
        {
            Keys(file).Should().Equal(FileKeys);
            Keys(file.GetProperty("document")).Should().Equal(DocumentKeys);
            foreach (var d in file.GetProperty("diagnostics").EnumerateArray())
            {
                Keys(d).Should().Equal(DiagnosticKeys);
                d.GetProperty("severity").GetString().Should().BeOneOf("error", "warning", "info");
                d.GetProperty("id").GetString().Should().MatchRegex("^AD[0-9]{4}$");
                var line = d.GetProperty("location").GetProperty("line");
                line.ValueKind.Should().BeOneOf(JsonValueKind.Null, JsonValueKind.Number);
            }
        }

        var summary = root.GetProperty("summary");
        summary.GetProperty("errors").GetInt32().Should().Be(results.Sum(r => r.ErrorCount));
        summary.GetProperty("warnings").GetInt32().Should().Be(results.Sum(r => r.WarningCount));
        summary.GetProperty("infos").GetInt32().Should().Be(results.Sum(r => r.InfoCount));
    }
}
